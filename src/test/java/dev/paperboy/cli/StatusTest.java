package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missed week is caught up by one plain run, and 'status' says what happened. */
class StatusTest {
  @TempDir Path tmp;

  @Test
  void aMissedWeekIsCaughtUpByOnePlainRunAndStatusShowsIt() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Path source = tmp.resolve("recorded");
    Files.createDirectories(source);
    String day = new String(Fixtures.day(LocalDate.of(2026, 8, 20)), StandardCharsets.UTF_8);
    LocalDate broken = null;
    int weekdays = 0;
    for (LocalDate d = today.minusDays(10); d.isBefore(today); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() > 5) {
        continue;
      }
      String ids = String.format("%02d%02d.", d.getYear() % 100, d.getMonthValue() % 12 + 1);
      String body = day.replace("2608.", ids).replace("\"id\": \"", "\"id\": \"");
      body = body.replaceAll("(\"id\": \"\\d{4}\\.)\\d", "$1" + (d.getDayOfMonth() % 10));
      Fixtures.record(
          source.resolve("daily_papers-" + d + ".json"),
          body.getBytes(StandardCharsets.UTF_8),
          Fixtures.NOW);
      weekdays++;
      if (broken == null && weekdays == 2) {
        broken = d;
        Files.writeString(
            source.resolve("daily_papers-" + d + ".json"), "[{\"paper\":", StandardCharsets.UTF_8);
      }
    }
    Path site = tmp.resolve("site");

    CliTest.Run daily =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--no-images");
    CliTest.Run status = CliTest.run("status", "--site", site.toString());

    assertThat(daily.code()).isEqualTo(1);
    assertThat(daily.out()).contains((weekdays - 1) + " published");
    assertThat(status.code()).isZero();
    assertThat(status.out())
        .contains("Recent list dates (UTC)")
        .contains(
            broken
                + " "
                + broken
                    .getDayOfWeek()
                    .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                + "  FAILED: ")
        .contains("truncated")
        .contains("published, 15 papers")
        .containsPattern(
            "Last run: .*, \\d+ date\\(s\\): " + (weekdays - 1) + " published, 1 failed; exit 1\\.")
        .contains("This month");
  }

  @Test
  void aSiteWithoutAnArchiveSaysWhatToRun() {
    CliTest.Run status = CliTest.run("status", "--site", tmp.resolve("new").toString());
    assertThat(status.code()).isZero();
    assertThat(status.out()).contains("No archive at", "yet: run 'paperboy daily --site");
  }

  @Test
  void afterTheDemoStatusShowsTheDemosDates() {
    Path site = tmp.resolve("demo");
    assertThat(CliTest.run("demo", "--site", site.toString()).code()).isZero();

    CliTest.Run status = CliTest.run("status", "--site", site.toString());

    assertThat(status.code()).isZero();
    assertThat(status.out())
        .contains("the newest the archive holds")
        .contains("2026-08-20 Thu  published, ")
        .contains("2026-06-12 Fri  published, ")
        .contains("2025-10-08 Wed  published, ")
        .containsPattern("Last run: .*, 3 date\\(s\\): 3 published, 0 failed; exit 0\\.");
  }
}
