package dev.paperboy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a golden file under {@code src/test/resources/golden}, byte for
 * byte. Run with {@code -Dgolden.update=true} to rewrite the golden files after an intended change,
 * then review the diff.
 */
public final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
      }
      assertThat(file)
          .as("golden file %s (run with -Dgolden.update=true to create)", file)
          .exists();
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
          .as("rendered output vs %s", file)
          .isEqualTo(actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
