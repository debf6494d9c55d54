package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.job.Context;
import dev.paperboy.job.SiteRun;
import dev.paperboy.job.WeeklyStep;
import dev.paperboy.rank.Week;
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
    Console console = context.console();
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
}
