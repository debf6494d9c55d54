package dev.paperboy.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only connections beside the archive: they read side by side and see every write. */
class ArchiveReadersTest {
  @TempDir Path tmp;

  static DailyList list(LocalDate date) {
    return new DailyList(date, EntryParser.parse(Fixtures.day(date), "f"), Fixtures.NOW, "f");
  }

  @Test
  void theVersionMovesWithEveryWriteFromAnyConnectionAndOnlyThen() {
    LocalDate first = Fixtures.DAYS.get(0);
    LocalDate second = Fixtures.DAYS.get(1);
    try (Archive archive = Archive.open(tmp.resolve("a.db"), Fixtures.clock());
        ArchiveReaders readers = ArchiveReaders.open(archive, 2)) {
      archive.listings().record(list(first));
      long afterFirst = readers.version();
      int listed = readers.read(a -> a.listings().day(first).papers().size());
      assertThat(listed).isPositive();
      assertThat(readers.version()).as("reads change nothing").isEqualTo(afterFirst);

      archive.listings().record(list(second));
      long afterSecond = readers.version();
      assertThat(afterSecond)
          .as("a write through the archive it was opened on")
          .isNotEqualTo(afterFirst);

      try (Archive other = Archive.open(tmp.resolve("a.db"), Fixtures.clock())) {
        other.ledger().markPublished(second, Fixtures.NOW);
      }
      assertThat(readers.version()).as("a write by another connection").isNotEqualTo(afterSecond);
      int seen = readers.read(a -> a.listings().day(second).papers().size());
      assertThat(seen).isEqualTo(archive.listings().day(second).papers().size()).isPositive();
    }
  }

  @Test
  void readersWorkSideBySide() throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("b.db"), Fixtures.clock());
        ArchiveReaders readers = ArchiveReaders.open(archive, 2)) {
      archive.listings().record(list(Fixtures.DAYS.get(0)));
      CountDownLatch both = new CountDownLatch(2);
      try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        List<Future<Integer>> reads =
            List.of(
                pool.submit(() -> readers.read(a -> holdUntilBoth(both, a))),
                pool.submit(() -> readers.read(a -> holdUntilBoth(both, a))));
        for (Future<Integer> r : reads) {
          assertThat(r.get()).isEqualTo(archive.stats().papers());
        }
      }
    }
  }

  /** Returns only once both reads hold a connection at the same time (else the test hangs). */
  private static int holdUntilBoth(CountDownLatch both, Archive a) {
    both.countDown();
    try {
      both.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return a.stats().papers();
  }
}
