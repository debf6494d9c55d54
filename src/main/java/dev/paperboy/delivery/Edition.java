package dev.paperboy.delivery;

import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.Paper;
import dev.paperboy.publish.DailyData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One list date as it is pushed: its top papers as the daily post shows them (read back from the
 * post's data file, so a message says what the post says) and the post's address.
 *
 * @param postUrl the daily post's absolute URL, or null when the blog's address is unknown
 * @param total how many papers the date listed
 */
public record Edition(LocalDate date, String postUrl, List<Item> items, int total) {
  public Edition {
    Objects.requireNonNull(date, "date");
    items = List.copyOf(items);
  }

  /**
   * One paper of it: every text is untrusted, escaped by each platform's format.
   *
   * @param summaryKo the Korean one-line summary, or null
   */
  public record Item(
      int rank, String id, String title, int upvotes, String summaryKo, String hfUrl) {}

  /**
   * The edition of {@code date} with its first {@code top} papers, from the site at {@code site};
   * empty when the date has no data file (never published, or unpublished).
   */
  public static Optional<Edition> read(Path site, LocalDate date, int top, String postUrl) {
    return read(site, date, top, postUrl, null);
  }

  /**
   * As {@link #read(Path, LocalDate, int, String)}, with only the papers that matched {@code
   * watchlist} (each keeping its rank of the day) when it is not null.
   */
  public static Optional<Edition> read(
      Path site, LocalDate date, int top, String postUrl, String watchlist) {
    byte[] json;
    try {
      json = Files.readAllBytes(site.resolve(DailyData.path(date)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
    ArchivedDay day;
    try {
      day = DailyData.read(json);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Map<String, String> lines = DailyData.lines(json);
    Map<String, List<String>> watched = watchlist == null ? Map.of() : DailyData.watchlists(json);
    List<Item> items = new ArrayList<>();
    int rank = 0;
    for (Paper p : day.papers()) {
      rank++;
      if (items.size() >= top) {
        break;
      }
      if (watchlist != null && !watched.getOrDefault(p.id(), List.of()).contains(watchlist)) {
        continue;
      }
      items.add(
          new Item(rank, p.id(), p.title(), p.counts().upvotes(), lines.get(p.id()), p.hfUrl()));
    }
    return Optional.of(new Edition(date, postUrl, items, day.papers().size()));
  }
}
