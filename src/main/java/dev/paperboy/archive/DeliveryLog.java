package dev.paperboy.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The ledger of pushes to team chat: per target and list date, whether the message was sent,
 * skipped, failed for now or refused. Shares the archive's connection and lock.
 */
public final class DeliveryLog {
  private final Archive archive;
  private final Handle handle;

  DeliveryLog(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** What became of a date's message to a target. */
  public enum Status {
    /** The platform accepted it. */
    SENT,
    /** Too old to push when its post was published (a backfill): never sent. */
    SKIPPED,
    /** The platform or the network failed; a later run tries again while the date is recent. */
    FAILED,
    /** The platform refused it for good (4xx): not tried again but by hand. */
    REFUSED
  }

  /**
   * One row of the ledger.
   *
   * @param attempts how many times the message was tried
   * @param updatedAt when the row was last written
   */
  public record Entry(
      String target,
      LocalDate listDate,
      Status status,
      @Nullable String detail,
      int attempts,
      Instant updatedAt) {}

  public Optional<Entry> find(String target, LocalDate date) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT target, list_date, status, detail, attempts, updated_at FROM delivery"
                        + " WHERE target = :target AND list_date = :date")
                .bind("target", target)
                .bind("date", date)
                .mapTo(Entry.class)
                .findOne());
  }

  /** Every row of {@code target}, newest date first. */
  public List<Entry> of(String target) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT target, list_date, status, detail, attempts, updated_at FROM delivery"
                        + " WHERE target = :target ORDER BY list_date DESC")
                .bind("target", target)
                .mapTo(Entry.class)
                .list());
  }

  /** Records what became of {@code date}'s message to {@code target}, counting the attempt. */
  public void record(String target, LocalDate date, Status status, String detail, boolean tried) {
    archive.inTransaction(
        "Cannot record the push of " + date + " to " + target,
        h ->
            h.createUpdate(
                    """
                    INSERT INTO delivery (target, list_date, status, detail, attempts, updated_at)
                    VALUES (:target, :date, :status, :detail, :tried, :now)
                    ON CONFLICT (target, list_date) DO UPDATE SET
                      status = excluded.status, detail = excluded.detail,
                      attempts = delivery.attempts + excluded.attempts,
                      updated_at = excluded.updated_at
                    """)
                .bind("target", target)
                .bind("date", date)
                .bind("status", status)
                .bind("detail", detail)
                .bind("tried", tried ? 1 : 0)
                .bind("now", archive.now())
                .execute());
  }
}
