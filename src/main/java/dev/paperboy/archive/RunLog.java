package dev.paperboy.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What each daily run did and spent, for {@code paperboy status}: one row per run. Shares the
 * archive's connection and lock.
 */
public final class RunLog {
  private final Archive archive;
  private final Handle handle;

  RunLog(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /**
   * One run.
   *
   * @param failed dates failed, refused or not fetched
   * @param costUsd the estimated model cost, 0 when prices are not set
   */
  public record Run(
      Instant startedAt,
      Instant finishedAt,
      int dates,
      int published,
      int failed,
      int exitCode,
      int analyzed,
      int cached,
      int fallbacks,
      int calls,
      long inputTokens,
      long outputTokens,
      double costUsd,
      int imagesStored,
      int imagesFailed) {}

  /** Records a finished run. */
  public void record(Run run) {
    archive.inTransaction(
        "Cannot record the run",
        h ->
            h.createUpdate(
                    """
                    INSERT INTO run (started_at, finished_at, dates, published, failed,
                      exit_code, analyzed, cached, fallbacks, calls, input_tokens,
                      output_tokens, cost_usd, images_stored, images_failed)
                    VALUES (:startedAt, :finishedAt, :dates, :published, :failed, :exitCode,
                      :analyzed, :cached, :fallbacks, :calls, :inputTokens, :outputTokens,
                      :costUsd, :imagesStored, :imagesFailed)
                    """)
                .bindMethods(run)
                .execute());
  }

  /** The runs that started at or after {@code since}, oldest first. */
  public List<Run> since(Instant since) {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT * FROM run WHERE started_at >= ? ORDER BY started_at, id")
                .bind(0, since)
                .mapTo(Run.class)
                .list());
  }

  /** The newest run, if any was recorded. */
  public Optional<Run> last() {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT * FROM run ORDER BY started_at DESC, id DESC LIMIT 1")
                .mapTo(Run.class)
                .findOne());
  }
}
