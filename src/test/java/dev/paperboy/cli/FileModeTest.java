package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are as readable as the user's umask says, so Jekyll or a web server can read them. */
class FileModeTest {
  @TempDir Path tmp;

  /** Runs {@code paperboy ARGS} in a child process under {@code umask 022}. */
  static void runUnderUmask022(List<String> args) throws Exception {
    StringBuilder line = new StringBuilder("umask 022 && exec");
    for (String word : Processes.paperboy(args)) {
      line.append(" '").append(word.replace("'", "'\\''")).append('\'');
    }
    Process p =
        new ProcessBuilder("sh", "-c", line.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  static List<Path> files(Path site) throws Exception {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(site.resolve(".paperboy")))
          .toList();
    }
  }

  @Test
  void newFilesGetTheUmasksModeAndRewrittenFilesKeepTheirs() throws Exception {
    Path source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Path site = tmp.resolve("site");
    List<String> daily =
        List.of(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--date",
            "2026-08-20",
            "--no-images");
    runUnderUmask022(daily);
    assertThat(files(site)).as("four posts, a data file, two charts, two feeds").hasSize(9);
    for (Path file : files(site)) {
      assertThat(mode(file)).as(file.toString()).isEqualTo("rw-r--r--");
    }

    Path post = site.resolve("_posts/2026-08-20-daily-papers.md");
    Path data = site.resolve("_data/papers/daily-2026-08-20.json");
    Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-rw-r--"));
    Path recorded = source.resolve("daily_papers-2026-08-20.json");
    String json = Files.readString(recorded, StandardCharsets.UTF_8);
    Fixtures.record(
        recorded,
        json.replace("\"upvotes\": 59", "\"upvotes\": 159").getBytes(StandardCharsets.UTF_8),
        Fixtures.NOW.plusSeconds(3600));
    String before = Files.readString(post, StandardCharsets.UTF_8);
    runUnderUmask022(daily);

    assertThat(Files.readString(post, StandardCharsets.UTF_8)).isNotEqualTo(before);
    assertThat(mode(post)).isEqualTo("rw-rw-r--");
    assertThat(mode(data)).isEqualTo("rw-r--r--");
  }

  @Test
  void theDemosFilesAreReadableByOthersToo() throws Exception {
    Path site = tmp.resolve("demo");
    runUnderUmask022(new ArrayList<>(List.of("demo", "--site", site.toString())));
    assertThat(files(site)).hasSizeGreaterThan(5);
    for (Path file : files(site)) {
      assertThat(mode(file)).as(file.toString()).isEqualTo("rw-r--r--");
    }
  }
}
