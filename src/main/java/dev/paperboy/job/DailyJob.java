package dev.paperboy.job;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerEntry;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.FetchOutcome;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.PaperSource;
import dev.paperboy.publish.DailyData;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import dev.paperboy.site.SiteWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches, archives, ranks and publishes list dates, one at a time. One date's failure is recorded
 * in the ledger and reported; the other dates still go on. Idempotent: running it again over the
 * same input changes no file.
 */
public final class DailyJob {
  private static final Logger LOG = LoggerFactory.getLogger(DailyJob.class);

  private final PaperSource source;
  private final Archive archive;
  private final SiteWriter writer;
  private final DailyPost post;
  private final int top;
  private final String generator;
  private final Clock clock;
  private final DigestStep digest;

  /**
   * @param digest writes the digest post after each daily post; null for none
   */
  public DailyJob(
      PaperSource source,
      Archive archive,
      SiteWriter writer,
      DailyPost post,
      int top,
      String generator,
      Clock clock,
      DigestStep digest) {
    this.source = source;
    this.archive = archive;
    this.writer = writer;
    this.post = post;
    this.top = top;
    this.generator = generator;
    this.clock = clock;
    this.digest = digest;
  }

  /** Processes {@code dates} in order, reporting each outcome to {@code progress}. */
  public RunSummary run(List<LocalDate> dates, Consumer<DateOutcome> progress) {
    int stale = writer.cleanStaleTemporaryFiles();
    if (stale > 0) {
      LOG.info("Removed {} temporary files left by an interrupted run", stale);
    }
    List<DateOutcome> outcomes = new ArrayList<>();
    for (LocalDate date : dates) {
      DateOutcome outcome = process(date);
      outcomes.add(outcome);
      progress.accept(outcome);
    }
    return new RunSummary(
        outcomes,
        archive.stats(),
        archive.file(),
        digest == null ? List.of() : digest.summaryLines());
  }

  /** Fetches, archives and publishes one date. Never throws for a problem with the date. */
  public DateOutcome process(LocalDate date) {
    try {
      FetchOutcome fetched = source.fetch(date);
      return switch (fetched) {
        case FetchOutcome.NotYet notYet -> new DateOutcome.NotYet(date);
        case FetchOutcome.Listed listed -> handle(listed.list());
      };
    } catch (PaperboyException e) {
      return fail(date, e.getMessage(), e);
    } catch (RuntimeException e) {
      return fail(date, "Unexpected error: " + e, e);
    }
  }

  private DateOutcome handle(DailyList list) {
    LocalDate date = list.date();
    if (list.isEmpty()) {
      int before = archive.ledger(date).map(LedgerEntry::paperCount).orElse(0);
      if (before > 0) {
        return fail(
            date,
            "The source now lists no papers for "
                + date
                + ", which had "
                + before
                + "; kept the archived list and the published post. Run again later.",
            null);
      }
      archive.record(list);
      return new DateOutcome.Empty(date, isWeekday(date));
    }
    Set<String> ids = new TreeSet<>(list.papers().stream().map(Paper::id).toList());
    var previous = archive.previousList(date);
    if (previous.isPresent() && previous.get().ids().equals(ids)) {
      String reason =
          "Refused: the list of "
              + date
              + " is identical to that of "
              + previous.get().date()
              + " ("
              + ids.size()
              + " papers); the source repeated a list.";
      archive.markFailed(date, reason);
      return new DateOutcome.Refused(date, reason);
    }
    archive.record(list);
    RankedDay day = Ranking.rank(archive.day(date));
    Map<String, SiteWriter.Result> files = new LinkedHashMap<>();
    files.put(DailyPost.path(date), writer.write(DailyPost.path(date), post.render(day, top)));
    files.put(
        DailyData.path(date), writer.write(DailyData.path(date), DailyData.render(day, generator)));
    DigestStep.Report report = null;
    if (digest != null) {
      report = digest.publish(day);
      files.put(report.path(), report.file());
    }
    archive.markPublished(date, clock.instant());
    return new DateOutcome.Published(date, day.papers().size(), files, report);
  }

  private DateOutcome fail(LocalDate date, String message, Exception e) {
    if (e != null && !(e instanceof PaperboyException)) {
      LOG.error("{} failed", date, e);
    }
    try {
      archive.markFailed(date, message);
    } catch (PaperboyException ledgerError) {
      LOG.error(
          "Cannot record the failure of {} in the ledger: {}", date, ledgerError.getMessage());
    }
    return new DateOutcome.Failed(date, message);
  }

  private static boolean isWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}
