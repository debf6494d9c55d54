package dev.paperboy.archive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Which archived papers each watchlist matches and why: a copy of the site's watchlists applied to
 * the whole archive, replaced whole when they are applied again. Shares the archive's connection
 * and lock.
 */
public final class WatchIndex {
  private final Archive archive;
  private final Handle handle;

  WatchIndex(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /** One paper a watchlist matched. */
  public record Row(String watchlist, String title, String paperId, String why) {}

  /** A watchlist with how many archived papers it matches. */
  public record Watched(String watchlist, String title, int papers) {}

  /** A paper in a watchlist (internal; public for Jdbi). */
  public record Membership(String paperId, String watchlist) {}

  /** How many of a watchlist's papers were first listed in a month. */
  public record MonthCount(YearMonth month, int papers) {}

  /** Replaces every row with {@code rows}, in one transaction. */
  public void replace(Collection<Row> rows) {
    List<Row> copy = List.copyOf(rows);
    archive.inTransaction(
        "Cannot keep the watchlists' " + copy.size() + " matches",
        h -> {
          h.execute("DELETE FROM watch_match");
          if (copy.isEmpty()) {
            return;
          }
          PreparedBatch batch =
              h.prepareBatch(
                  "INSERT OR REPLACE INTO watch_match (watchlist, title, paper_id, why)"
                      + " VALUES (:watchlist, :title, :paperId, :why)");
          for (Row r : copy) {
            batch.bindMethods(r).add();
          }
          batch.execute();
        });
  }

  /** The watchlists with at least one match, by name, with their counts. */
  public List<Watched> watchlists() {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT watchlist, min(title) AS title, count(*) AS papers FROM watch_match"
                        + " GROUP BY watchlist ORDER BY watchlist")
                .mapTo(Watched.class)
                .list());
  }

  /** The watchlists each matched paper is in, by paper id. */
  public Map<String, List<String>> byPaper() {
    return archive.query(
        () -> {
          Map<String, List<String>> out = new LinkedHashMap<>();
          handle
              .createQuery(
                  "SELECT paper_id, watchlist FROM watch_match ORDER BY paper_id, watchlist")
              .mapTo(Membership.class)
              .forEach(
                  m -> out.computeIfAbsent(m.paperId(), k -> new ArrayList<>()).add(m.watchlist()));
          return out;
        });
  }

  /** Watchlist {@code name}'s papers by the month they were first listed, oldest first. */
  public List<MonthCount> months(String name) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT substr(first, 1, 7) AS month, count(*) AS papers FROM ("
                        + " SELECT (SELECT min(l.list_date) FROM listing l"
                        + " WHERE l.paper_id = w.paper_id) AS first"
                        + " FROM watch_match w WHERE w.watchlist = :name)"
                        + " WHERE first IS NOT NULL GROUP BY month ORDER BY month")
                .bind("name", name)
                .mapTo(MonthCount.class)
                .list());
  }
}
