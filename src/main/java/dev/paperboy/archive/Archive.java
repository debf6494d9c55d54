package dev.paperboy.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite archive, opened and migrated: it hands out one class per part, all sharing its one
 * connection and lock (each statement runs under the lock, so any thread may call them).
 *
 * <pre>
 * listings()      papers, what each list date held with its counters, upvote history
 * ledger()        what happened to each list date (empty, fetched, published, failed)
 * monthReports()  which monthly reports are final
 * analyses()      the model's cached analyses
 * media()         the digest's images, stored, missing or failed
 * pages()         each paper's arXiv page: figures and full text, or why there is none
 * hub()           what the Hugging Face Hub has that cites each digest paper
 * deliveries()    what was pushed to which team chat, and what is owed
 * embeddings()    each paper's sentence embedding, for the watchlists' interests
 * watched()       which archived papers each watchlist matches, for the archive browser
 * runs()          what each run did and spent
 * search()        full-text search over papers and digests (PaperSearch)
 * </pre>
 *
 * The site's {@code _data/papers/daily-DATE.json} files are its backup: a lost archive is rebuilt
 * from them (job.ArchiveRebuild).
 */
public final class Archive implements AutoCloseable {

  /** The highest migration in {@code db/migration}; ArchiveTest keeps the two in step. */
  static final int SCHEMA_VERSION = 15;

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
  Archive openReader() {
    return open(file, clock, true);
  }

  private static Archive open(Path file, Clock clock, boolean readOnly) {
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(10_000);
      // Nothing reads generated keys; the driver would otherwise scan every statement for them.
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
      Jdbi jdbi = ReusedRowMapper.registerRows(Columns.register(Jdbi.create(dataSource)));
      return new Archive(file, jdbi.open(), clock, readOnly);
    } catch (IOException | FlywayException | JdbiException e) {
      throw new ArchiveException(file, "Cannot open the archive", e);
    }
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

  /** Papers, list dates and upvote history. */
  public Listings listings() {
    return new Listings(this, handle);
  }

  /** What happened to each list date. */
  public Ledger ledger() {
    return new Ledger(this, handle);
  }

  /** Which monthly reports are final. */
  public MonthReports monthReports() {
    return new MonthReports(this, handle);
  }

  /** The record of the digest's images. */
  public MediaLog media() {
    return new MediaLog(this, handle);
  }

  /** What each paper's arXiv page gave. */
  public PageLog pages() {
    return new PageLog(this, handle);
  }

  /** What the Hub had that cites each paper. */
  public HubLog hub() {
    return new HubLog(this, handle);
  }

  /** The ledger of pushes to team chat. */
  public DeliveryLog deliveries() {
    return new DeliveryLog(this, handle);
  }

  /** Each paper's sentence embedding by model. */
  public WatchIndex watched() {
    return new WatchIndex(this, handle);
  }

  public EmbeddingLog embeddings() {
    return new EmbeddingLog(this, handle);
  }

  /** The record of runs. */
  public RunLog runs() {
    return new RunLog(this, handle);
  }

  /** The model's cached analyses. */
  public AnalysisCache analyses() {
    return new AnalysisCache(this, handle);
  }

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

  /** SQLite's {@code data_version}: changed by other connections' commits, never by our own. */
  public long dataVersion() {
    return query(() -> handle.createQuery("PRAGMA data_version").mapTo(long.class).one());
  }

  /** Counts papers, snapshots and list dates, for summaries and tests. */
  public Stats stats() {
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

  /** The archive's clock: when rows written now were written. */
  Instant now() {
    return clock.instant();
  }

  /** Runs {@code work} in one transaction under the archive's lock. */
  synchronized void inTransaction(String what, Consumer<Handle> work) {
    try {
      handle.useTransaction(work::accept);
    } catch (JdbiException e) {
      throw new ArchiveException(file, what, e);
    }
  }

  /** Runs a read under the archive's lock. */
  synchronized <T> T query(Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      throw new ArchiveException(file, "Cannot read the archive", e);
    }
  }
}
