package dev.paperboy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Writes a folder of recorded responses for consecutive weekdays, cycling through the ten real
 * fixtures with fresh arXiv ids, so that every day is a distinct, realistic list. As in the real
 * API, a paper of the previous day now and then comes back on the next day's list with changed
 * metadata (keywords, AI summary, organization, repository): every fifth day relists one. Used by
 * the kill test and by {@code bench/backfill.sh}: {@code java ... SyntheticYear OUT_DIR WEEKDAYS
 * [PER_DAY]}, where PER_DAY caps the papers of a day (the real two years average 17; the fixtures
 * 27); from the command line the days end in the past week, since a run refuses future dates.
 */
public final class SyntheticYear {
  /** The first synthetic list date (a Monday). */
  public static final LocalDate START = LocalDate.of(2025, 1, 6);

  private SyntheticYear() {}

  /** Writes {@code weekdays} files into {@code dir}; returns the last list date written. */
  public static LocalDate write(Path dir, int weekdays) throws IOException {
    return write(dir, weekdays, Integer.MAX_VALUE);
  }

  /** As {@link #write(Path, int)}, with at most {@code perDay} papers a day. */
  public static LocalDate write(Path dir, int weekdays, int perDay) throws IOException {
    return write(dir, START, weekdays, perDay);
  }

  /** As {@link #write(Path, int, int)}, from the weekday {@code start}. */
  public static LocalDate write(Path dir, LocalDate start, int weekdays, int perDay)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode[] days = new JsonNode[Fixtures.DAYS.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = json.readTree(Fixtures.day(Fixtures.DAYS.get(i)));
    }
    Files.createDirectories(dir);
    LocalDate date = start;
    int serial = 0;
    LocalDate last = null;
    JsonNode previous = null;
    for (int written = 0; written < weekdays; date = date.plusDays(1)) {
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      com.fasterxml.jackson.databind.node.ArrayNode day = json.createArrayNode();
      for (JsonNode entry : days[written % days.length]) {
        if (day.size() < perDay) {
          day.add(entry.deepCopy());
        }
      }
      for (JsonNode entry : day) {
        String id =
            String.format(
                "%02d%02d.%05d", date.getYear() % 100, date.getMonthValue(), serial++ % 100_000);
        ((ObjectNode) entry.get("paper")).put("id", id);
        ((ObjectNode) entry.get("paper")).put("upvotes", (serial * 7919) % 300);
      }
      if (previous != null && !previous.isEmpty() && written % 5 == 0) {
        ObjectNode relisted = previous.get(0).deepCopy();
        ObjectNode paper = (ObjectNode) relisted.get("paper");
        paper.putArray("ai_keywords").add("relisted").add("keyword " + written);
        paper.put("ai_summary", "Relisted on " + date + " with a new summary.");
        paper.put("githubRepo", "https://github.com/relisted/r" + written);
        paper.put("githubStars", written);
        paper.put("upvotes", paper.path("upvotes").asInt() + 3);
        day.add(relisted);
      }
      Files.write(dir.resolve("daily_papers-" + date + ".json"), json.writeValueAsBytes(day));
      previous = day;
      last = date;
      written++;
    }
    return last;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int weekdays = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    int perDay = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    // Whole weeks back from last week's Monday, so that no list date is in the future.
    LocalDate start =
        LocalDate.now(java.time.ZoneOffset.UTC)
            .with(DayOfWeek.MONDAY)
            .minusWeeks((weekdays + 4) / 5 + 1);
    LocalDate last = write(dir, start, weekdays, perDay);
    System.out.println(start + " " + last);
  }
}
