package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.job.Context;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.RunSummary;
import dev.paperboy.job.SiteRun;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.util.Console;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy monthly}: write or update one month's report. */
@Command(
    name = "monthly",
    mixinStandardHelpOptions = true,
    header = "Write a month's report on demand ('daily' writes it by itself).",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Writes the monthly report of a month (_posts/YYYY-MM-01-monthly-papers-summary.md and",
      "its chart, assets/img/charts/monthly-YYYY-MM.svg): statistics, the top papers with",
      "current upvotes, keywords, organizations, code, and links to the month's posts.",
      "",
      "With the API as source, the month's list dates are fetched again first (their daily",
      "posts are updated with the new counts too), so the report shows current upvotes and",
      "says as of when. 'paperboy daily' does this by itself: it rewrites a month's report",
      "whenever it publishes one of its dates, and finishes the previous month on its first",
      "run after the month ends; this command is for a report on demand."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy monthly --site ~/blog --month 2026-02",
      "  paperboy monthly --site ~/blog                 (the newest month in the archive)",
      "  paperboy monthly --site ~/blog --month 2026-02 --no-fetch",
      "",
      "Exit codes: 0 ok, 1 the month has no archived papers, a date failed, or the report",
      "could not be written, 2 usage error, 3 configuration error, 4 another run held the site."
    })
public final class MonthlyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @CommandLine.Mixin CreateOption creating;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month (default: the month of the newest archived list date).")
  YearMonth month;

  @Option(
      names = "--source",
      paramLabel = "URL|DIR",
      description = "API base URL or recorded folder, as for 'paperboy daily'.")
  String source;

  @Option(
      names = "--no-fetch",
      description =
          "Write the report from the archive as it is, without fetching the month's dates again"
              + " (the report is then not final).")
  boolean noFetch;

  private final Context base;

  MonthlyCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Context context = where.writable(base, spec, creating.create);
    if (source != null) {
      context =
          context.withSettings(
              context.settings().withSource(DailyCommand.absoluteUnlessUrl(source)));
    }
    if (month != null && month.isAfter(YearMonth.from(context.todayUtc()))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--month " + month + " has not started yet");
    }
    Console console = context.console();
    RunSummary summary;
    try (RunPrinter printer = new RunPrinter(console, "monthly", context.site())) {
      summary =
          new SiteRun(context, printer).publish(new DatePlan.Request.Month(month, !noFetch), false);
    }
    if (summary.months().isEmpty()) {
      console
          .err()
          .println(
              "paperboy monthly: the archive holds no papers yet; run 'paperboy daily --site "
                  + where.site
                  + "' first.");
      return 1;
    }
    if (!summary.outcomes().isEmpty()) {
      summary.lines().forEach(console.out()::println);
      summary.problems().forEach(console.err()::println);
    } else {
      summary.months().stream()
          .forEach(
              m ->
                  (m instanceof MonthlyStep.Outcome.Failed ? console.err() : console.out())
                      .println(MonthlyStep.describe(m)));
    }
    YearMonth target = summary.months().getLast().month();
    boolean noData =
        summary.months().stream()
            .anyMatch(m -> m instanceof MonthlyStep.Outcome.NoData && m.month().equals(target));
    if (noData) {
      console
          .err()
          .println(
              "paperboy monthly: no archived papers in "
                  + target
                  + "; run 'paperboy daily --site "
                  + where.site
                  + " --from "
                  + target.atDay(1)
                  + " --to "
                  + target.atEndOfMonth()
                  + "' first.");
      return 1;
    }
    if (summary.exitCode() == 0) {
      console.out().println("Wrote " + MonthlyPost.path(target));
    }
    return summary.exitCode();
  }
}
