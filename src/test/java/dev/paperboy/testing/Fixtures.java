package dev.paperboy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Test resources: the recorded API responses and a fixed clock. */
public final class Fixtures {
  /** The ten real responses in {@code fixtures/}, by list date. */
  public static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2024, 6, 3),
          LocalDate.of(2024, 6, 17),
          LocalDate.of(2024, 10, 25),
          LocalDate.of(2025, 5, 22),
          LocalDate.of(2025, 9, 30),
          LocalDate.of(2025, 10, 8),
          LocalDate.of(2026, 5, 12),
          LocalDate.of(2026, 6, 12),
          LocalDate.of(2026, 7, 21),
          LocalDate.of(2026, 8, 20));

  /** 2026-08-21 03:00 UTC: after every fixture day. */
  public static final Instant NOW = Instant.parse("2026-08-21T03:00:00Z");

  private Fixtures() {}

  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  public static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  /** The recorded response of a fixture day. */
  public static byte[] day(LocalDate date) {
    return bytes("fixtures/daily_papers-" + date + ".json");
  }

  /**
   * Copies the fixture days into {@code dir} as a recorded-response source folder, each file
   * recorded (modified) at {@link #NOW}.
   */
  public static Path sourceFolder(Path dir) {
    for (LocalDate date : DAYS) {
      record(dir.resolve("daily_papers-" + date + ".json"), day(date), NOW);
    }
    return dir;
  }

  /** Writes a recorded response whose modification time, its observation time, is {@code at}. */
  public static Path record(Path file, byte[] body, Instant at) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, body);
      Files.setLastModifiedTime(file, FileTime.from(at));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
