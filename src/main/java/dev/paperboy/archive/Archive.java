package dev.paperboy.archive;

import dev.paperboy.hf.Counts;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.Paper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite archive: every paper ever fetched, its upvote history, the papers of each list date,
 * and a ledger of what happened to each date. One connection, used from one thread at a time.
 *
 * <p>Every write of a fetch is one transaction, so a process killed mid-run leaves the archive as
 * it was before that date or after it, never in between. Fetching a date again updates rows, never
 * duplicates them; a snapshot row is added only when the counters changed.
 */
public final class Archive implements AutoCloseable {

  /** The highest migration in {@code db/migration}; ArchiveTest keeps the two in step. */
  static final int SCHEMA_VERSION = 10;

  private final Path file;
  private final Handle handle;
  private final Clock clock;
  private final boolean readOnly;

  private Archive(Path file, Handle handle, Clock clock, boolean readOnly) {
    this.file = file;
    this.handle = handle;
    this.clock = clock;
    this.readOnly = readOnly;
  }

  /** Opens (creating and migrating as needed) the archive at {@code file}. */
  public static Archive open(Path file, Clock clock) {
    return open(file, clock, false);
  }

  /**
   * A second, read-only connection to an archive that {@link #open} has already brought up to date
   * (see {@link ArchiveReaders}); it never writes, so its searches do not index pending papers.
   */
  static Archive openReader(Path file, Clock clock) {
    return open(file, clock, true);
  }

  private static Archive open(Path file, Clock clock, boolean readOnly) {
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(10_000);
      // Nothing reads generated keys; the driver would otherwise scan every statement's SQL for
      // them.
      config.setGetGeneratedKeys(false);
      // Pages of the search indexes and abstracts stay in memory between a server's requests.
      config.setCacheSize(-32_768);
      if (readOnly) {
        config.setReadOnly(true);
      } else {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
      }
      SQLiteDataSource dataSource = new SQLiteDataSource(config);
      dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
      if (!upToDate(dataSource)) {
        if (readOnly) {
          throw new ArchiveException(
              file, "Cannot read the archive", new IllegalStateException("not migrated yet"));
        }
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .loggers("slf4j")
            .load()
            .migrate();
      }
      Jdbi jdbi = Columns.register(Jdbi.create(dataSource));
      for (Class<?> row :
          List.of(
              LedgerEntry.class,
              DayRow.class,
              Observation.class,
              MediaLog.Entry.class,
              AnalysisCache.Entry.class,
              RunLog.Run.class,
              PaperSearch.Row.class,
              PaperRow.class,
              ListDay.class)) {
        register(jdbi, row);
      }
      return new Archive(file, jdbi.open(), clock, readOnly);
    } catch (IOException | FlywayException | JdbiException e) {
      throw new ArchiveException(file, "Cannot open the archive", e);
    }
  }

  private static <T> void register(Jdbi jdbi, Class<T> row) {
    jdbi.registerRowMapper(row, ReusedRowMapper.of(row));
  }

  /**
   * Whether the archive already has every bundled migration, read straight from Flyway's history
   * table. Starting Flyway costs most of a second on every run; it is only needed for a new or
   * older archive.
   */
  private static boolean upToDate(SQLiteDataSource dataSource) {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
      return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
    } catch (SQLException e) {
      return false;
    }
  }

  public Path file() {
    return file;
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
  public synchronized ArchivedDay record(DailyList list) {
    Instant fetchedAt = list.fetchedAt().truncatedTo(ChronoUnit.MILLIS);
    String date = list.date().toString();
    Instant[] asOf = {null};
    inTransaction(
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
              .bind("now", clock.instant())
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
  public synchronized ArchivedDay day(LocalDate date) {
    List<ArchivedDay> days = days(date, date);
    return days.isEmpty()
        ? new ArchivedDay(date, List.of(), null, ledger(date).map(LedgerEntry::source).orElse(null))
        : days.get(0);
  }

  /**
   * Every list date from {@code from} to {@code to} that holds papers, oldest first, each as {@link
   * #day} reads it: one query for the whole range.
   */
  public synchronized List<ArchivedDay> days(LocalDate from, LocalDate to) {
    List<DayRow> rows =
        query(
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
    Map<LocalDate, String> sources = new java.util.HashMap<>();
    for (LedgerEntry e : ledger(from, to)) {
      sources.put(e.date(), e.source());
    }
    Map<LocalDate, List<DayRow>> byDate = new java.util.LinkedHashMap<>();
    for (DayRow row : rows) {
      byDate.computeIfAbsent(row.listDate(), d -> new java.util.ArrayList<>()).add(row);
    }
    List<ArchivedDay> days = new java.util.ArrayList<>();
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

  private static final String LEDGER =
      "SELECT list_date AS date, status, paper_count, source, fetched_at, published_at, reason"
          + " FROM ledger";

  /** The upvote history of a paper, oldest first: one observation per change of its counters. */
  public synchronized List<Observation> history(String paperId) {
    return query(
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

  /** The ledger row of {@code date}, if the job has ever looked at it. */
  public synchronized Optional<LedgerEntry> ledger(LocalDate date) {
    return query(
        () ->
            handle
                .createQuery(LEDGER + " WHERE list_date = ?")
                .bind(0, date)
                .mapTo(LedgerEntry.class)
                .findOne());
  }

  /** Every ledger row from {@code from} to {@code to} inclusive, oldest first. */
  public synchronized List<LedgerEntry> ledger(LocalDate from, LocalDate to) {
    return query(
        () ->
            handle
                .createQuery(LEDGER + " WHERE list_date BETWEEN ? AND ? ORDER BY list_date")
                .bind(0, from)
                .bind(1, to)
                .mapTo(LedgerEntry.class)
                .list());
  }

  /**
   * The newest date before {@code date} whose list held papers, with the ids it held: the day a
   * repeated list would repeat.
   */
  public synchronized Optional<PreviousList> previousList(LocalDate date) {
    List<Map.Entry<LocalDate, String>> rows =
        query(
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

  /**
   * One page of papers matching {@code query}, over the full-text indexes of migration V7; papers
   * changed since the last search are indexed first ({@link #refreshSearch}).
   */
  public synchronized SearchResult search(SearchQuery query) {
    if (!readOnly) {
      refreshSearch();
    }
    return query(() -> PaperSearch.run(handle, query));
  }

  /**
   * Indexes for search every paper added or changed since the index was last brought up to date, in
   * one transaction, and returns how many: writes only note what changed, so that a run never pays
   * for the index row by row. The first call on an archive from before V7 indexes it all.
   */
  public synchronized int refreshSearch() {
    boolean pending =
        query(
            () ->
                handle
                    .createQuery("SELECT EXISTS (SELECT 1 FROM search_pending)")
                    .mapTo(boolean.class)
                    .one());
    if (!pending) {
      return 0;
    }
    int[] indexed = {0};
    inTransaction("Cannot update the search index", h -> indexed[0] = PaperSearch.refresh(h));
    return indexed[0];
  }

  /** A list date and how many papers it held. */
  public record ListDay(LocalDate date, int papers) {}

  /** Every list date that holds papers, newest first. */
  public synchronized List<ListDay> listDays() {
    return query(
        () ->
            handle
                .createQuery(
                    "SELECT list_date AS date, count(*) AS papers FROM listing"
                        + " GROUP BY list_date ORDER BY list_date DESC")
                .mapTo(ListDay.class)
                .list());
  }

  /** A paper with its latest counters, if the archive has it. */
  public synchronized Optional<dev.paperboy.hf.Paper> paper(String id) {
    return query(
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
  public synchronized List<LocalDate> listedOn(String paperId) {
    return query(
        () ->
            handle
                .createQuery("SELECT list_date FROM listing WHERE paper_id = ? ORDER BY list_date")
                .bind(0, paperId)
                .mapTo(LocalDate.class)
                .list());
  }

  /** The newest cached analysis of a paper under prompt {@code promptVersion} (JSON, model). */
  public synchronized Optional<CachedAnalysis> latestAnalysis(
      String paperId, String promptVersion) {
    return query(
        () ->
            handle
                .createQuery(
                    "SELECT model, body FROM analysis WHERE paper_id = ? AND prompt_version = ?"
                        + " ORDER BY created_at DESC LIMIT 1")
                .bind(0, paperId)
                .bind(1, promptVersion)
                .map((rs, ctx) -> new CachedAnalysis(rs.getString(1), rs.getString(2)))
                .findOne());
  }

  /** A digest analysis as cached: the model that wrote it and its validated JSON. */
  public record CachedAnalysis(String model, String body) {}

  /** The newest list date that holds papers, if any does. */
  public synchronized Optional<LocalDate> lastListDate() {
    return query(
        () ->
            handle
                .createQuery("SELECT max(list_date) FROM listing")
                .mapTo(LocalDate.class)
                .findOne());
  }

  /** The list dates from {@code from} to {@code to} inclusive that hold papers, oldest first. */
  public synchronized List<LocalDate> listDates(LocalDate from, LocalDate to) {
    return query(
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
  public synchronized List<ArchivedDay> month(YearMonth month) {
    return days(month.atDay(1), month.atEndOfMonth());
  }

  /** When the report of {@code month} was finished, if it was. */
  public synchronized Optional<Instant> monthFinished(YearMonth month) {
    return query(
        () ->
            handle
                .createQuery("SELECT finished_at FROM month_report WHERE month = ?")
                .bind(0, month.toString())
                .mapTo(Instant.class)
                .findOne());
  }

  /** Records that the report of {@code month} was finished at {@code at}. */
  public synchronized void markMonthFinished(YearMonth month, Instant at) {
    inTransaction(
        "Cannot record the report of " + month,
        h ->
            h.createUpdate(
                    "INSERT INTO month_report (month, finished_at) VALUES (?, ?)"
                        + " ON CONFLICT (month) DO UPDATE SET finished_at = excluded.finished_at")
                .bind(0, month.toString())
                .bind(1, at)
                .execute());
  }

  /** Marks a date published at {@code at}. */
  public synchronized void markPublished(LocalDate date, Instant at) {
    setStatus(date, LedgerStatus.PUBLISHED, null, at);
  }

  /** Marks a date failed with a reason; its archived papers and published posts are kept. */
  public synchronized void markFailed(LocalDate date, String reason) {
    setStatus(date, LedgerStatus.FAILED, reason, null);
  }

  private void setStatus(LocalDate date, LedgerStatus status, String reason, Instant published) {
    inTransaction(
        "Cannot update the ledger for " + date,
        h ->
            h.createUpdate(
                    """
                    INSERT INTO ledger (list_date, status, reason, published_at, updated_at)
                    VALUES (:date, :status, :reason, :published, :now)
                    ON CONFLICT (list_date) DO UPDATE SET status = excluded.status,
                      reason = excluded.reason,
                      published_at = coalesce(excluded.published_at, ledger.published_at),
                      updated_at = excluded.updated_at
                    """)
                .bind("date", date)
                .bind("status", status)
                .bind("reason", reason)
                .bind("published", published)
                .bind("now", clock.instant())
                .execute());
  }

  /** The record of the digest's images, stored in this archive. */
  public MediaLog media() {
    return new MediaLog(this, handle);
  }

  /** The record of daily runs, stored in this archive. */
  public RunLog runs() {
    return new RunLog(this, handle);
  }

  /** How many images are stored, missing and failed, by status. */
  public synchronized java.util.Map<MediaLog.Status, Integer> mediaCounts() {
    return query(
        () ->
            handle
                .createQuery(
                    "SELECT status, count(*) AS n FROM media WHERE name <> 'figures' GROUP BY status")
                .map(
                    (rs, ctx) ->
                        java.util.Map.entry(
                            MediaLog.Status.valueOf(
                                rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                            rs.getInt(2)))
                .collectToMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
  }

  /** The cache of model analyses, stored in this archive. */
  public AnalysisCache analyses() {
    return new AnalysisCache(this, handle);
  }

  /** Counts papers, snapshots and list dates, for summaries and tests. */
  /**
   * SQLite's {@code data_version} of this connection: it changes whenever another connection (or
   * process) commits a change to the archive, and never for this connection's own writes.
   */
  public synchronized long dataVersion() {
    return query(() -> handle.createQuery("PRAGMA data_version").mapTo(long.class).one());
  }

  public synchronized Stats stats() {
    return query(
        () ->
            handle
                .createQuery(
                    """
                    SELECT (SELECT count(*) FROM paper) AS papers,
                           (SELECT count(*) FROM snapshot) AS snapshots,
                           (SELECT count(DISTINCT list_date) FROM listing) AS dates
                    """)
                .map(
                    (rs, ctx) ->
                        new Stats(rs.getInt("papers"), rs.getInt("snapshots"), rs.getInt("dates")))
                .one());
  }

  /** Archive totals. */
  public record Stats(int papers, int snapshots, int listDates) {}

  @Override
  public synchronized void close() {
    handle.close();
  }

  Instant now() {
    return clock.instant();
  }

  void inTransaction(String what, java.util.function.Consumer<Handle> work) {
    try {
      handle.useTransaction(work::accept);
    } catch (JdbiException e) {
      throw new ArchiveException(file, what, e);
    }
  }

  <T> T query(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      throw new ArchiveException(file, "Cannot read the archive", e);
    }
  }
}
