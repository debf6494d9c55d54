package dev.paperboy.cli;

import dev.paperboy.config.ConfigFile;
import dev.paperboy.job.Context;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.RunSummary;
import dev.paperboy.job.Settings;
import dev.paperboy.job.SiteRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy daily}: fetch, archive and publish list dates. */
@Command(
    name = "daily",
    mixinStandardHelpOptions = true,
    header = "Fetch, archive and publish the Daily Papers of each list date (cron this).",
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

  @CommandLine.Mixin CreateOption creating;

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

  private final Context base;

  DailyCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    refuseFuture(base.todayUtc());
    Context context = where.writable(base, spec, creating.create);
    context = context.withSettings(settings(context.settings()));
    try (RunPrinter printer = new RunPrinter(context.console(), "daily", context.site())) {
      RunSummary summary = new SiteRun(context, printer).publish(request(), digestOptions.refresh);
      printer.close();
      summary.lines().forEach(context.console().out()::println);
      summary.problems().forEach(context.console().err()::println);
      return summary.exitCode();
    }
  }

  /** A list date after the current UTC date has no list yet: a usage error, not "not yet". */
  private void refuseFuture(LocalDate todayUtc) {
    LocalDate last = dates == null ? null : dates.date != null ? dates.date : dates.range.to;
    if (last != null && last.isAfter(todayUtc)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          last
              + " is in the future (the current UTC date is "
              + todayUtc
              + "); list dates are UTC dates");
    }
  }

  private DatePlan.Request request() {
    if (dates != null && dates.date != null) {
      return new DatePlan.Request.Dates(List.of(dates.date));
    }
    if (dates != null && dates.range != null) {
      try {
        return new DatePlan.Request.Dates(DatePlan.range(dates.range.from, dates.range.to));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return new DatePlan.Request.CatchUp();
  }

  private Settings settings(Settings settings) {
    if (source != null) {
      settings = settings.withSource(absoluteUnlessUrl(source));
    }
    if (top != null) {
      check(spec, "top", top, "--top");
      settings = settings.withTop(top);
    }
    if (noDigest) {
      settings = settings.withDigest(settings.digest().withEnabled(false));
    }
    return digestOptions.apply(settings);
  }

  /** A source flag as given on the command line: URLs as they are, folders made absolute. */
  static String absoluteUnlessUrl(String source) {
    return source.startsWith("http://") || source.startsWith("https://")
        ? source
        : Path.of(source).toAbsolutePath().normalize().toString();
  }

  /** Checks a flag's value against the bounds of config key {@code key}: exit 2 when outside. */
  static void check(CommandLine.Model.CommandSpec spec, String key, int value, String flag) {
    try {
      ConfigFile.bounds(key).check(value, flag);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
