package dev.paperboy.archive;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What each paper's arXiv HTML page gave: its figures and body (opaque JSON here), or why there is
 * none and when to ask again. Shares the archive's connection and lock.
 */
public final class PageLog {
  private final Archive archive;
  private final Handle handle;

  PageLog(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** The three states of a page. */
  public enum Status {
    STORED,
    MISSING,
    FAILED
  }

  /**
   * One paper's page.
   *
   * @param figures the figure list as JSON, for a stored page
   * @param body the full text as gzipped JSON, for a stored page
   * @param detail why there is no page, for a missing or failed one
   * @param retryAt when a missing or failed page may be asked for again
   */
  public record Entry(
      String paperId,
      String url,
      Status status,
      @Nullable String version,
      @Nullable String figures,
      @Nullable byte[] body,
      @Nullable String detail,
      @Nullable Instant retryAt) {}

  public Optional<Entry> find(String paperId) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT paper_id, url, status, version, figures, body, detail, retry_at"
                        + " FROM arxiv_page WHERE paper_id = ?")
                .bind(0, paperId)
                .mapTo(Entry.class)
                .findOne());
  }

  /** Records {@code entry}, replacing the earlier record of the paper's page. */
  public void record(Entry entry) {
    archive.inTransaction(
        "Cannot record the arXiv page of " + entry.paperId(),
        h ->
            h.createUpdate(
                    """
                    INSERT OR REPLACE INTO arxiv_page (paper_id, url, status, version, figures,
                      body, detail, retry_at, updated_at)
                    VALUES (:paperId, :url, :status, :version, :figures, :body, :detail,
                      :retryAt, :now)
                    """)
                .bindMethods(entry)
                .bind("now", archive.now())
                .execute());
  }
}
