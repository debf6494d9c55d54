package dev.paperboy.job;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.DeliveryLog;
import dev.paperboy.archive.LedgerEntry;
import dev.paperboy.archive.MediaLog;
import dev.paperboy.archive.RunLog;
import dev.paperboy.delivery.PushTarget;
import dev.paperboy.hf.ListDates;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code paperboy status} says, from the archive alone, without fetching: the recent list
 * dates (published, empty, not yet listed, failed and why), the last run, the images, and this
 * month's model calls and cost. Times are shown in the posts' zone.
 */
public final class StatusReport {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);

  private StatusReport() {}

  /** The report's lines for the last {@code days} list dates of the context's site. */
  public static List<String> lines(Context context, int days) {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(context.archiveFile())) {
      out.add(
          "No archive at "
              + context.archiveFile()
              + " yet: run 'paperboy daily --site "
              + context.site()
              + "'.");
      return out;
    }
    Settings settings = context.settings();
    ZoneId zone = settings.post().zone();
    try (Archive archive = Archive.open(context.archiveFile(), context.clock())) {
      LocalDate today = context.todayUtc();
      Map<LocalDate, LedgerEntry> ledger = new HashMap<>();
      archive
          .ledger()
          .entries(today.minusDays(days - 1L), today)
          .forEach(e -> ledger.put(e.date(), e));
      if (ledger.isEmpty() && archive.listings().lastListDate().isPresent()) {
        // An archive of older dates (a backfill, the demo): show its newest ones instead.
        List<LedgerEntry> newest =
            archive.ledger().entries(LocalDate.MIN.plusYears(1), today).reversed().stream()
                .limit(days)
                .toList();
        out.add(
            "No list date of the last "
                + days
                + " days in "
                + context.site()
                + "; the newest the archive holds (UTC):");
        for (LedgerEntry e : newest) {
          out.add("  " + day(e.date()) + "  " + describe(e.date(), e, today));
        }
      } else {
        out.add("Recent list dates (UTC) in " + context.site() + ":");
        for (LocalDate d = today; !d.isBefore(today.minusDays(days - 1L)); d = d.minusDays(1)) {
          out.add("  " + day(d) + "  " + describe(d, ledger.get(d), today));
        }
      }
      RunLog.Run last = archive.runs().last().orElse(null);
      if (last == null) {
        out.add("Last run: none recorded yet.");
      } else {
        out.add(
            String.format(
                Locale.ROOT,
                "Last run: %s, %.1f s, %d date(s): %d published, %d failed; exit %d.",
                WHEN.format(last.startedAt().atZone(zone)),
                (last.finishedAt().toEpochMilli() - last.startedAt().toEpochMilli()) / 1000.0,
                last.dates(),
                last.published(),
                last.failed(),
                last.exitCode()));
        out.add(
            String.format(
                Locale.ROOT,
                "  digest: %d analysed, %d cached, %d with HF's summary; images: %d stored, %d"
                    + " failed.",
                last.analyzed(),
                last.cached(),
                last.fallbacks(),
                last.imagesStored(),
                last.imagesFailed()));
      }
      Map<MediaLog.Status, Integer> media = archive.media().counts();
      out.add(
          String.format(
              Locale.ROOT,
              "Images in the archive: %d stored, %d failed, %d missing at the source.",
              media.getOrDefault(MediaLog.Status.STORED, 0),
              media.getOrDefault(MediaLog.Status.FAILED, 0),
              media.getOrDefault(MediaLog.Status.MISSING, 0)));
      LocalDate monthStart = today.withDayOfMonth(1);
      List<RunLog.Run> month =
          archive.runs().since(monthStart.atStartOfDay(ZoneOffset.UTC).toInstant());
      out.add(
          String.format(
              Locale.ROOT,
              "This month (%s, UTC): %d run(s), %d model call(s), %d tokens in, %d out, est."
                  + " $%.4f%s.",
              monthStart.toString().substring(0, 7),
              month.size(),
              month.stream().mapToInt(RunLog.Run::calls).sum(),
              month.stream().mapToLong(RunLog.Run::inputTokens).sum(),
              month.stream().mapToLong(RunLog.Run::outputTokens).sum(),
              month.stream().mapToDouble(RunLog.Run::costUsd).sum(),
              settings.digest().budget().pricing().known()
                  ? ""
                  : " (set digest.price to estimate cost)"));
      for (PushTarget target : settings.delivery().targets()) {
        out.add(push(target, archive.deliveries().of(target.name()), today));
      }
    }
    return out;
  }

  /** One push target's line: what it was sent, what was too old, what is owed. */
  static String push(PushTarget target, List<DeliveryLog.Entry> entries, LocalDate today) {
    Map<DeliveryLog.Status, List<DeliveryLog.Entry>> by =
        new java.util.EnumMap<>(DeliveryLog.Status.class);
    for (DeliveryLog.Entry e : entries) {
      by.computeIfAbsent(e.status(), k -> new ArrayList<>()).add(e);
    }
    List<DeliveryLog.Entry> sent = by.getOrDefault(DeliveryLog.Status.SENT, List.of());
    List<DeliveryLog.Entry> failed = by.getOrDefault(DeliveryLog.Status.FAILED, List.of());
    List<DeliveryLog.Entry> owed =
        failed.stream()
            .filter(e -> !e.listDate().isBefore(today.minusDays(target.maxAgeDays())))
            .toList();
    List<DeliveryLog.Entry> refused = by.getOrDefault(DeliveryLog.Status.REFUSED, List.of());
    StringBuilder line =
        new StringBuilder("Push ")
            .append(target.name())
            .append(" (")
            .append(target.kind())
            .append("): ")
            .append(sent.size())
            .append(" sent")
            .append(sent.isEmpty() ? "" : " (last " + sent.get(0).listDate() + ")")
            .append(", ")
            .append(by.getOrDefault(DeliveryLog.Status.SKIPPED, List.of()).size())
            .append(" skipped as too old, ")
            .append(owed.size())
            .append(" owed");
    if (!owed.isEmpty()) {
      line.append(" (")
          .append(owed.get(0).listDate())
          .append(": ")
          .append(owed.get(0).detail())
          .append(')');
    }
    if (!refused.isEmpty()) {
      line.append(", ")
          .append(refused.size())
          .append(" refused (")
          .append(refused.get(0).listDate())
          .append(": ")
          .append(refused.get(0).detail())
          .append(")");
    }
    return line.append('.').toString();
  }

  private static String day(LocalDate d) {
    return d + " " + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static String describe(LocalDate date, LedgerEntry entry, LocalDate today) {
    if (entry == null) {
      return ListDates.weekend(date)
          ? "weekend, not looked at"
          : date.equals(today)
              ? "not listed yet (the UTC day is still running)"
              : "NOT FETCHED yet: the next 'daily' does it";
    }
    return switch (entry.status()) {
      case PUBLISHED -> "published, " + entry.paperCount() + " papers";
      case EMPTY ->
          ListDates.weekend(date)
              ? "empty (weekend)"
              : "EMPTY weekday (a holiday, or not listed when fetched)";
      case FETCHED ->
          "fetched, " + entry.paperCount() + " papers, NOT PUBLISHED: the next 'daily' writes it";
      case FAILED -> "FAILED: " + entry.reason();
      case UNPUBLISHED ->
          "unpublished (paperboy unpublish); 'daily --date " + date + "' publishes it again";
    };
  }
}
