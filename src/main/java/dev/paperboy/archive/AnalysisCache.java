package dev.paperboy.archive;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Model analyses kept in the archive, keyed by what determines them: the paper, its abstract, the
 * prompt version and the model. The body is opaque here (the digest stores JSON). Shares the
 * archive's connection and lock.
 */
public final class AnalysisCache {
  private final Archive archive;
  private final Handle handle;

  AnalysisCache(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /**
   * What an analysis depends on.
   *
   * @param textSha256 the hash of what the model read: title, abstract and the body's excerpt (kept
   *     in the column {@code abstract_sha256}, named when only abstracts were read)
   */
  public record Key(String paperId, String textSha256, String promptVersion, String model) {}

  /** A stored analysis. */
  public record Entry(String body, int removedNumbers) {}

  /** The stored analysis for {@code key}, if any. */
  public Optional<Entry> find(Key key) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    """
                    SELECT body, removed_numbers FROM analysis
                    WHERE paper_id = :paperId AND abstract_sha256 = :textSha256
                      AND prompt_version = :promptVersion AND model = :model
                    """)
                .bindMethods(key)
                .mapTo(Entry.class)
                .findOne());
  }

  /** Stores (or replaces) the analysis for {@code key}. The paper must be archived. */
  public void store(Key key, Entry entry) {
    archive.inTransaction(
        "Cannot store the analysis of " + key.paperId(),
        h ->
            h.createUpdate(
                    """
                    INSERT OR REPLACE INTO analysis (paper_id, abstract_sha256, prompt_version,
                      model, body, removed_numbers, created_at)
                    VALUES (:paperId, :textSha256, :promptVersion, :model, :body,
                      :removedNumbers, :now)
                    """)
                .bindMethods(key)
                .bindMethods(entry)
                .bind("now", archive.now())
                .execute());
  }

  /**
   * The newest analysis of a paper under any prompt whose version starts with {@code prompt} (e.g.
   * {@code digest-}: an analysis written before a prompt change still shows): the model and its
   * JSON.
   */
  public Optional<Latest> latest(String paperId, String prompt) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT model, body FROM analysis WHERE paper_id = :paperId"
                        + " AND substr(prompt_version, 1, length(:prompt)) = :prompt"
                        + " ORDER BY created_at DESC, rowid DESC LIMIT 1")
                .bind("paperId", paperId)
                .bind("prompt", prompt)
                .map((rs, ctx) -> new Latest(rs.getString(1), rs.getString(2)))
                .findOne());
  }

  /** A cached analysis: the model that wrote it and its validated JSON. */
  public record Latest(String model, String body) {}

  /** Whether the archive holds any model text at all (an analysis or a Korean line). */
  public boolean any() {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT EXISTS (SELECT 1 FROM analysis WHERE body <> '')")
                .mapTo(boolean.class)
                .one());
  }
}
