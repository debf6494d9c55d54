package dev.paperboy.archive;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the Hugging Face Hub had that cites each paper (opaque JSON here) and when it was asked.
 * Shares the archive's connection and lock.
 */
public final class HubLog {
  private final Archive archive;
  private final Handle handle;

  HubLog(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** One paper's answer from the Hub, as JSON, asked at {@code fetchedAt}. */
  public record Entry(String paperId, String body, Instant fetchedAt) {}

  public Optional<Entry> find(String paperId) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT paper_id, body, fetched_at FROM hub_artifacts WHERE paper_id = ?")
                .bind(0, paperId)
                .mapTo(Entry.class)
                .findOne());
  }

  /** Records what the Hub had for {@code paperId} now, replacing the earlier answer. */
  public void record(String paperId, String body) {
    archive.inTransaction(
        "Cannot record the Hub artifacts of " + paperId,
        h ->
            h.createUpdate(
                    "INSERT OR REPLACE INTO hub_artifacts (paper_id, body, fetched_at)"
                        + " VALUES (:paperId, :body, :now)")
                .bind("paperId", paperId)
                .bind("body", body)
                .bind("now", archive.now())
                .execute());
  }
}
