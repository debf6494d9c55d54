package dev.paperboy.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Read-only connections to one archive, for a server answering requests at once: each piece of work
 * borrows an {@link Archive} (one connection, one thread at a time), so reads run side by side
 * instead of queuing on the single connection of the archive that was opened. SQLite's WAL mode
 * lets them read beside a writer too (a cron run publishing meanwhile); each read sees the archive
 * as of its start.
 *
 * <pre>
 * try (ArchiveReaders readers = ArchiveReaders.open(archive, 4)) {
 *   RankedDay day = Ranking.rank(readers.read(a -&gt; a.day(date)));
 * }
 * </pre>
 *
 * Writes stay with the archive it was opened on: {@link #search} first has that one index what
 * changed since ({@link Archive#refreshSearch}), a check of one row when nothing did.
 */
public final class ArchiveReaders implements AutoCloseable {
  private final Archive primary;
  private final Archive watcher;
  private final List<Archive> all;
  private final BlockingQueue<Archive> idle;

  private ArchiveReaders(Archive primary, Archive watcher, List<Archive> readers) {
    this.primary = primary;
    this.watcher = watcher;
    this.all = new ArrayList<>(readers);
    this.all.add(watcher);
    this.idle = new ArrayBlockingQueue<>(readers.size(), false, readers);
  }

  /** {@code count} read-only connections (at least one) to {@code primary}'s file. */
  public static ArchiveReaders open(Archive primary, int count) {
    List<Archive> readers = new ArrayList<>();
    try {
      for (int i = 0; i <= Math.max(1, count); i++) {
        readers.add(primary.openReader());
      }
    } catch (RuntimeException e) {
      readers.forEach(Archive::close);
      throw e;
    }
    Archive watcher = readers.removeLast();
    return new ArchiveReaders(primary, watcher, List.copyOf(readers));
  }

  /** Runs {@code work} on an idle reader, waiting for one if all are busy; returns its result. */
  public <T> T read(Function<Archive, T> work) {
    Archive reader;
    try {
      reader = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArchiveException(primary.file(), "Interrupted waiting to read the archive", e);
    }
    try {
      return work.apply(reader);
    } finally {
      idle.add(reader);
    }
  }

  /**
   * A number that changes whenever anything writes to the archive (a cron run, or the archive this
   * was opened on): the {@link Archive#dataVersion} of a connection of its own that never writes.
   * What was read from the archive at one version is still true at the same version.
   */
  public long version() {
    return watcher.dataVersion();
  }

  /** {@link Archive#search}, with the index first brought up to date on the primary archive. */
  public SearchResult search(SearchQuery query) {
    primary.refreshSearch();
    return read(a -> a.search(query));
  }

  @Override
  public void close() {
    all.forEach(Archive::close);
  }
}
