package dev.paperboy.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Files bundled in the jar (templates, prompts, the example config, the browser's style sheet), by
 * their path under {@code src/main/resources}. A missing one is a packaging bug, never the user's:
 * it fails with an {@link IllegalStateException} naming it.
 */
public final class Bundled {
  private Bundled() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #bytes} decoded as UTF-8. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
