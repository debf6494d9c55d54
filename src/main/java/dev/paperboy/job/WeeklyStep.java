package dev.paperboy.job;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.archive.Listings;
import dev.paperboy.hf.Paper;
import dev.paperboy.publish.WeeklyPost;
import dev.paperboy.radar.Radar;
import dev.paperboy.rank.RankedWeek;
import dev.paperboy.rank.Ranking;
import dev.paperboy.rank.Trends;
import dev.paperboy.rank.Week;
import dev.paperboy.site.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a week's edition from what the archive holds, like the monthly report: rewritten when one
 * of its dates changes, and once more by the first run after the week is over (its Sunday has ended
 * in UTC), which makes it final; never gated on the hour. Leaves out unpublished dates. Never
 * throws for a problem with the week.
 */
public final class WeeklyStep {
  /** The front-matter mark of a final edition. */
  static final String FINAL = "week_final: true";

  private final Archive archive;
  private final SiteWriter writer;
  private final WeeklyPost post;
  private final Radar radar;
  private final Clock clock;

  public WeeklyStep(Archive archive, SiteWriter writer, WeeklyPost post, Radar radar, Clock clock) {
    this.archive = archive;
    this.writer = writer;
    this.post = post;
    this.radar = radar;
    this.clock = clock;
  }

  /** What became of one week's edition. */
  public sealed interface Outcome {
    Week week();

    /**
     * Written (or found unchanged); {@code ended}: the week is over and the edition final (its
     * dates fetched after it ended).
     */
    record Written(Week week, int papers, int days, SiteWriter.Result post, boolean ended)
        implements Outcome {}

    /** The archive holds no papers of the week. */
    record NoData(Week week) implements Outcome {}

    /** Every date of the week was unpublished: its edition was removed too. */
    record Removed(Week week) implements Outcome {}

    /** Rendering or writing failed. */
    record Failed(Week week, String message) implements Outcome {}
  }

  /** Whether {@code week} is over by the clock: its Sunday has ended in UTC. */
  public boolean ended(Week week) {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC)).isAfter(week.sunday());
  }

  /**
   * The merge of {@code week}'s archived list dates that the edition ranks: each paper once, with
   * its latest counts; the dates the blogger unpublished left out.
   */
  public RankedWeek merge(Week week) {
    return merge(week, archive.listings().days(week.monday(), week.sunday()));
  }

  private RankedWeek merge(Week week, List<ArchivedDay> archived) {
    Set<LocalDate> unpublished = Unpublished.read(writer);
    return Ranking.rank(
        week, archived.stream().filter(d -> !unpublished.contains(d.date())).toList());
  }

  /** Writes the edition of {@code week} from the archive; final once the week is over. */
  public Outcome write(Week week) {
    return write(week, true);
  }

  /**
   * Writes the edition of {@code week} from the archive.
   *
   * @param mayFinish false when a date of the week failed in this run (its counts are not current):
   *     the edition is not final yet even if the week is over, and a later run finishes it
   */
  public Outcome write(Week week, boolean mayFinish) {
    try {
      var archived = archive.listings().days(week.monday(), week.sunday());
      RankedWeek ranked = merge(week, archived);
      if (ranked.isEmpty()) {
        if (!archived.isEmpty()) {
          writer.delete(WeeklyPost.path(week));
          writer.delete(WeeklyPost.chartPath(week));
          return new Outcome.Removed(week);
        }
        return new Outcome.NoData(week);
      }
      PostedDays posted = PostedDays.of(writer, ranked.days());
      List<Paper> papers = ranked.papers();
      Map<String, List<Listings.Observation>> histories =
          archive.listings().histories(papers.stream().map(Paper::id).toList());
      boolean ended = ended(week);
      WeeklyPost.Rendered rendered =
          post.render(
              ranked,
              posted.daily(),
              ended,
              mayFinish,
              posted.lines(),
              Trends.rising(papers, histories, 5),
              Trends.late(ranked, histories, 10, 20),
              radar.matches(papers));
      writer.write(WeeklyPost.chartPath(week), rendered.chart());
      SiteWriter.Result result = writer.write(WeeklyPost.path(week), rendered.post());
      return new Outcome.Written(
          week, papers.size(), ranked.days().size(), result, ended && mayFinish);
    } catch (PaperboyException e) {
      return new Outcome.Failed(week, e.getMessage());
    } catch (IOException e) {
      return new Outcome.Failed(week, "Cannot read a data file of " + week + ": " + e);
    } catch (RuntimeException e) {
      return new Outcome.Failed(week, "Unexpected error: " + e);
    }
  }

  /**
   * The weeks a run with {@code outcomes} must write, oldest first: those with a published date
   * whose files changed, those with a published date but no edition yet, and those that are over
   * but whose edition is not final yet (last week's included, whatever the run published: the first
   * run after a week ends finishes it).
   */
  Set<Week> owed(List<DateOutcome> outcomes) {
    Set<Week> out = new TreeSet<>();
    Week last = Week.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusWeeks(1));
    if (writer.exists(WeeklyPost.path(last)) && !isFinal(writer, last)) {
      out.add(last);
    }
    for (DateOutcome o : outcomes) {
      if (o instanceof DateOutcome.Published p) {
        Week w = Week.of(p.date());
        if (p.overall() != SiteWriter.Result.UNCHANGED
            || !writer.exists(WeeklyPost.path(w))
            || (ended(w) && !isFinal(writer, w))) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Whether the site holds the edition of {@code week}, final. */
  static boolean isFinal(SiteWriter writer, Week week) {
    try {
      return writer.exists(WeeklyPost.path(week))
          && Files.readString(writer.resolve(WeeklyPost.path(week)), StandardCharsets.UTF_8)
              .contains("\n  " + FINAL + "\n");
    } catch (IOException e) {
      return false;
    }
  }

  /** The progress line of an outcome. */
  public static String describe(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Written w ->
          String.format(
              Locale.ROOT,
              "%s weekly edition: %s (%d papers, %d list day(s)%s) %s",
              w.week(),
              w.post().name().toLowerCase(Locale.ROOT),
              w.papers(),
              w.days(),
              w.ended() ? ", final" : ", week in progress",
              WeeklyPost.path(w.week()));
      case Outcome.NoData n -> n.week() + " weekly edition: no archived papers in that week.";
      case Outcome.Removed r ->
          r.week() + " weekly edition: removed, as every date of the week was unpublished.";
      case Outcome.Failed f -> f.week() + " weekly edition FAILED: " + f.message();
    };
  }
}
