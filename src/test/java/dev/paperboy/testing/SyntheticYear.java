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
 * fixtures with fresh arXiv ids, so that every day is a distinct, realistic list. Used by the kill
 * test and by {@code bench/backfill.sh}: {@code java ... SyntheticYear OUT_DIR WEEKDAYS}.
 */
public final class SyntheticYear {
  /** The first synthetic list date (a Monday). */
  public static final LocalDate START = LocalDate.of(2025, 1, 6);

  private SyntheticYear() {}

  /** Writes {@code weekdays} files into {@code dir}; returns the last list date written. */
  public static LocalDate write(Path dir, int weekdays) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode[] days = new JsonNode[Fixtures.DAYS.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = json.readTree(Fixtures.day(Fixtures.DAYS.get(i)));
    }
    Files.createDirectories(dir);
    LocalDate date = START;
    int serial = 0;
    LocalDate last = null;
    for (int written = 0; written < weekdays; date = date.plusDays(1)) {
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      JsonNode day = days[written % days.length].deepCopy();
      for (JsonNode entry : day) {
        String id =
            String.format(
                "%02d%02d.%05d", date.getYear() % 100, date.getMonthValue(), serial++ % 100_000);
        ((ObjectNode) entry.get("paper")).put("id", id);
        ((ObjectNode) entry.get("paper")).put("upvotes", (serial * 7919) % 300);
      }
      Files.write(dir.resolve("daily_papers-" + date + ".json"), json.writeValueAsBytes(day));
      last = date;
      written++;
    }
    return last;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int weekdays = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    LocalDate last = write(dir, weekdays);
    System.out.println(START + " " + last);
  }
}
