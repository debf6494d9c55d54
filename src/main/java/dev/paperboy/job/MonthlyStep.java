package dev.paperboy.job;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.rank.RankedMonth;
import dev.paperboy.rank.Ranking;
import dev.paperboy.rank.Trends;
import dev.paperboy.site.SiteWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a month's report from what the archive holds, leaving out the dates the blogger
 * unpublished. A month has ended once its last UTC list date is over; its report is then
 * <em>finished</em> by the first run that wrote it after its list dates were fetched again (or,
 * from recorded files, after it ended), which the archive remembers so that the next month's runs
 * do not fetch it again. Later runs still rewrite it whenever one of its dates changes. Never
 * throws for a problem with the month.
 */
public final class MonthlyStep {
  private final Archive archive;
  private final SiteWriter writer;
  private final MonthlyPost post;
  private final Clock clock;

  public MonthlyStep(Archive archive, SiteWriter writer, MonthlyPost post, Clock clock) {
    this.archive = archive;
    this.writer = writer;
    this.post = post;
    this.clock = clock;
  }

  /** What became of one month's report. */
  public sealed interface Outcome {
    YearMonth month();

    /**
     * The report was written (or found unchanged). {@code ended}: the month is over; {@code
     * finished}: its report is final, written after its dates were fetched again.
     */
    record Written(
        YearMonth month,
        int papers,
        int days,
        SiteWriter.Result post,
        boolean ended,
        boolean finished)
        implements Outcome {}

    /** The archive holds no papers of the month: no report. */
    record NoData(YearMonth month) implements Outcome {}

    /** Every date of the month was unpublished: its report was removed too. */
    record Removed(YearMonth month) implements Outcome {}

    /** Rendering or writing failed; the message says what. */
    record Failed(YearMonth month, String message) implements Outcome {}
  }

  /** Whether {@code month} is over by the clock: its last list date has ended in UTC. */
  public boolean ended(YearMonth month) {
    return month.isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
  }

  /**
   * Writes the report of {@code month} from the archive.
   *
   * @param finish whether this write may finish the month: its dates were fetched again for current
   *     upvotes, or the source is a folder of recorded files. Only an ended month is finished.
   */
  public Outcome write(YearMonth month, boolean finish) {
    try {
      java.util.Set<LocalDate> unpublished = Unpublished.read(writer);
      var archived = archive.listings().month(month);
      RankedMonth ranked =
          Ranking.rank(
              month, archived.stream().filter(day -> !unpublished.contains(day.date())).toList());
      if (ranked.isEmpty()) {
        if (!archived.isEmpty()) {
          // Every date of the month was unpublished: so is its report.
          writer.delete(MonthlyPost.path(month));
          writer.delete(MonthlyPost.chartPath(month));
          return new Outcome.Removed(month);
        }
        return new Outcome.NoData(month);
      }
      PostedDays posted = PostedDays.of(writer, ranked.days());
      boolean ended = ended(month);
      MonthlyPost.Rendered rendered =
          post.render(
              ranked,
              posted.daily(),
              posted.digests(),
              ended,
              posted.lines(),
              Trends.rising(
                  ranked.papers(),
                  archive
                      .listings()
                      .histories(ranked.papers().stream().map(dev.paperboy.hf.Paper::id).toList()),
                  5));
      writer.write(MonthlyPost.chartPath(month), rendered.chart());
      SiteWriter.Result result = writer.write(MonthlyPost.path(month), rendered.post());
      boolean finished = ended && finish;
      if (finished) {
        archive.monthReports().markFinished(month, clock.instant());
      }
      return new Outcome.Written(
          month,
          ranked.papers().size(),
          ranked.days().size(),
          result,
          ended,
          finished || archive.monthReports().finished(month).isPresent());
    } catch (PaperboyException e) {
      return new Outcome.Failed(month, e.getMessage());
    } catch (IOException e) {
      return new Outcome.Failed(month, "Cannot read a data file of " + month + ": " + e);
    } catch (RuntimeException e) {
      return new Outcome.Failed(month, "Unexpected error: " + e);
    }
  }

  /**
   * The progress line of an outcome, e.g. {@code 2026-06 monthly report: updated (312 papers…)}.
   */
  public static String describe(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Written w ->
          String.format(
              Locale.ROOT,
              "%s monthly report: %s (%d papers, %d list day(s)%s) %s",
              w.month(),
              w.post().name().toLowerCase(Locale.ROOT),
              w.papers(),
              w.days(),
              !w.ended()
                  ? ", month in progress"
                  : w.finished()
                      ? ", final"
                      : ", not final yet: the next plain daily run finishes it",
              MonthlyPost.path(w.month()));
      case Outcome.NoData n ->
          n.month() + " monthly report: no archived papers in that month; run daily for its dates.";
      case Outcome.Removed r ->
          r.month() + " monthly report: removed, as every date of the month was unpublished.";
      case Outcome.Failed f -> f.month() + " monthly report FAILED: " + f.message();
    };
  }

  /**
   * The months whose report a run with {@code outcomes} must write, oldest first: those with a
   * published date whose files changed, and those with a published date but no report yet. A month
   * whose dates were all published unchanged keeps its report untouched, as its daily posts are.
   */
  Set<YearMonth> owed(List<DateOutcome> outcomes) {
    return outcomes.stream()
        .filter(DateOutcome.Published.class::isInstance)
        .map(DateOutcome.Published.class::cast)
        .filter(
            p ->
                p.overall() != SiteWriter.Result.UNCHANGED
                    || !writer.exists(MonthlyPost.path(YearMonth.from(p.date()))))
        .map(p -> YearMonth.from(p.date()))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
