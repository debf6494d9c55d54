package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.Settings;
import dev.paperboy.job.DailyJob;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.RunSummary;
import dev.paperboy.site.SiteLock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy daily}: fetch, archive and publish list dates. */
@Command(
    name = "daily",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Fetches the Daily Papers of each list date, archives them and writes the ranked post",
      "(_posts/DATE-daily-papers.md), its data file (_data/papers/daily-DATE.json) and the",
      "deep digest of the top 5 (_posts/DATE-daily-papers-top5.md; see 'paperboy digest'),",
      "and rewrites the monthly report of every month whose posts it changed (see",
      "'paperboy monthly').",
      "",
      "Without dates it does every date of the last catch-up-days (14) that is owed: never",
      "fetched, failed, or fetched but not published, oldest first, up to the current UTC",
      "date; and it fetches the last refresh-days (3) dates again because their lists and",
      "upvotes are still growing. The first such run after a month ends fetches that month's",
      "dates again and finishes its report with current upvotes. Weekends are empty and get",
      "no post. Safe to run from cron as often as you like: one run per site at a time,",
      "unchanged posts left untouched."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy daily --site ~/blog",
      "  paperboy daily --site ~/blog --date 2026-02-20",
      "  paperboy daily --site ~/blog --from 2026-02-01 --to 2026-02-28",
      "  paperboy daily --site ~/blog --source recorded/   (folder of daily_papers-DATE.json)",
      "",
      "Environment: HF_TOKEN (optional) raises the API rate limit; OPENAI_API_KEY,",
      "ANTHROPIC_API_KEY or GEMINI_API_KEY for the digest's model (see 'paperboy config').",
      "Exit codes: 0 ok, 1 a date failed or was not fetched, 2 usage error, 3 configuration",
      "error, 4 another run held the site longer than run.lock-wait-seconds."
    })
public final class DailyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Dates dates;

  static final class Dates {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Process one list date.")
    LocalDate date;

    @ArgGroup(exclusive = false)
    Range range;
  }

  static final class Range {
    @Option(
        names = "--from",
        required = true,
        paramLabel = "YYYY-MM-DD",
        description = "First list date of a range (with --to).")
    LocalDate from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "YYYY-MM-DD",
        description = "Last list date of a range, inclusive.")
    LocalDate to;
  }

  @Option(
      names = "--source",
      paramLabel = "URL|DIR",
      description =
          "API base URL, or a folder of recorded daily_papers-YYYY-MM-DD.json files"
              + " (default: the config file's source, else https://huggingface.co).")
  String source;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many papers the daily post lists (default: 10).")
  Integer top;

  @Option(
      names = "--no-digest",
      description = "Write no digest post (_posts/DATE-daily-papers-top5.md) in this run.")
  boolean noDigest;

  @CommandLine.Mixin DigestOptions digestOptions;

  private final Clock clock;

  public DailyCommand() {
    this(Clock.systemUTC());
  }

  DailyCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    Settings settings = settings();
    List<LocalDate> plan;
    try (SiteLock lock = where.lock(settings, console);
        Archive archive = Wiring.openOrRebuild(where.site, settings, clock, console)) {
      plan = plan(archive, settings);
      YearMonth finishing = finishing(archive, settings);
      if (finishing != null && settings.sourceIsUrl()) {
        List<LocalDate> again =
            archive.listings().listDates(finishing.atDay(1), finishing.atEndOfMonth());
        console
            .out()
            .printf(
                "Finishing the %s monthly report: fetching its %d list dates again for current"
                    + " upvotes%n",
                finishing, again.size());
        TreeSet<LocalDate> all = new TreeSet<>(plan);
        all.addAll(again);
        plan = List.copyOf(all);
      }
      if (plan.size() > 1) {
        console
            .out()
            .printf(
                "Processing %d list dates, %s to %s, from %s%n",
                plan.size(), plan.get(0), plan.get(plan.size() - 1), settings.source());
      }
      DailyJob job = Wiring.job(where.site, settings, archive, clock, digestOptions.refresh);
      if (settings.monthly().enabled()) {
        job.withMonthly(Wiring.monthly(where.site, settings, archive, clock), finishing, true);
      }
      Wiring.modelHint(where.site, settings).ifPresent(console.out()::println);
      RunSummary summary;
      java.time.Instant started = clock.instant();
      try (Progress progress = new Progress(console, plan.size())) {
        summary = job.run(plan, progress);
      }
      job.log(summary, started);
      summary.lines().forEach(console.out()::println);
      Wiring.alert(where.site, settings, summary, clock, console);
      return summary.exitCode();
    }
  }

  /**
   * The month a run without dates finishes (the previous one, once, when it has papers), or null.
   */
  private YearMonth finishing(Archive archive, Settings settings) {
    if (dates != null || !settings.monthly().enabled()) {
      return null;
    }
    return MonthlyStep.toFinish(LocalDate.now(clock.withZone(ZoneOffset.UTC)), archive)
        .orElse(null);
  }

  private List<LocalDate> plan(Archive archive, Settings settings) {
    if (dates != null && dates.date != null) {
      return List.of(dates.date);
    }
    if (dates != null && dates.range != null) {
      try {
        return DatePlan.range(dates.range.from, dates.range.to);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return DatePlan.catchUp(today, archive, settings.catchUpDays(), settings.refreshDays());
  }

  private Settings settings() {
    Settings settings = where.settings();
    if (source != null) {
      settings = settings.withSource(Wiring.absoluteUnlessUrl(source));
    }
    if (top != null) {
      if (top < 1 || top > 100) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--top must be between 1 and 100, not " + top);
      }
      settings = settings.withTop(top);
    }
    if (noDigest) {
      settings = settings.withDigest(settings.digest().withEnabled(false));
    }
    settings = digestOptions.apply(settings);
    return settings;
  }
}
