package dev.paperboy.job;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the digest post of dates already in the archive, fetching nothing ({@code paperboy
 * digest}). A date without archived papers is reported (a weekend quietly, when it is part of a
 * range), and one date's failure never stops the others.
 */
public final class DigestJob {
  private final Archive archive;
  private final DigestStep step;

  public DigestJob(Archive archive, DigestStep step) {
    this.archive = archive;
    this.step = step;
  }

  /** What became of one date. */
  public sealed interface Outcome {
    LocalDate date();

    /** The digest post was written (or found unchanged). */
    record Written(LocalDate date, int papers, DigestStep.Report report) implements Outcome {}

    /** Nothing archived for a weekend date inside a range: expected, not a failure. */
    record Weekend(LocalDate date) implements Outcome {}

    /** Nothing archived for the date: run {@code daily} for it first. */
    record NotArchived(LocalDate date) implements Outcome {}

    /** Writing the post failed. */
    record Failed(LocalDate date, String message) implements Outcome {}
  }

  /** Digests {@code dates} in order, reporting each to {@code progress}; returns the outcomes. */
  public List<Outcome> run(List<LocalDate> dates, Consumer<Outcome> progress) {
    List<Outcome> outcomes = new ArrayList<>();
    for (LocalDate date : dates) {
      Outcome outcome = process(date, dates.size() == 1);
      outcomes.add(outcome);
      progress.accept(outcome);
    }
    return outcomes;
  }

  private Outcome process(LocalDate date, boolean alone) {
    RankedDay day = Ranking.rank(archive.listings().day(date));
    if (day.isEmpty()) {
      return alone || date.getDayOfWeek().getValue() <= 5
          ? new Outcome.NotArchived(date)
          : new Outcome.Weekend(date);
    }
    try {
      return new Outcome.Written(date, day.papers().size(), step.publish(day));
    } catch (PaperboyException e) {
      return new Outcome.Failed(date, e.getMessage());
    }
  }

  /** The run summary's lines from the digest step. */
  public List<String> summaryLines() {
    return step.summaryLines();
  }
}
