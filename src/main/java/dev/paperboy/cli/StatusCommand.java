package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerEntry;
import dev.paperboy.archive.MediaLog;
import dev.paperboy.archive.RunLog;
import dev.paperboy.config.Settings;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy status}: what happened lately, from the archive alone. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Answers \"why is there nothing today?\" from the archive, without fetching: the recent",
      "list dates (published, empty, not yet listed, failed and why), the last run, the",
      "digests analysed vs fallen back, the images stored vs failed, and this month's model",
      "calls and cost."
    },
    footer = {"", "Example:", "  paperboy status --site ~/blog"})
public final class StatusCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "14",
      description = "How many recent list dates to show (default: ${DEFAULT-VALUE}).")
  int days;

  private final Clock clock;

  public StatusCommand() {
    this(Clock.systemUTC());
  }

  StatusCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (days < 1 || days > 366) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--days must be between 1 and 366, not " + days);
    }
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    Settings settings = where.settings();
    var file = where.site.resolve(settings.db());
    if (!Files.isRegularFile(file)) {
      console
          .out()
          .println(
              "No archive at " + file + " yet: run 'paperboy daily --site " + where.site + "'.");
      return 0;
    }
    ZoneId zone = settings.post().zone();
    try (Archive archive = Wiring.openArchive(where.site, settings, clock)) {
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      Map<LocalDate, LedgerEntry> ledger = new HashMap<>();
      archive
          .ledger()
          .entries(today.minusDays(days - 1L), today)
          .forEach(e -> ledger.put(e.date(), e));
      console.out().println("Recent list dates (UTC) in " + where.site + ":");
      for (LocalDate d = today; !d.isBefore(today.minusDays(days - 1L)); d = d.minusDays(1)) {
        console
            .out()
            .println(
                "  "
                    + d
                    + " "
                    + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + "  "
                    + describe(d, ledger.get(d), today));
      }
      RunLog.Run last = archive.runs().last().orElse(null);
      if (last == null) {
        console.out().println("Last run: none recorded yet.");
      } else {
        console
            .out()
            .printf(
                Locale.ROOT,
                "Last run: %s, %.1f s, %d date(s): %d published, %d failed; exit %d.%n",
                WHEN.format(last.startedAt().atZone(zone)),
                (last.finishedAt().toEpochMilli() - last.startedAt().toEpochMilli()) / 1000.0,
                last.dates(),
                last.published(),
                last.failed(),
                last.exitCode());
        console
            .out()
            .printf(
                Locale.ROOT,
                "  digest: %d analysed, %d cached, %d with HF's summary; images: %d stored, %d failed.%n",
                last.analyzed(),
                last.cached(),
                last.fallbacks(),
                last.imagesStored(),
                last.imagesFailed());
      }
      Map<MediaLog.Status, Integer> media = archive.media().counts();
      console
          .out()
          .printf(
              "Images in the archive: %d stored, %d failed, %d missing at the source.%n",
              media.getOrDefault(MediaLog.Status.STORED, 0),
              media.getOrDefault(MediaLog.Status.FAILED, 0),
              media.getOrDefault(MediaLog.Status.MISSING, 0));
      LocalDate monthStart = today.withDayOfMonth(1);
      List<RunLog.Run> month =
          archive.runs().since(monthStart.atStartOfDay(ZoneOffset.UTC).toInstant());
      console
          .out()
          .printf(
              Locale.ROOT,
              "This month (%s, UTC): %d run(s), %d model call(s), %d tokens in, %d out, est. $%.4f%s.%n",
              monthStart.toString().substring(0, 7),
              month.size(),
              month.stream().mapToInt(RunLog.Run::calls).sum(),
              month.stream().mapToLong(RunLog.Run::inputTokens).sum(),
              month.stream().mapToLong(RunLog.Run::outputTokens).sum(),
              month.stream().mapToDouble(RunLog.Run::costUsd).sum(),
              settings.digest().budget().pricing().known()
                  ? ""
                  : " (set digest.price to estimate cost)");
    }
    return 0;
  }

  private static String describe(LocalDate date, LedgerEntry entry, LocalDate today) {
    if (entry == null) {
      return date.getDayOfWeek().getValue() > 5
          ? "weekend, not looked at"
          : date.equals(today)
              ? "not listed yet (the UTC day is still running)"
              : "NOT FETCHED yet: the next 'daily' does it";
    }
    return switch (entry.status()) {
      case PUBLISHED -> "published, " + entry.paperCount() + " papers";
      case EMPTY ->
          date.getDayOfWeek().getValue() > 5
              ? "empty (weekend)"
              : "EMPTY weekday (a holiday, or not listed when fetched)";
      case FETCHED ->
          "fetched, " + entry.paperCount() + " papers, NOT PUBLISHED: the next 'daily' writes it";
      case FAILED -> "FAILED: " + entry.reason();
    };
  }
}
