package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerStatus;
import dev.paperboy.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lost or broken archive is rebuilt from the site's data files, and no post changes. */
class ArchiveRebuildTest {
  @TempDir Path tmp;
  Path site;
  Path source;
  Path db;

  @BeforeEach
  void publishTheFixtureDays() {
    site = tmp.resolve("site");
    source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    db = site.resolve(".paperboy/archive.db");
    assertThat(daily().code()).isZero();
  }

  CliTest.Run daily() {
    return CliTest.run(
        "daily",
        "--create",
        "--site",
        site.toString(),
        "--source",
        source.toString(),
        "--from",
        "2024-06-03",
        "--to",
        "2026-08-20",
        "--no-images");
  }

  Map<Path, byte[]> postsAgedAndRead() throws Exception {
    Map<Path, byte[]> files = new HashMap<>();
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p :
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.startsWith(site.resolve(".paperboy")))
              .toList()) {
        Files.setLastModifiedTime(p, old);
        files.put(p, Files.readAllBytes(p));
      }
    }
    return files;
  }

  void assertNothingChanged(Map<Path, byte[]> before) throws Exception {
    for (var e : before.entrySet()) {
      assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
      assertThat(Files.getLastModifiedTime(e.getKey()).toInstant())
          .as(e.getKey().toString())
          .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    }
  }

  @Test
  void aDeletedArchiveIsRebuiltAndNoPostChanges() throws Exception {
    Map<Path, byte[]> before = postsAgedAndRead();
    assertThat(before)
        .as("posts, data files, charts, the weekly editions and two feeds")
        .hasSize(70);
    Files.delete(db);
    Files.deleteIfExists(db.resolveSibling("archive.db-wal"));
    Files.deleteIfExists(db.resolveSibling("archive.db-shm"));

    CliTest.Run again = daily();

    assertThat(again.code()).isZero();
    assertThat(again.out())
        .contains("No archive at " + db + ": rebuilding it")
        .contains("Archive rebuilt from the site's data files: 10 date(s), 274 paper(s).")
        .contains("10 published (0 new, 0 updated, 10 unchanged)");
    assertNothingChanged(before);
    try (Archive archive = Archive.open(db, Fixtures.clock())) {
      assertThat(archive.ledger().entry(LocalDate.of(2026, 8, 20)).orElseThrow().status())
          .isEqualTo(LedgerStatus.PUBLISHED);
    }
  }

  @Test
  void anUnreadableArchiveIsMovedAsideAndRebuilt() throws Exception {
    Map<Path, byte[]> before = postsAgedAndRead();
    Files.deleteIfExists(db.resolveSibling("archive.db-wal"));
    Files.deleteIfExists(db.resolveSibling("archive.db-shm"));
    Files.writeString(
        db, "this is not a database, a cache restore went wrong", StandardCharsets.UTF_8);

    CliTest.Run again = daily();

    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("is unreadable", "moved it to " + db + ".unreadable");
    assertThat(again.out()).contains("Archive rebuilt from the site's data files: 10 date(s)");
    assertThat(db.resolveSibling("archive.db.unreadable")).isRegularFile();
    assertNothingChanged(before);
  }

  @Test
  void rebuildOnDemandRestoresTheLedger() throws Exception {
    Files.delete(db);

    CliTest.Run rebuild = CliTest.run("archive", "rebuild", "--site", site.toString());

    assertThat(rebuild.code()).isZero();
    assertThat(rebuild.out()).contains("10 date(s), 274 paper(s)");
    try (Archive archive = Archive.open(db, Fixtures.clock())) {
      assertThat(archive.stats().listDates()).isEqualTo(10);
      assertThat(archive.ledger().entry(LocalDate.of(2024, 6, 3)).orElseThrow().status())
          .isEqualTo(LedgerStatus.PUBLISHED);
    }
  }
}
