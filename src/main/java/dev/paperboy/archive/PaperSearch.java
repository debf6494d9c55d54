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
      int total,
      @Nullable String snippet) {}

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

  /** A counter of the paper's latest snapshot, by column name. */
  private static final String LATEST =
      "(SELECT s.%s FROM snapshot s WHERE s.paper_id = p.id ORDER BY s.fetched_at DESC LIMIT 1)";

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
    StringBuilder sql = new StringBuilder("WITH\n");
    if (!words.isEmpty()) {
      // Materialized, so that bm25 runs once per match, not once per use of the score.
      sql.append(
          "w AS MATERIALIZED (SELECT rowid AS rid, bm25(paper_words, 10.0, 1.0, 5.0, 2.0) AS score"
              + " FROM paper_words WHERE paper_words MATCH :words),\n");
      binds.put("words", String.join(" ", words));
    }
    // Upvotes and the paper's row are only looked up when something needs them: a search for a
    // common word matches half the archive, and its relevance order needs neither. Then the
    // matches are w itself; else "found", materialized so that each paper's latest upvotes are
    // looked up once, not once per use.
    boolean needUpvotes =
        words.isEmpty() || q.sort() != SearchQuery.Sort.RELEVANCE || q.minUpvotes() != null;
    boolean needPaper =
        needUpvotes
            || !grams.isEmpty()
            || present(q.organization())
            || present(q.keyword())
            || present(q.watchlist())
            || q.from() != null
            || q.to() != null;
    String matches = needPaper ? "found" : "w";
    String rowid = words.isEmpty() ? "p.rowid" : "w.rid";
    List<String> columns = new ArrayList<>(List.of("rid", "score"));
    if (needPaper) {
      sql.append("found AS MATERIALIZED (\n  SELECT ")
          .append(rowid)
          .append(" AS rid, ")
          .append(words.isEmpty() ? "0.0" : "w.score")
          .append(" AS score");
      if (needUpvotes) {
        sql.append(",\n    ").append(LATEST.formatted("upvotes")).append(" AS upvotes");
        columns.add("upvotes");
      }
      if (q.sort() == SearchQuery.Sort.DATE) {
        sql.append(",\n    (SELECT max(l.list_date) FROM listing l WHERE l.paper_id = p.id)")
            .append(" AS last_listed");
        columns.add("last_listed");
      }
      sql.append(
          words.isEmpty() ? "\n  FROM paper p\n" : "\n  FROM w JOIN paper p ON p.rowid = w.rid\n");
      sql.append("  WHERE 1 = 1\n");
      if (!grams.isEmpty()) {
        sql.append(
            "  AND "
                + rowid
                + " IN (SELECT rowid FROM paper_grams WHERE paper_grams MATCH :grams)\n");
        binds.put("grams", String.join(" ", grams));
      }
      if (present(q.organization())) {
        // A union over the two indexes of V8: SQLite scans every paper for the same test with OR.
        sql.append(
            "  AND "
                + rowid
                + " IN (SELECT rowid FROM paper WHERE org_name = :org COLLATE NOCASE"
                + " UNION ALL SELECT rowid FROM paper WHERE org_fullname = :org COLLATE NOCASE)\n");
        binds.put("org", q.organization().strip());
      }
      if (present(q.keyword())) {
        // The words index narrows to papers with the keyword's words; json_each checks it exactly.
        sql.append(
            "  AND p.rowid IN (SELECT rowid FROM paper_words WHERE paper_words MATCH :keywordWords)\n"
                + "  AND EXISTS (SELECT 1 FROM json_each(p.ai_keywords) k"
                + " WHERE k.value = :keyword COLLATE NOCASE)\n");
        binds.put("keyword", q.keyword().strip());
        binds.put("keywordWords", "keywords : " + quote(q.keyword().strip()));
      }
      if (present(q.watchlist())) {
        sql.append(
            "  AND p.id IN (SELECT m.paper_id FROM watch_match m WHERE m.watchlist = :watch)\n");
        binds.put("watch", q.watchlist().strip());
      }
      if (q.from() != null || q.to() != null) {
        sql.append(
            "  AND p.id IN (SELECT l.paper_id FROM listing l"
                + " WHERE l.list_date BETWEEN :from AND :to)\n");
        binds.put("from", q.from() == null ? "0000-01-01" : q.from().toString());
        binds.put("to", q.to() == null ? "9999-12-31" : q.to().toString());
      }
      sql.append("),\n");
    }
    String order =
        switch (q.sort()) {
          case RELEVANCE -> needUpvotes ? "score, upvotes DESC, rid" : "score, rid";
          case UPVOTES -> "upvotes DESC, rid";
          case DATE -> "last_listed DESC, upvotes DESC, rid";
        };
    String kept = "";
    if (q.minUpvotes() != null) {
      kept = " WHERE coalesce(upvotes, 0) >= :min";
      binds.put("min", q.minUpvotes());
    }
    // Only the page's rows are joined to their full text and remaining counters.
    sql.append("page AS MATERIALIZED (\n  SELECT ")
        .append(String.join(", ", columns))
        .append(" FROM ")
        .append(matches)
        .append(kept)
        .append("\n  ORDER BY ")
        .append(order)
        .append(" LIMIT :limit OFFSET :offset\n)\n");
    binds.put("limit", q.pageSize());
    binds.put("offset", (q.page() - 1) * q.pageSize());
    sql.append("SELECT p.*, ")
        .append(LATEST.formatted("upvotes"))
        .append(" AS upvotes, ")
        .append(LATEST.formatted("comments"))
        .append(" AS comments, ")
        .append(LATEST.formatted("github_stars"))
        .append(" AS github_stars,\n")
        .append(
            "  (SELECT min(l.list_date) FROM listing l WHERE l.paper_id = p.id) AS first_listed,\n")
        .append(
            "  (SELECT max(l.list_date) FROM listing l WHERE l.paper_id = p.id) AS last_listed,\n")
        .append("  (SELECT count(*) FROM ")
        .append(matches)
        .append(kept)
        .append(") AS total,\n  ")
        .append(snippet(terms, words, grams))
        .append(" AS snippet\nFROM page JOIN paper p ON p.rowid = page.rid\nORDER BY page.")
        .append(order.replace(", ", ", page."));
    Query query = handle.createQuery(sql.toString());
    binds.forEach(query::bind);
    List<Row> rows = query.mapTo(Row.class).list();
    int total = rows.isEmpty() ? count(handle, q) : rows.get(0).total();
    return new SearchResult(
        total,
        rows.stream()
            .map(
                r ->
                    new SearchResult.Hit(
                        r.paper().toPaper(), r.firstListed(), r.lastListed(), r.snippet()))
            .toList(),
        terms);
  }

  /**
   * For a search with Korean terms, the digest passage of a page's row that matched, its matches
   * between {@link SearchResult#MARK_START} and {@link SearchResult#MARK_END}: a Korean word found
   * only in the digest then shows there, not in an English abstract without it. Computed for the
   * page's rows only, and over the digest column only (a snippet of every column costs 0.6 ms a
   * row); English searches mark the abstract instead, which costs nothing here.
   */
  private static String snippet(List<String> terms, List<String> words, List<String> grams) {
    if (terms.stream().noneMatch(SearchQuery::hangul)) {
      return "NULL";
    }
    String marks = "char(1), char(2), '…', 28";
    if (!words.isEmpty()) {
      return "(SELECT snippet(paper_words, 3, "
          + marks
          + ") FROM paper_words WHERE paper_words MATCH :words AND rowid = p.rowid)";
    }
    return "(SELECT snippet(paper_grams, 1, "
        + marks
        + ") FROM paper_grams WHERE paper_grams MATCH :grams AND rowid = p.rowid)";
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
            q.watchlist(),
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
