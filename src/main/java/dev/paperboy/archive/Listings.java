package dev.paperboy.archive;

import dev.paperboy.hf.Counts;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * What each list date held: the papers (with their metadata as the newest list date gave it), the
 * counters each date's latest fetch saw, and every paper's upvote history. Shares the archive's
 * connection and lock.
 *
 * <p>Every write of a fetch is one transaction, so a process killed mid-run leaves the archive as
 * it was before that date or after it, never in between. Fetching a date again updates rows, never
 * duplicates them; a snapshot row is added only when the counters changed.
 */
public final class Listings {
  private final Archive archive;
  private final Handle handle;

  Listings(Archive archive, Handle handle) {
    this.archive = archive;
    this.handle = handle;
  }

  /**
   * Stores a fetched list: upserts its papers, adds counter snapshots where they changed, replaces
   * the date's listing (with the counters this fetch saw) and marks the ledger {@code empty} or
   * {@code fetched}, all in one transaction.
   *
   * <p>The listing keeps, per paper, when its counters were first seen for this date: a fetch that
   * sees the same counters again leaves that time alone, so the day's "as of" only moves when its
   * counts do. A snapshot is added when the counters differ from the paper's latest snapshot at or
   * before the fetch's time, so recorded files processed in any order give the same history.
   *
   * @return the date as {@link #day} now reads it, without reading it back
   */
  public ArchivedDay record(DailyList list) {
    Instant fetchedAt = list.fetchedAt().truncatedTo(ChronoUnit.MILLIS);
    String date = list.date().toString();
    Instant[] asOf = {null};
    archive.inTransaction(
        "Cannot store " + list.date(),
        h -> {
          if (!list.papers().isEmpty()) {
            PreparedBatch upsert = h.prepareBatch(UPSERT_PAPER);
            for (Paper paper : list.papers()) {
              upsert
                  .bindMethods(PaperRow.of(paper))
                  .bind("fetchedAt", fetchedAt)
                  .bind("listDate", date)
                  .add();
            }
            upsert.execute();
            addSnapshots(h, list.papers(), fetchedAt);
          }
          Map<String, Observation> before =
              h.createQuery(
                      "SELECT paper_id, upvotes, comments, github_stars, seen_at FROM listing"
                          + " WHERE list_date = ?")
                  .bind(0, date)
                  .mapTo(Observation.class)
                  .collectToMap(Observation::paperId, seen -> seen);
          h.execute("DELETE FROM listing WHERE list_date = ?", date);
          if (!list.papers().isEmpty()) {
            PreparedBatch insert =
                h.prepareBatch(
                    """
                    INSERT INTO listing (list_date, paper_id, upvotes, comments, github_stars,
                      seen_at)
                    VALUES (:date, :paperId, :upvotes, :comments, :githubStars, :seenAt)
                    """);
            for (Paper paper : list.papers()) {
              Counts c = paper.counts();
              Observation old = before.get(paper.id());
              Instant seenAt =
                  old != null && old.counts().equals(c) && old.seenAt() != null
                      ? old.seenAt()
                      : fetchedAt;
              if (asOf[0] == null || seenAt.isAfter(asOf[0])) {
                asOf[0] = seenAt;
              }
              insert
                  .bindMethods(
                      new Observation(
                          paper.id(), c.upvotes(), c.comments(), c.githubStars(), seenAt))
                  .bind("date", date)
                  .add();
            }
            insert.execute();
          }
          h.createUpdate(
                  """
                  INSERT INTO ledger (list_date, status, paper_count, source, fetched_at, updated_at)
                  VALUES (:date, :status, :count, :source, :fetched, :now)
                  ON CONFLICT (list_date) DO UPDATE SET status = excluded.status,
                    paper_count = excluded.paper_count, source = excluded.source,
                    fetched_at = excluded.fetched_at, reason = NULL, updated_at = excluded.updated_at
                  """)
              .bind("date", date)
              .bind("status", list.isEmpty() ? LedgerStatus.EMPTY : LedgerStatus.FETCHED)
              .bind("count", list.papers().size())
              .bind("source", list.origin())
              .bind("fetched", fetchedAt)
              .bind("now", archive.now())
              .execute();
        });
    List<Paper> byId = list.papers().stream().sorted(Comparator.comparing(Paper::id)).toList();
    return new ArchivedDay(list.date(), byId, asOf[0], list.origin());
  }

  /**
   * Inserts a paper, or updates it with the metadata of this fetch when its list date is at least
   * as new as the one its row came from: the row always holds the newest list date's metadata,
   * whatever order dates are processed in (V10).
   */
  private static final String UPSERT_PAPER =
      """
      INSERT INTO paper (id, title, summary, authors, org_name, org_fullname, org_avatar,
        github_repo, project_page, ai_summary, ai_keywords, ai_summary_model, thumbnail,
        media_urls, published_at, submitted_on_daily_at, submitted_by, first_seen_at, checked_at,
        metadata_date)
      VALUES (:id, :title, :summary, :authors, :orgName, :orgFullname, :orgAvatar, :githubRepo,
        :projectPage, :aiSummary, :aiKeywords, :aiSummaryModel, :thumbnail, :mediaUrls,
        :publishedAt, :submittedOnDailyAt, :submittedBy, :fetchedAt, :fetchedAt, :listDate)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
        authors = excluded.authors, org_name = excluded.org_name,
        org_fullname = excluded.org_fullname, org_avatar = excluded.org_avatar,
        github_repo = excluded.github_repo, project_page = excluded.project_page,
        ai_summary = excluded.ai_summary, ai_keywords = excluded.ai_keywords,
        ai_summary_model = excluded.ai_summary_model, thumbnail = excluded.thumbnail,
        media_urls = excluded.media_urls, published_at = excluded.published_at,
        submitted_on_daily_at = excluded.submitted_on_daily_at,
        submitted_by = excluded.submitted_by,
        first_seen_at = min(paper.first_seen_at, excluded.first_seen_at),
        checked_at = max(paper.checked_at, excluded.checked_at),
        metadata_date = excluded.metadata_date
      WHERE excluded.metadata_date >= coalesce(paper.metadata_date, '')
      """;

  /**
   * A listing row's counters and when they were first seen for that list (internal; public for
   * Jdbi).
   */
  public record Observation(
      String paperId,
      int upvotes,
      int comments,
      @Nullable Integer githubStars,
      @Nullable Instant seenAt) {
    Counts counts() {
      return new Counts(upvotes, comments, githubStars);
    }
  }

  private static void addSnapshots(Handle h, List<Paper> papers, Instant at) {
    Map<String, Counts> previous =
        h.createQuery(
                """
                SELECT s.paper_id, s.upvotes, s.comments, s.github_stars, s.fetched_at AS seen_at
                FROM snapshot s
                WHERE s.paper_id IN (SELECT value FROM json_each(:ids)) AND s.fetched_at =
                  (SELECT max(fetched_at) FROM snapshot
                   WHERE paper_id = s.paper_id AND fetched_at <= :at)
                """)
            .bind("ids", papers.stream().map(Paper::id).toList())
            .bind("at", at)
            .mapTo(Observation.class)
            .collectToMap(Observation::paperId, Observation::counts);
    PreparedBatch insert =
        h.prepareBatch(
            """
            INSERT OR REPLACE INTO snapshot (paper_id, fetched_at, upvotes, comments, github_stars)
            VALUES (:paperId, :seenAt, :upvotes, :comments, :githubStars)
            """);
    int added = 0;
    for (Paper p : papers) {
      Counts c = p.counts();
      if (!c.equals(previous.get(p.id()))) {
        insert
            .bindMethods(new Observation(p.id(), c.upvotes(), c.comments(), c.githubStars(), at))
            .add();
        added++;
      }
    }
    if (added > 0) {
      insert.execute();
    }
  }

  /**
   * The papers of a list date with the counters its latest fetch saw; empty when the date is
   * unknown. Its {@code countsAsOf} is when the newest of those counters was first seen.
   */
  public ArchivedDay day(LocalDate date) {
    List<ArchivedDay> days = days(date, date);
    return days.isEmpty()
        ? new ArchivedDay(
            date,
            List.of(),
            null,
            archive.ledger().entry(date).map(LedgerEntry::source).orElse(null))
        : days.get(0);
  }

  /**
   * Every list date from {@code from} to {@code to} that holds papers, oldest first, each as {@link
   * #day} reads it: one query for the whole range.
   */
  public List<ArchivedDay> days(LocalDate from, LocalDate to) {
    List<DayRow> rows =
        archive.query(
            () ->
                handle
                    .createQuery(
                        """
                        SELECT l.list_date, p.*, l.upvotes, l.comments, l.github_stars, l.seen_at
                        FROM listing l JOIN paper p ON p.id = l.paper_id
                        WHERE l.list_date BETWEEN ? AND ?
                        ORDER BY l.list_date, p.id
                        """)
                    .bind(0, from.toString())
                    .bind(1, to.toString())
                    .mapTo(DayRow.class)
                    .list());
    Map<LocalDate, String> sources = new HashMap<>();
    for (LedgerEntry e : archive.ledger().entries(from, to)) {
      sources.put(e.date(), e.source());
    }
    Map<LocalDate, List<DayRow>> byDate = new LinkedHashMap<>();
    for (DayRow row : rows) {
      byDate.computeIfAbsent(row.listDate(), d -> new ArrayList<>()).add(row);
    }
    List<ArchivedDay> days = new ArrayList<>();
    byDate.forEach(
        (date, listed) ->
            days.add(
                new ArchivedDay(
                    date,
                    listed.stream().map(r -> r.paper().toPaper()).toList(),
                    listed.stream().map(DayRow::seenAt).max(Instant::compareTo).orElse(null),
                    sources.get(date))));
    return days;
  }

  /**
   * A listed paper, its list date and when its counters were first seen for the list (internal;
   * public for Jdbi).
   */
  public record DayRow(LocalDate listDate, @Nested PaperRow paper, Instant seenAt) {}

  /** The upvote history of a paper, oldest first: one observation per change of its counters. */
  public List<Observation> history(String paperId) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    """
                    SELECT paper_id, upvotes, comments, github_stars, fetched_at AS seen_at
                    FROM snapshot WHERE paper_id = ? ORDER BY fetched_at
                    """)
                .bind(0, paperId)
                .mapTo(Observation.class)
                .list());
  }

  /** The upvote histories of {@code paperIds}, each oldest first, by paper id: one query. */
  public Map<String, List<Observation>> histories(java.util.Collection<String> paperIds) {
    List<Observation> rows =
        archive.query(
            () ->
                handle
                    .createQuery(
                        """
                        SELECT paper_id, upvotes, comments, github_stars, fetched_at AS seen_at
                        FROM snapshot WHERE paper_id IN (SELECT value FROM json_each(:ids))
                        ORDER BY paper_id, fetched_at
                        """)
                    .bind("ids", List.copyOf(paperIds))
                    .mapTo(Observation.class)
                    .list());
    Map<String, List<Observation>> out = new LinkedHashMap<>();
    for (Observation o : rows) {
      out.computeIfAbsent(o.paperId(), k -> new ArrayList<>()).add(o);
    }
    return out;
  }

  /**
   * The newest date before {@code date} whose list held papers, with the ids it held: the day a
   * repeated list would repeat.
   */
  public Optional<PreviousList> previousList(LocalDate date) {
    List<Map.Entry<LocalDate, String>> rows =
        archive.query(
            () ->
                handle
                    .createQuery(
                        """
                        SELECT list_date, paper_id FROM listing WHERE list_date =
                          (SELECT max(list_date) FROM listing WHERE list_date < ?)
                        """)
                    .bind(0, date)
                    .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString(1)), rs.getString(2)))
                    .list());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = new TreeSet<>();
    rows.forEach(row -> ids.add(row.getValue()));
    return Optional.of(new PreviousList(rows.get(0).getKey(), ids));
  }

  /** A list date and the ids it held. */
  public record PreviousList(LocalDate date, Set<String> ids) {}

  /** A list date and how many papers it held. */
  public record ListDay(LocalDate date, int papers) {}

  /** Every list date that holds papers, newest first. */
  public List<ListDay> listDays() {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT list_date AS date, count(*) AS papers FROM listing"
                        + " GROUP BY list_date ORDER BY list_date DESC")
                .mapTo(ListDay.class)
                .list());
  }

  /** A paper with its latest counters, if the archive has it. */
  public Optional<Paper> paper(String id) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    """
                    SELECT p.*, s.upvotes, s.comments, s.github_stars FROM paper p
                    LEFT JOIN snapshot s ON s.paper_id = p.id AND s.fetched_at =
                      (SELECT max(fetched_at) FROM snapshot WHERE paper_id = p.id)
                    WHERE p.id = ?
                    """)
                .bind(0, id)
                .mapTo(PaperRow.class)
                .findOne()
                .map(PaperRow::toPaper));
  }

  /** The list dates that held a paper, oldest first. */
  public List<LocalDate> listedOn(String paperId) {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT list_date FROM listing WHERE paper_id = ? ORDER BY list_date")
                .bind(0, paperId)
                .mapTo(LocalDate.class)
                .list());
  }

  /** The newest list date that holds papers, if any does. */
  public Optional<LocalDate> lastListDate() {
    return archive.query(
        () ->
            handle
                .createQuery("SELECT max(list_date) FROM listing")
                .mapTo(LocalDate.class)
                .findOne());
  }

  /** The list dates from {@code from} to {@code to} inclusive that hold papers, oldest first. */
  public List<LocalDate> listDates(LocalDate from, LocalDate to) {
    return archive.query(
        () ->
            handle
                .createQuery(
                    "SELECT DISTINCT list_date FROM listing WHERE list_date BETWEEN ? AND ?"
                        + " ORDER BY list_date")
                .bind(0, from)
                .bind(1, to)
                .mapTo(LocalDate.class)
                .list());
  }

  /**
   * The list dates of {@code month} that hold papers, oldest first, each as {@link #day} reads it.
   */
  public List<ArchivedDay> month(YearMonth month) {
    return days(month.atDay(1), month.atEndOfMonth());
  }
}
