package dev.paperboy.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What happened to each list date: empty, fetched, published or failed (with the reason). {@link
 * Listings#record} marks a date fetched or empty as it stores it; the job marks it published or
 * failed. Shares the archive's connection and lock.
 */
public final class Ledger {
  private static final String SELECT =
      "SELECT list_date AS date, status, paper_count, source, fetched_at, published_at, reason"
          + " FROM ledger";

  private final Archive archive;
  private final Handle handle;

  Ledger(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** The ledger row of {@code date}, if the job has ever looked at it. */
  public Optional<LedgerEntry> entry(LocalDate date) {
    return archive.query(
        () ->
            handle
                .createQuery(SELECT + " WHERE list_date = ?")
                .bind(0, date)
                .mapTo(LedgerEntry.class)
                .findOne());
  }

  /** Every ledger row from {@code from} to {@code to} inclusive, oldest first. */
  public List<LedgerEntry> entries(LocalDate from, LocalDate to) {
    return archive.query(
        () ->
            handle
                .createQuery(SELECT + " WHERE list_date BETWEEN ? AND ? ORDER BY list_date")
                .bind(0, from)
                .bind(1, to)
                .mapTo(LedgerEntry.class)
                .list());
  }

  /** Marks a date published at {@code at}. */
  public void markPublished(LocalDate date, Instant at) {
    set(date, LedgerStatus.PUBLISHED, null, at);
  }

  /** Marks a date failed with a reason; its archived papers and published posts are kept. */
  public void markFailed(LocalDate date, String reason) {
    set(date, LedgerStatus.FAILED, reason, null);
  }

  /**
   * Marks a date unpublished at the blogger's request: plain runs leave it alone until it is
   * published again explicitly.
   */
  public void markUnpublished(LocalDate date) {
    set(date, LedgerStatus.UNPUBLISHED, "unpublished by 'paperboy unpublish'", null);
  }

  private void set(LocalDate date, LedgerStatus status, String reason, Instant published) {
    archive.inTransaction(
        "Cannot update the ledger for " + date,
        h ->
            h.createUpdate(
                    """
                    INSERT INTO ledger (list_date, status, reason, published_at, updated_at)
                    VALUES (:date, :status, :reason, :published, :now)
                    ON CONFLICT (list_date) DO UPDATE SET status = excluded.status,
                      reason = excluded.reason,
                      published_at = coalesce(excluded.published_at, ledger.published_at),
                      updated_at = excluded.updated_at
                    """)
                .bind("date", date)
                .bind("status", status)
                .bind("reason", reason)
                .bind("published", published)
                .bind("now", archive.now())
                .execute());
  }
}
