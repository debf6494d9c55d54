package dev.paperboy.job;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.RunLog;
import dev.paperboy.digest.Usage;
import dev.paperboy.hf.ListDates;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import java.time.Instant;
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

  /**
   * What a digest run did: each date's outcome, the summary lines (model calls, tokens, cost,
   * images) and what it spent.
   */
  public record Result(List<Outcome> outcomes, DigestStep.Summary summary, DigestStep.Spent spent) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    /**
     * Whether a date was not archived, its post could not be written, or the model could not be
     * reached (the posts then show Hugging Face's summaries).
     */
    public boolean failed() {
      return summary.modelUnreachable()
          || outcomes.stream()
              .anyMatch(o -> o instanceof Outcome.NotArchived || o instanceof Outcome.Failed);
    }

    /** The run log's record of this run, so that {@code status} counts its model calls. */
    RunLog.Run run(Instant startedAt, Instant finishedAt) {
      Usage.Totals u = spent.usage();
      return new RunLog.Run(
          startedAt,
          finishedAt,
          outcomes.size(),
          (int) outcomes.stream().filter(Outcome.Written.class::isInstance).count(),
          (int)
              outcomes.stream()
                  .filter(o -> o instanceof Outcome.NotArchived || o instanceof Outcome.Failed)
                  .count(),
          failed() ? 1 : 0,
          u.analyzed(),
          u.cached(),
          u.fallbacks(),
          u.calls(),
          u.inputTokens(),
          u.outputTokens(),
          spent.costUsd(),
          spent.imagesStored(),
          spent.imagesFailed());
    }
  }

  /** Digests {@code dates} in order, reporting each to {@code progress}. */
  public Result run(List<LocalDate> dates, Consumer<Outcome> progress) {
    List<Outcome> outcomes = new ArrayList<>();
    for (LocalDate date : dates) {
      Outcome outcome = process(date, dates.size() == 1);
      outcomes.add(outcome);
      progress.accept(outcome);
    }
    return new Result(outcomes, step.summary(), step.spent());
  }

  private Outcome process(LocalDate date, boolean alone) {
    RankedDay day = Ranking.rank(archive.listings().day(date));
    if (day.isEmpty()) {
      return alone || !ListDates.weekend(date)
          ? new Outcome.NotArchived(date)
          : new Outcome.Weekend(date);
    }
    try {
      return new Outcome.Written(date, day.papers().size(), step.publish(day));
    } catch (PaperboyException e) {
      return new Outcome.Failed(date, e.getMessage());
    }
  }
}
