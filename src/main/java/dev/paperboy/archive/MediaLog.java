package dev.paperboy.archive;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * What became of each image of a paper: stored (with its file), missing (the source has none) or
 * failed (with the reason). Shares the archive's connection and lock.
 */
public final class MediaLog {
  private final Archive archive;
  private final Handle handle;

  MediaLog(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** The three states of an image. */
  public enum Status {
    STORED,
    MISSING,
    FAILED
  }

  /**
   * One image's record.
   *
   * @param detail the caption, the figure list as JSON, or the failure reason
   * @param retryAt when a missing or failed image may be fetched again; null for stored ones
   */
  public record Entry(
      String paperId,
      String name,
      @Nullable String sourceUrl,
      Status status,
      @Nullable String path,
      @Nullable Integer width,
      @Nullable Integer height,
      @Nullable String detail,
      @Nullable Instant retryAt,
      @Nullable Instant updatedAt) {

    /** A stored image (or figure list, with no path): never fetched again. */
    public static Entry stored(
        String paperId, String name, String url, String path, Integer w, Integer h, String detail) {
      return new Entry(paperId, name, url, Status.STORED, path, w, h, detail, null, null);
    }

    /** The source has no such image; ask again at {@code retryAt}. */
    public static Entry missing(
        String paperId, String name, String url, String detail, Instant retryAt) {
      return new Entry(paperId, name, url, Status.MISSING, null, null, null, detail, retryAt, null);
    }

    /** Fetching or decoding failed for {@code reason}; try again at {@code retryAt}. */
    public static Entry failed(
        String paperId, String name, String url, String reason, Instant retryAt) {
      return new Entry(paperId, name, url, Status.FAILED, null, null, null, reason, retryAt, null);
    }
  }

  public Optional<Entry> find(String paperId, String name) {
    synchronized (archive) {
      return archive.query(
          () ->
              handle
                  .createQuery("SELECT * FROM media WHERE paper_id = :paper AND name = :name")
                  .bind("paper", paperId)
                  .bind("name", name)
                  .map(ConstructorMapper.of(Entry.class))
                  .findOne());
    }
  }

  /** Records {@code entry}, replacing the earlier record of the same image; its time is now. */
  public void record(Entry entry) {
    synchronized (archive) {
      archive.inTransaction(
          "Cannot record image " + entry.name() + " of " + entry.paperId(),
          h ->
              h.createUpdate(
                      """
                      INSERT OR REPLACE INTO media (paper_id, name, source_url, status, path,
                        width, height, detail, retry_at, updated_at)
                      VALUES (:paperId, :name, :sourceUrl, :status, :path, :width, :height,
                        :detail, :retryAt, :now)
                      """)
                  .bindMethods(entry)
                  .bind("now", archive.now())
                  .execute());
    }
  }
}
