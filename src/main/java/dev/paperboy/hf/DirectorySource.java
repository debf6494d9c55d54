package dev.paperboy.hf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Recorded responses in a folder, one {@code daily_papers-YYYY-MM-DD.json} per list date, exactly
 * as the API returned them. A missing file is an empty day. Counters are stamped with the file's
 * modification time, which is when the response was recorded, never with the time of the run: the
 * same files give the same posts whenever they are processed. The provenance recorded is the file
 * name alone, so that published data does not reveal local paths.
 */
public final class DirectorySource implements PaperSource {
  /** The largest recorded response read: real days are well under 1 MB. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path dir;
  private final Clock clock;

  public DirectorySource(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
  }

  /** The file name a recorded response for {@code date} has. */
  public static String fileName(LocalDate date) {
    return "daily_papers-" + date + ".json";
  }

  @Override
  public String describe() {
    return dir.toString();
  }

  @Override
  public FetchOutcome fetch(LocalDate date) {
    Path file = dir.resolve(fileName(date));
    byte[] body;
    Instant recordedAt;
    try {
      recordedAt = Files.getLastModifiedTime(file).toInstant();
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new SourceFormatException(
            file.toString(),
            "is "
                + size / (1024 * 1024)
                + " MB, more than the "
                + MAX_BYTES / (1024 * 1024)
                + " MB a day's response can be; refused (the other dates go on)");
      }
      body = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new FetchOutcome.Listed(
          new DailyList(date, List.of(), clock.instant(), file.getFileName().toString()));
    } catch (IOException e) {
      throw new SourceFormatException(file.toString(), "cannot read the file: " + e, e);
    }
    EntryParser.Parsed parsed = EntryParser.read(body, file.toString());
    return new FetchOutcome.Listed(
        new DailyList(
            date, parsed.papers(), recordedAt, file.getFileName().toString(), parsed.skipped()));
  }
}
