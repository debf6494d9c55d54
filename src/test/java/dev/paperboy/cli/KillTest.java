package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.SyntheticYear;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real {@code paperboy daily} process mid-run and checks what it leaves behind. */
class KillTest {
  @TempDir Path tmp;

  @Test
  void killedRunLeavesNoPartialFileAndAConsistentArchive() throws Exception {
    Path source = tmp.resolve("recorded");
    String last = SyntheticYear.write(source, 120).toString();
    Path site = tmp.resolve("site");
    List<String> daily =
        List.of(
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
    Process process = Processes.start(daily);
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("[20/")) {
        // wait until the run is well under way
      }
      assertThat(line).as("the run printed progress").isNotNull();
      process.destroyForcibly();
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (Stream<Path> posts = Files.list(site.resolve("_posts"))) {
      List<Path> written = posts.toList();
      assertThat(written).hasSizeGreaterThanOrEqualTo(10);
      for (Path post : written) {
        String name = post.getFileName().toString();
        String text = Files.readString(post, StandardCharsets.UTF_8);
        if (name.endsWith("-daily-papers-top5.md")) {
          assertThat(text).startsWith("---\n").contains("## 1. [").endsWith("---\n");
          continue;
        }
        assertThat(name).endsWith("-daily-papers.md");
        assertThat(text).startsWith("---\n").contains("## 📊 좋아요 순위").endsWith("\n");
        long entries = text.lines().filter(l -> l.matches("\\d+\\. \\*\\*.*")).count();
        assertThat(entries).isBetween(1L, 10L);
        assertThat(text.lines().filter(l -> l.startsWith("   - Abstract: ")))
            .hasSize((int) entries);
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("   - Abstract: ");
      }
    }
    try (var connection =
            DriverManager.getConnection("jdbc:sqlite:" + site.resolve(".paperboy/archive.db"));
        var check = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
      check.next();
      assertThat(check.getString(1)).isEqualTo("ok");
    }

    CliTest.Run rerun = CliTest.run(daily.toArray(String[]::new));
    assertThat(rerun.code()).isZero();
    assertThat(rerun.out()).contains("120 published", "0 failed");
    try (Archive archive = Archive.open(site.resolve(".paperboy/archive.db"), Fixtures.clock())) {
      assertThat(archive.stats().listDates()).isEqualTo(120);
    }
    assertThat(site.resolve(".paperboy/tmp"))
        .satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
  }
}
