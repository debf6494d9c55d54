package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.job.DateOutcome;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Console;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
  static final LocalDate THU = LocalDate.of(2026, 8, 20);

  static DateOutcome published(LocalDate date, int papers) {
    return new DateOutcome.Published(
        date,
        papers,
        Map.of(dev.paperboy.publish.DailyPost.path(date), SiteWriter.Result.CREATED),
        null,
        List.of());
  }

  @Test
  void aLogGetsOneLinePerDate() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress progress = new Progress(Console.of(out, err), 2, false)) {
      progress.accept(published(THU, 15));
      progress.accept(new DateOutcome.Failed(THU.plusDays(1), "HTTP 500"));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("[1/2] 2026-08-20 Thu  15 papers, post created\n");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("[2/2] 2026-08-21 Fri  FAILED: HTTP 500");
  }

  @Test
  void aTerminalGetsABarWithDatesPapersAndTheFailuresOnly() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress progress = new Progress(Console.of(out, err), 3, true)) {
      progress.accept(published(THU, 15));
      progress.accept(published(THU.plusDays(1), 20));
      progress.accept(new DateOutcome.Failed(THU.plusDays(4), "HTTP 500"));
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Dates", "3/3", "35 papers")
        .contains("[3/3] 2026-08-24 Mon  FAILED: HTTP 500")
        .doesNotContain("[1/3]");
  }
}
