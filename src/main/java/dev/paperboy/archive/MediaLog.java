package dev.paperboy.archive;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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

  /** The key of an image in {@link #find(Collection)}'s map: {@code paperId/name}. */
  public static String key(String paperId, String name) {
    return paperId + "/" + name;
  }

  public Optional<Entry> find(String paperId, String name) {
    return Optional.ofNullable(find(List.of(paperId)).get(key(paperId, name)));
  }

  /** Every record of the images of {@code paperIds}, by {@link #key}: one query for a day. */
  public Map<String, Entry> find(Collection<String> paperIds) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT * FROM media WHERE paper_id IN (SELECT value FROM json_each(:ids))")
                .bind("ids", List.copyOf(paperIds))
                .mapTo(Entry.class)
                .collectToMap(e -> key(e.paperId(), e.name()), e -> e));
  }

  /** Records {@code entry}, replacing the earlier record of the same image; its time is now. */
  public void record(Entry entry) {
    record(List.of(entry));
  }

  /** Records {@code entries} in one transaction; see {@link #record(Entry)}. */
  public void record(Collection<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<Entry> copy = List.copyOf(entries);
    archive.inTransaction(
        "Cannot record " + copy.size() + " image(s) of " + copy.get(0).paperId(),
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT OR REPLACE INTO media (paper_id, name, source_url, status, path,
                    width, height, detail, retry_at, updated_at)
                  VALUES (:paperId, :name, :sourceUrl, :status, :path, :width, :height,
                    :detail, :retryAt, :now)
                  """);
          for (Entry entry : copy) {
            batch.bindMethods(entry).bind("now", archive.now()).add();
          }
          batch.execute();
        });
  }

  /** How many images are stored, missing and failed, by status (figure lists not counted). */
  public Map<Status, Integer> counts() {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT status, count(*) AS n FROM media WHERE name <> 'figures' GROUP BY status")
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            Status.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                            rs.getInt(2)))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
