package dev.paperboy.archive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Each paper's embedding by model, with the hash of the text it was computed from, so that a paper
 * relisted with a new abstract is embedded again. Shares the archive's connection and lock.
 */
public final class EmbeddingLog {
  private final Archive archive;
  private final Handle handle;

  EmbeddingLog(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** A kept vector (float32, little-endian) and the hash of its text. */
  public record Entry(String paperId, String model, String textSha256, byte[] vector) {}

  /** The kept vectors of {@code paperIds} by {@code model}, by paper id: one query. */
  public Map<String, Entry> find(Collection<String> paperIds, String model) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT paper_id, model, text_sha256, vector FROM embedding"
                        + " WHERE model = :model AND paper_id IN (SELECT value FROM json_each(:ids))")
                .bind("model", model)
                .bind("ids", List.copyOf(paperIds))
                .mapTo(Entry.class)
                .collectToMap(Entry::paperId, e -> e));
  }

  /** Keeps {@code entries}, replacing earlier vectors of the same paper and model. */
  public void store(Collection<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<Entry> copy = List.copyOf(entries);
    archive.inTransaction(
        "Cannot keep " + copy.size() + " embedding(s)",
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  "INSERT OR REPLACE INTO embedding (paper_id, model, text_sha256, vector)"
                      + " VALUES (:paperId, :model, :textSha256, :vector)");
          for (Entry e : copy) {
            batch.bindMethods(e).add();
          }
          batch.execute();
        });
  }

  /** How many papers have a vector by {@code model}. */
  public int count(String model) {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT count(*) FROM embedding WHERE model = ?")
                .bind(0, model)
                .mapTo(int.class)
                .one());
  }
}
