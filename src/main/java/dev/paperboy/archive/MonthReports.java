package dev.paperboy.archive;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Which monthly reports are final: written after their month ended and its list dates were fetched
 * again, so later runs need not fetch the month again. Shares the archive's connection and lock.
 */
public final class MonthReports {
  private final Archive archive;
  private final Handle handle;

  MonthReports(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** When the report of {@code month} was finished, if it was. */
  public Optional<Instant> finished(YearMonth month) {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT finished_at FROM month_report WHERE month = ?")
                .bind(0, month.toString())
                .mapTo(Instant.class)
                .findOne());
  }

  /** Records that the report of {@code month} was finished at {@code at}. */
  public void markFinished(YearMonth month, Instant at) {
    archive.inTransaction(
        "Cannot record the report of " + month,
        h ->
            h.createUpdate(
                    "INSERT INTO month_report (month, finished_at) VALUES (?, ?)"
                        + " ON CONFLICT (month) DO UPDATE SET finished_at = excluded.finished_at")
                .bind(0, month.toString())
                .bind(1, at)
                .execute());
  }
}
