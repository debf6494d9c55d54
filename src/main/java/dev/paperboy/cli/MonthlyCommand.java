package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.Settings;
import dev.paperboy.job.DailyJob;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.RunSummary;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.site.SiteLock;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy monthly}: write or update one month's report. */
@Command(
    name = "monthly",
    mixinStandardHelpOptions = true,
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

  private final Clock clock;

  public MonthlyCommand() {
    this(Clock.systemUTC());
  }

  MonthlyCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Settings settings = where.settings();
    if (source != null) {
      settings = settings.withSource(Wiring.absoluteUnlessUrl(source));
    }
    try (SiteLock lock = where.lock(settings, console);
        Archive archive = Wiring.openOrRebuild(where.site, settings, clock, console)) {
      YearMonth target = month != null ? month : newest(archive);
      if (target == null) {
        console
            .err()
            .println(
                "paperboy monthly: the archive holds no papers yet; run 'paperboy daily --site "
                    + where.site
                    + "' first.");
        return 1;
      }
      if (target.isAfter(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--month " + target + " has not started yet");
      }
      boolean fetch = settings.sourceIsUrl() && !noFetch;
      List<LocalDate> dates =
          fetch ? archive.listings().listDates(target.atDay(1), target.atEndOfMonth()) : List.of();
      if (!dates.isEmpty()) {
        console
            .out()
            .printf(
                "Fetching the %d list dates of %s again for current upvotes, from %s%n",
                dates.size(), target, settings.source());
      }
      DailyJob job =
          Wiring.job(where.site, settings, archive, clock, false)
              .withMonthly(
                  Wiring.monthly(where.site, settings, archive, clock),
                  target,
                  fetch || !settings.sourceIsUrl());
      Instant started = clock.instant();
      RunSummary summary;
      try (Progress progress = new Progress(console, dates.size())) {
        summary = job.run(dates, progress);
      }
      job.log(summary, started);
      if (!dates.isEmpty()) {
        summary.lines().forEach(console.out()::println);
      } else {
        summary.months().stream().map(MonthlyStep::describe).forEach(console.out()::println);
      }
      Wiring.alert(where.site, settings, summary, clock, console);
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

  private static YearMonth newest(Archive archive) {
    return archive.listings().lastListDate().map(YearMonth::from).orElse(null);
  }
}
