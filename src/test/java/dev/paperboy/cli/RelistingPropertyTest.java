package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.util.Console;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: over random weekdays built from the real fixtures, where papers come back on later
 * dates with any mix of changed fields, any sequence of runs (dates in any order, repeated, one at
 * a time or in ranges) publishes every date, a re-run changes no byte, the site equals one built in
 * date order, and so does the site after its archive is lost and rebuilt from {@code _data}.
 */
class RelistingPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FIRST = LocalDate.of(2026, 7, 6);
  private static final int WEEKDAYS = 9;

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void anySequenceOfRunsOverRelistedPapersPublishesEveryDateAndConverges(long seed)
      throws Exception {
    Random random = new Random(seed);
    Path source = tmp.resolve("recorded");
    List<LocalDate> dates = writeDays(source, random);
    Path site = tmp.resolve("site");
    Clock clock = Clock.fixed(Instant.parse("2026-07-20T03:00:00Z"), ZoneOffset.UTC);

    for (int run = 0; run < 6; run++) {
      List<LocalDate> some = new ArrayList<>(dates);
      java.util.Collections.shuffle(some, random);
      some = some.subList(0, 1 + random.nextInt(some.size()));
      for (LocalDate date : some) {
        daily(site, source, clock, "--date", date.toString());
      }
    }
    LocalDate from = dates.get(random.nextInt(dates.size()));
    daily(site, source, clock, "--from", from.toString(), "--to", dates.getLast().toString());
    daily(site, source, clock, "--from", dates.getFirst().toString(), "--to", from.toString());
    daily(
        site,
        source,
        clock,
        "--from",
        dates.getFirst().toString(),
        "--to",
        dates.getLast().toString());
    Map<String, byte[]> settled = files(site);
    Map<String, FileTime> times = times(site);

    daily(
        site,
        source,
        clock,
        "--from",
        dates.getFirst().toString(),
        "--to",
        dates.getLast().toString());
    assertSame(files(site), settled, "a re-run");
    assertThat(times(site)).as("a re-run touches no file").isEqualTo(times);

    Path inOrder = tmp.resolve("in-order");
    daily(
        inOrder,
        source,
        clock,
        "--from",
        dates.getFirst().toString(),
        "--to",
        dates.getLast().toString());
    // The weekly edition's and monthly report's risers and late bloomers come from the upvote
    // history: when each count was observed, which the order of runs decides. Everything else
    // must be the same.
    assertSame(
        withoutHistory(files(inOrder)), withoutHistory(settled), "a site built in date order");

    try (Stream<Path> archive = Files.list(site.resolve(".paperboy"))) {
      for (Path f :
          archive.filter(f -> f.getFileName().toString().startsWith("archive.db")).toList()) {
        Files.delete(f);
      }
    }
    daily(
        site,
        source,
        clock,
        "--from",
        dates.getFirst().toString(),
        "--to",
        dates.getLast().toString());
    assertSame(files(site), settled, "a run after the archive was rebuilt from _data");
    assertThat(times(site)).as("a run after the rebuild touches no file").isEqualTo(times);
  }

  private static void daily(Path site, Path source, Clock clock, String... dates) {
    List<String> args = new ArrayList<>(List.of("daily", "--create", "--site", site.toString()));
    args.addAll(List.of("--source", source.toString(), "--no-images"));
    args.addAll(List.of(dates));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PaperboyCommand.execute(args.toArray(String[]::new), Console.of(out, err), clock);
    assertThat(code)
        .as(
            "%s%n%s%n%s",
            args, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("FAILED");
  }

  /**
   * Writes {@link #WEEKDAYS} recorded days from {@link #FIRST}: each takes a few papers of the day
   * before (relisted, most with changed fields) and new ones from the fixtures.
   */
  private static List<LocalDate> writeDays(Path dir, Random random) throws Exception {
    List<ObjectNode> pool = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (LocalDate d : Fixtures.DAYS) {
      for (JsonNode entry : JSON.readTree(Fixtures.day(d))) {
        if (seen.putIfAbsent(entry.get("paper").get("id").asText(), true) == null) {
          pool.add((ObjectNode) entry.deepCopy());
        }
      }
    }
    java.util.Collections.shuffle(pool, random);
    List<LocalDate> dates = new ArrayList<>();
    List<ObjectNode> previous = List.of();
    int next = 0;
    for (LocalDate date = FIRST; dates.size() < WEEKDAYS; date = date.plusDays(1)) {
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      List<ObjectNode> day = new ArrayList<>();
      for (ObjectNode old : previous) {
        if (random.nextInt(3) == 0) {
          day.add(random.nextInt(4) == 0 ? old.deepCopy() : changed(old, random));
        }
      }
      for (int n = 4 + random.nextInt(10); n > 0; n--) {
        day.add(pool.get(next++ % pool.size()).deepCopy());
      }
      for (ObjectNode entry : day) {
        ObjectNode paper = (ObjectNode) entry.get("paper");
        paper.put("submittedOnDailyAt", date + "T00:00:00.000Z");
        paper.put("upvotes", paper.path("upvotes").asInt() + random.nextInt(5));
      }
      ArrayNode body = JSON.createArrayNode();
      day.forEach(body::add);
      Fixtures.record(
          dir.resolve("daily_papers-" + date + ".json"),
          JSON.writeValueAsBytes(body),
          date.plusDays(1).atTime(2, 45).toInstant(ZoneOffset.UTC));
      dates.add(date);
      previous = day;
    }
    return dates;
  }

  /** A copy of {@code entry} with a random mix of its fields changed, as a relisting brings. */
  private static ObjectNode changed(ObjectNode entry, Random random) {
    ObjectNode copy = entry.deepCopy();
    ObjectNode paper = (ObjectNode) copy.get("paper");
    String tag = Integer.toString(random.nextInt(1_000_000), 36);
    List<Runnable> changes =
        List.of(
            () -> {
              paper.put("title", "Relisted " + tag + " " + paper.path("title").asText());
              copy.put("title", paper.get("title").asText());
            },
            () -> paper.put("summary", paper.path("summary").asText() + " Revised " + tag + "."),
            () -> paper.putArray("ai_keywords").add("keyword " + tag).add("relisting"),
            () -> paper.put("ai_summary", "A new AI summary " + tag + "."),
            () -> {
              ObjectNode org = JSON.createObjectNode();
              org.put("_id", tag).put("name", "org-" + tag).put("fullname", "Org " + tag);
              paper.set("organization", org);
              copy.set("organization", org.deepCopy());
            },
            () -> paper.put("githubRepo", "https://github.com/relisted/" + tag),
            () -> paper.put("githubStars", random.nextInt(5000)),
            () ->
                paper
                    .putArray("authors")
                    .addObject()
                    .put("_id", tag)
                    .put("name", "Author " + tag)
                    .put("hidden", false),
            () -> paper.put("projectPage", "https://relisted.example/" + tag),
            () -> copy.putObject("submittedBy").put("user", "user-" + tag).put("fullname", tag),
            () -> copy.put("numComments", random.nextInt(40)));
    for (int n = 1 + random.nextInt(changes.size()); n > 0; n--) {
      changes.get(random.nextInt(changes.size())).run();
    }
    return copy;
  }

  private static Map<String, byte[]> files(Path site) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = site.relativize(p).toString();
        if (!name.startsWith(".paperboy")) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static Map<String, byte[]> withoutHistory(Map<String, byte[]> files) {
    Map<String, byte[]> out = new TreeMap<>(files);
    out.replaceAll(
        (name, bytes) ->
            name.endsWith("-weekly-papers.md") || name.endsWith("-monthly-papers-summary.md")
                ? new String(bytes, StandardCharsets.UTF_8)
                    .replaceAll("(?s)### 🚀 급상승.*?(?=## 📅|### 📌)", "")
                    .replaceAll("(?s)## 🚀 이번 달 급상승.*?(?=## 🏷️)", "")
                    .getBytes(StandardCharsets.UTF_8)
                : bytes);
    return out;
  }

  private static Map<String, FileTime> times(Path site) throws Exception {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = site.relativize(p).toString();
        if (!name.startsWith(".paperboy")) {
          times.put(name, Files.getLastModifiedTime(p));
        }
      }
    }
    return times;
  }

  private static void assertSame(
      Map<String, byte[]> actual, Map<String, byte[]> expected, String what) {
    assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(new String(actual.get(name), StandardCharsets.UTF_8))
          .as(what + ": " + name)
          .isEqualTo(new String(expected.get(name), StandardCharsets.UTF_8));
    }
  }
}
