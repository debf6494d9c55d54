package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.hf.Paper;
import dev.paperboy.job.Context;
import dev.paperboy.job.SiteRun;
import dev.paperboy.job.WeeklyStep;
import dev.paperboy.rank.Week;
import dev.paperboy.rank.WeekDiff;
import dev.paperboy.util.Console;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy weekly}: write or update one week's edition. */
@Command(
    name = "weekly",
    mixinStandardHelpOptions = true,
    header = "Write a week's edition on demand ('daily' writes it by itself).",
    versionProvider = Version.class,
    description = {
      "Writes the weekly edition of an ISO week (_posts/SATURDAY-weekly-papers.md and its chart,",
      "assets/img/charts/weekly-YYYY-Www.svg) from the archive: the week's top papers by",
      "current upvotes (each once), the fastest risers from the upvote history (🚀 급상승), the",
      "papers that rose from outside their day's top 10 (🌱 늦게 뜬 논문), each watchlist's share,",
      "and links to the week's daily posts. 'paperboy daily' rewrites a week's edition whenever",
      "it publishes one of its dates and makes it final on its first run after the week ends."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy weekly --site ~/blog --week 2026-W34",
      "  paperboy weekly --site ~/blog                 (the week of the newest archived date)",
      "  paperboy weekly --site ~/blog --week 2026-W34 --compare-api   (vs the API's ?week= list)",
      "",
      "Exit codes: 0 ok, 1 the week has no archived papers or the edition could not be written,",
      "2 usage error, 3 configuration error, 4 another run held the site."
    })
public final class WeeklyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @Option(
      names = "--week",
      paramLabel = "YYYY-Www",
      description = "The ISO week, e.g. 2026-W34 (default: the newest archived list date's).")
  String week;

  @Option(
      names = "--compare-api",
      description = {
        "Write nothing: compare the edition's merge of the week's list",
        "dates with the API's own list of the week (?week=YYYY-Www) and",
        "print what differs (papers, upvotes, the top)."
      })
  boolean compareApi;

  @Option(
      names = "--source",
      paramLabel = "URL",
      description = "API base URL for --compare-api (default: the site's source).")
  String source;

  private final Context base;

  WeeklyCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Week target = null;
    if (week != null) {
      try {
        target = Week.parse(week);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--week must be an ISO week such as 2026-W34, not '" + week + "'");
      }
    }
    Context context = where.writable(base, spec, false);
    if (source != null) {
      context =
          context.withSettings(
              context.settings().withSource(DailyCommand.absoluteUnlessUrl(source)));
    }
    Console console = context.console();
    if (compareApi) {
      if (target == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--compare-api needs --week, e.g. --week 2026-W34");
      }
      WeekDiff diff;
      try (RunPrinter printer = new RunPrinter(console, "weekly", context.site())) {
        diff = new SiteRun(context, printer).compareWeek(target);
      }
      console.out().print(describe(diff));
      console.out().flush();
      return 0;
    }
    Optional<WeeklyStep.Outcome> done;
    try (RunPrinter printer = new RunPrinter(console, "weekly", context.site())) {
      done = new SiteRun(context, printer).weekly(target);
    }
    if (done.isEmpty()) {
      console
          .err()
          .println(
              "paperboy weekly: the archive holds no papers yet; run 'paperboy daily --site "
                  + where.site
                  + "' first.");
      return 1;
    }
    WeeklyStep.Outcome o = done.get();
    boolean ok = o instanceof WeeklyStep.Outcome.Written;
    (ok ? console.out() : console.err()).println(WeeklyStep.describe(o));
    return ok ? 0 : 1;
  }

  /** What {@code --compare-api} prints. */
  static String describe(WeekDiff d) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "%s: the edition's merge of the week's list dates holds %d papers; the API's"
                + " ?week=%s lists %d.%n",
            d.week(), d.merged(), d.week(), d.listed()));
    if (d.same()) {
      s.append("  The same papers with the same upvotes.\n");
    }
    list(s, "only in the API's week list", d.onlyInApi());
    list(s, "only in the merge", d.onlyMerged());
    if (!d.counts().isEmpty()) {
      s.append("  upvotes differ (").append(d.counts().size()).append("), merge → API:\n");
      d.counts().stream()
          .limit(20)
          .forEach(
              c ->
                  s.append(
                      String.format(
                          "    %s %s: %d → %d%n",
                          c.paper().id(), cut(c.paper().title()), c.merged(), c.api())));
    }
    s.append(
        String.format(
            "  top %d by upvotes: %s%n",
            d.top(), d.sameTop() ? "the same" : "differs (the edition ranks the merge)"));
    return s.toString();
  }

  private static void list(StringBuilder s, String what, java.util.List<Paper> papers) {
    if (papers.isEmpty()) {
      return;
    }
    s.append("  ").append(what).append(" (").append(papers.size()).append("):\n");
    papers.stream()
        .limit(20)
        .forEach(
            p ->
                s.append(
                    String.format(
                        "    %s %s (👍 %d)%n", p.id(), cut(p.title()), p.counts().upvotes())));
  }

  private static String cut(String title) {
    return title.length() <= 70 ? title : title.substring(0, 70) + "…";
  }
}
