package dev.paperboy.job;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.DailyList;
import dev.paperboy.publish.DailyData;
import dev.paperboy.publish.DailyPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Restores an archive from the site's own data files ({@code _data/papers/daily-DATE.json}), so
 * that a fresh CI runner or a lost cache never means re-posting or losing history: every paper with
 * the counters its day showed and when they were seen, and the ledger marks a date published when
 * its post exists. What the data files do not hold (model analyses, image records, the upvote
 * history between the shown counts) is not restored; a model analysis is asked for again when a
 * digest needs it.
 */
public final class ArchiveRebuild {
  /** Where the data files are, relative to the site. */
  public static final String FOLDER = "_data/papers";

  private static final Pattern DATA_FILE = Pattern.compile("daily-\\d{4}-\\d{2}-\\d{2}\\.json");

  private ArchiveRebuild() {}

  /**
   * What a rebuild restored.
   *
   * @param skipped one line per data file that could not be read, with the reason
   */
  public record Result(int dates, int papers, List<String> skipped) {
    public Result {
      skipped = List.copyOf(skipped);
    }

    /** The line a run prints. */
    public String line() {
      return "Archive rebuilt from the site's data files: "
          + dates
          + " date(s), "
          + papers
          + " paper(s)"
          + (skipped.isEmpty()
              ? "."
              : "; " + skipped.size() + " file(s) unreadable: " + skipped.get(0));
    }
  }

  /** The site's data files, oldest first; none when the folder is missing. */
  public static List<Path> dataFiles(Path site) {
    Path dir = site.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> DATA_FILE.matcher(f.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Records every data file of {@code site} into {@code archive}. */
  public static Result run(Path site, Archive archive, Clock clock) {
    int dates = 0;
    int papers = 0;
    List<String> skipped = new ArrayList<>();
    for (Path file : dataFiles(site)) {
      ArchivedDay day;
      try {
        day = DailyData.read(Files.readAllBytes(file));
      } catch (IOException | IllegalArgumentException e) {
        skipped.add(file.getFileName() + " (" + e.getMessage() + ")");
        continue;
      }
      archive
          .listings()
          .record(
              new DailyList(
                  day.date(),
                  day.papers(),
                  day.countsAsOf() != null ? day.countsAsOf() : clock.instant(),
                  day.source() != null ? day.source() : file.getFileName().toString()));
      if (Files.isRegularFile(site.resolve(DailyPost.path(day.date())))) {
        archive.ledger().markPublished(day.date(), clock.instant());
      }
      dates++;
      papers += day.papers().size();
    }
    return new Result(dates, papers, skipped);
  }
}
