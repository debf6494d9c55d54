package dev.paperboy.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.statement.Query;

/**
 * Runs a {@link SearchQuery} against the two full-text indexes of migration V7. User text never
 * becomes FTS5 syntax: each term is bound as one quoted string (quotes doubled), so {@code "},
 * {@code NEAR(} or {@code OR} are searched for, never parsed.
 *
 * <pre>
 * "agent RLHF"  → paper_words MATCH '"agent"* "RLHF"*'           (words, bm25)
 * "강화학습 추론" → paper_grams MATCH '"강화학습"' AND paper_words MATCH '"추론"*'
 * </pre>
 *
 * Terms of three or more characters with Hangul use the trigram index (over the keywords and the
 * digest text, where the Korean is): they match anywhere, inside compounds too. Shorter ones (one
 * or two syllables, below a trigram, which the trigram index cannot answer) match the beginning of
 * a word, which is how Korean words carry their particles and endings: 추론 finds 추론을 and 추론하는.
 */
final class PaperSearch {
  private PaperSearch() {}

  /** A matching row (internal; public for Jdbi). */
  public record Row(
      @Nested PaperRow paper,
      java.time.LocalDate firstListed,
      java.time.LocalDate lastListed,
      int total) {}

  private static final List<String> REFRESH =
      List.of(
          "DELETE FROM paper_words WHERE rowid IN (SELECT paper_rowid FROM search_pending)",
          "DELETE FROM paper_grams WHERE rowid IN (SELECT paper_rowid FROM search_pending)",
          "INSERT INTO paper_words (rowid, title, summary, keywords, digest)"
              + " SELECT rowid, title, summary, keywords, digest FROM paper_document"
              + " WHERE rowid IN (SELECT paper_rowid FROM search_pending)",
          "INSERT INTO paper_grams (rowid, keywords, digest)"
              + " SELECT rowid, keywords, digest FROM paper_document"
              + " WHERE rowid IN (SELECT paper_rowid FROM search_pending)",
          "DELETE FROM search_pending");

  /**
   * Indexes the papers the triggers of V7 marked as changed, in one batch (the caller's
   * transaction); returns how many.
   */
  static int refresh(Handle handle) {
    int pending = handle.createQuery("SELECT count(*) FROM search_pending").mapTo(int.class).one();
    if (pending > 0) {
      REFRESH.forEach(handle::execute);
    }
    return pending;
  }

  static SearchResult run(Handle handle, SearchQuery q) {
    List<String> terms = SearchQuery.terms(q.text());
    List<String> words = new ArrayList<>();
    List<String> grams = new ArrayList<>();
    for (String t : terms) {
      if (!SearchQuery.hangul(t)) {
        words.add(quote(t) + "*");
      } else if (t.codePointCount(0, t.length()) >= 3) {
        grams.add(quote(t));
      } else {
        words.add(quote(t) + "*");
      }
    }
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = new StringBuilder();
    sql.append(
        """
        WITH found AS (
          SELECT p.*,
            (SELECT s.upvotes FROM snapshot s WHERE s.paper_id = p.id
              ORDER BY s.fetched_at DESC LIMIT 1) AS upvotes,
            (SELECT s.comments FROM snapshot s WHERE s.paper_id = p.id
              ORDER BY s.fetched_at DESC LIMIT 1) AS comments,
            (SELECT s.github_stars FROM snapshot s WHERE s.paper_id = p.id
              ORDER BY s.fetched_at DESC LIMIT 1) AS github_stars,
            (SELECT min(l.list_date) FROM listing l WHERE l.paper_id = p.id) AS first_listed,
            (SELECT max(l.list_date) FROM listing l WHERE l.paper_id = p.id) AS last_listed,
        """);
    sql.append(words.isEmpty() ? "0.0" : "w.score").append(" AS score FROM paper p\n");
    if (!words.isEmpty()) {
      sql.append(
          "JOIN (SELECT rowid, bm25(paper_words, 10.0, 1.0, 5.0, 2.0) AS score FROM paper_words"
              + " WHERE paper_words MATCH :words) w ON w.rowid = p.rowid\n");
      binds.put("words", String.join(" ", words));
    }
    sql.append("WHERE 1 = 1\n");
    if (!grams.isEmpty()) {
      sql.append("AND p.rowid IN (SELECT rowid FROM paper_grams WHERE paper_grams MATCH :grams)\n");
      binds.put("grams", String.join(" ", grams));
    }
    if (present(q.organization())) {
      sql.append(
          "AND (p.org_name = :org COLLATE NOCASE OR p.org_fullname = :org COLLATE NOCASE)\n");
      binds.put("org", q.organization().strip());
    }
    if (present(q.keyword())) {
      sql.append(
          "AND EXISTS (SELECT 1 FROM json_each(p.ai_keywords) k"
              + " WHERE k.value = :keyword COLLATE NOCASE)\n");
      binds.put("keyword", q.keyword().strip());
    }
    if (q.from() != null || q.to() != null) {
      sql.append(
          "AND EXISTS (SELECT 1 FROM listing l WHERE l.paper_id = p.id"
              + " AND l.list_date BETWEEN :from AND :to)\n");
      binds.put("from", q.from() == null ? "0000-01-01" : q.from().toString());
      binds.put("to", q.to() == null ? "9999-12-31" : q.to().toString());
    }
    sql.append(")\nSELECT *, count(*) OVER () AS total FROM found\n");
    if (q.minUpvotes() != null) {
      sql.append("WHERE coalesce(upvotes, 0) >= :min\n");
      binds.put("min", q.minUpvotes());
    }
    sql.append(
        switch (q.sort()) {
          case RELEVANCE -> "ORDER BY score, upvotes DESC, id\n";
          case UPVOTES -> "ORDER BY upvotes DESC, id\n";
          case DATE -> "ORDER BY last_listed DESC, upvotes DESC, id\n";
        });
    sql.append("LIMIT :limit OFFSET :offset");
    binds.put("limit", q.pageSize());
    binds.put("offset", (q.page() - 1) * q.pageSize());
    Query query = handle.createQuery(sql.toString());
    binds.forEach(query::bind);
    List<Row> rows = query.mapTo(Row.class).list();
    int total = rows.isEmpty() ? count(handle, q) : rows.get(0).total();
    return new SearchResult(
        total,
        rows.stream()
            .map(r -> new SearchResult.Hit(r.paper().toPaper(), r.firstListed(), r.lastListed()))
            .toList(),
        terms);
  }

  /** The total of a page past the last one: searched again for page 1. */
  private static int count(Handle handle, SearchQuery q) {
    if (q.page() == 1) {
      return 0;
    }
    SearchQuery first =
        new SearchQuery(
            q.text(),
            q.organization(),
            q.keyword(),
            q.from(),
            q.to(),
            q.minUpvotes(),
            q.sort(),
            1,
            1);
    return run(handle, first).total();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** One FTS5 string: the term in double quotes, its own quotes doubled. */
  static String quote(String term) {
    return '"' + term.replace("\"", "\"\"") + '"';
  }
}
