package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerStatus;
import dev.paperboy.site.SiteLock;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.SyntheticYear;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on one site, in two processes: the second waits or gives up, and nothing is lost. */
class SiteLockTest {
  static final int DAYS = 150;

  @TempDir Path tmp;
  Path source;
  Path site;
  String last;

  @BeforeEach
  void setUp() throws Exception {
    source = tmp.resolve("recorded");
    last = SyntheticYear.write(source, DAYS).toString();
    site = tmp.resolve("site");
  }

  List<String> longRun() {
    return List.of(
        "daily",
        "--create",
        "--site",
        site.toString(),
        "--source",
        source.toString(),
        "--from",
        SyntheticYear.START.toString(),
        "--to",
        last,
        "--no-images");
  }

  void config(int lockWaitSeconds) throws Exception {
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "run:\n  lock-wait-seconds: " + lockWaitSeconds + "\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void aSecondRunThatCannotWaitExitsWith4AndOneLine() throws Exception {
    config(0);
    Process first = Processes.start(longRun());
    try {
      assertThat(Processes.awaitLine(first, "[5/")).isNotNull();

      CliTest.Run second =
          CliTest.run(
              "daily",
              "--create",
              "--site",
              site.toString(),
              "--source",
              source.toString(),
              "--date",
              SyntheticYear.START.toString(),
              "--no-images");

      assertThat(second.code()).isEqualTo(4);
      assertThat(second.err().lines().filter(l -> l.startsWith("paperboy: another run")))
          .singleElement()
          .asString()
          .contains("another run is working on " + site, "paperboy process " + first.pid());
    } finally {
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSecondRunWaitsForTheFirstAndNoFileIsLost() throws Exception {
    config(600);
    Process first = Processes.start(longRun());
    assertThat(Processes.awaitLine(first, "[3/")).isNotNull();

    // Starts while the first is writing; the OS lock makes it wait, it cleans no temp file of
    // the first's, then re-runs the same dates (all unchanged).
    CliTest.Run second = CliTest.run(longRun().toArray(String[]::new));

    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();
    assertThat(second.code()).isZero();
    assertThat(second.err()).contains("is in use by paperboy process " + first.pid());
    assertThat(second.out())
        .contains(DAYS + " published (0 new, 0 updated, " + DAYS + " unchanged)");
    try (Archive archive = Archive.open(site.resolve(".paperboy/archive.db"), Fixtures.clock())) {
      for (LocalDate d = SyntheticYear.START;
          !d.isAfter(LocalDate.parse(last));
          d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() <= 5) {
          assertThat(archive.ledger().entry(d).orElseThrow().status())
              .isEqualTo(LedgerStatus.PUBLISHED);
          assertThat(site.resolve("_posts/" + d + "-daily-papers.md")).isRegularFile();
          assertThat(site.resolve("_posts/" + d + "-daily-papers-top5.md")).isRegularFile();
          assertThat(site.resolve("_data/papers/daily-" + d + ".json")).isRegularFile();
        }
      }
    }
  }

  @Test
  void aKilledRunsLockIsFreeAtOnce() throws Exception {
    Process first = Processes.start(longRun());
    assertThat(Processes.awaitLine(first, "[3/")).isNotNull();
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (SiteLock lock = SiteLock.acquire(site, Duration.ZERO, holder -> {})) {
      assertThat(site.resolve(SiteLock.FILE)).content().contains("paperboy process ");
    }
  }
}
