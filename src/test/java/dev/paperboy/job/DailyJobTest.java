package dev.paperboy.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerStatus;
import dev.paperboy.hf.DirectorySource;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.publish.PostSettings;
import dev.paperboy.publish.Templates;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyJobTest {
  static final LocalDate THU = LocalDate.of(2026, 8, 20);

  @TempDir Path tmp;
  Path site;
  Path source;
  Archive archive;

  @BeforeEach
  void setUp() {
    site = tmp.resolve("site");
    source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    archive = Archive.open(site.resolve(".paperboy/archive.db"), Fixtures.clock());
  }

  @AfterEach
  void tearDown() {
    archive.close();
  }

  DailyJob job(Clock clock) {
    return job(clock, java.time.Duration.ofDays(1));
  }

  DailyJob job(Clock clock, java.time.Duration budget) {
    return new DailyJob(
        new DirectorySource(source, clock),
        archive,
        new SiteWriter(site),
        new DailyPost(new Templates(site), PostSettings.defaults()),
        10,
        "paperboy test",
        clock,
        null,
        null,
        budget,
        dev.paperboy.radar.Radar.NONE,
        null);
  }

  RunSummary run(List<LocalDate> dates) {
    return job(Fixtures.clock()).run(dates, o -> {});
  }

  Map<Path, FileTime> files() throws Exception {
    Map<Path, FileTime> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p :
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.startsWith(site.resolve(".paperboy")))
              .toList()) {
        files.put(p, Files.getLastModifiedTime(p));
      }
    }
    return files;
  }

  @Test
  void publishesEveryFixtureDayAndASecondRunChangesNoFile() throws Exception {
    RunSummary first = run(Fixtures.DAYS);
    assertThat(first.exitCode()).isZero();
    assertThat(first.count(DateOutcome.Published.class)).isEqualTo(10);
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (Path p : files().keySet()) {
      Files.setLastModifiedTime(p, old);
    }
    Map<Path, byte[]> before = new HashMap<>();
    for (Path p : files().keySet()) {
      before.put(p, Files.readAllBytes(p));
    }

    RunSummary second = run(Fixtures.DAYS);

    assertThat(second.outcomes())
        .allSatisfy(
            o ->
                assertThat(((DateOutcome.Published) o).overall())
                    .isEqualTo(SiteWriter.Result.UNCHANGED));
    assertThat(files()).hasSize(20).allSatisfy((p, t) -> assertThat(t).isEqualTo(old));
    for (Path p : before.keySet()) {
      assertThat(Files.readAllBytes(p)).isEqualTo(before.get(p));
    }
    assertThat(archive.stats().listDates()).isEqualTo(10);
  }

  @Test
  void weekendIsEmptyAndGetsNoPost() throws Exception {
    RunSummary summary = run(List.of(LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 24)));

    assertThat(summary.outcomes())
        .containsExactly(
            new DateOutcome.Empty(LocalDate.of(2026, 8, 22), false),
            new DateOutcome.Empty(LocalDate.of(2026, 8, 24), true));
    assertThat(summary.exitCode()).isZero();
    assertThat(summary.problems())
        .anyMatch(l -> l.contains("2026-08-24 is a weekday with no papers"));
    assertThat(site.resolve("_posts")).doesNotExist();
    assertThat(archive.ledger().entry(LocalDate.of(2026, 8, 22)).orElseThrow().status())
        .isEqualTo(LedgerStatus.EMPTY);
  }

  @Test
  void aListIdenticalToThePreviousDaysIsRefused() throws Exception {
    Files.copy(
        source.resolve("daily_papers-2026-08-20.json"),
        source.resolve("daily_papers-2026-08-21.json"));

    RunSummary summary = run(List.of(THU, THU.plusDays(1)));

    assertThat(summary.outcomes().get(1)).isInstanceOf(DateOutcome.Refused.class);
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(site.resolve(DailyPost.path(THU.plusDays(1)))).doesNotExist();
    assertThat(archive.ledger().entry(THU.plusDays(1)).orElseThrow().reason())
        .contains("identical to that of 2026-08-20");
  }

  @Test
  void aDateThatEmptiesKeepsItsPublishedPost() throws Exception {
    run(List.of(THU));
    byte[] post = Files.readAllBytes(site.resolve(DailyPost.path(THU)));
    Files.delete(source.resolve("daily_papers-2026-08-20.json"));

    RunSummary summary = run(List.of(THU));

    assertThat(summary.outcomes().get(0)).isInstanceOf(DateOutcome.Failed.class);
    assertThat(Files.readAllBytes(site.resolve(DailyPost.path(THU)))).isEqualTo(post);
    assertThat(archive.listings().day(THU).papers()).hasSize(15);
  }

  @Test
  void oneBrokenDateDoesNotStopTheOthers() throws Exception {
    Files.writeString(
        source.resolve("daily_papers-2026-08-19.json"), "[{\"paper\":", StandardCharsets.UTF_8);

    RunSummary summary = run(List.of(LocalDate.of(2026, 8, 19), THU));

    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.outcomes().get(0))
        .isInstanceOfSatisfying(
            DateOutcome.Failed.class,
            f ->
                assertThat(f.message())
                    .contains("daily_papers-2026-08-19.json")
                    .contains("truncated"));
    assertThat(summary.outcomes().get(1)).isInstanceOf(DateOutcome.Published.class);
    assertThat(archive.ledger().entry(LocalDate.of(2026, 8, 19)).orElseThrow().status())
        .isEqualTo(LedgerStatus.FAILED);
  }

  @Test
  void growingUpvotesUpdateThePostAndItsAsOfLine() throws Exception {
    run(List.of(THU));
    String json =
        Files.readString(source.resolve("daily_papers-2026-08-20.json"), StandardCharsets.UTF_8);
    Fixtures.record(
        source.resolve("daily_papers-2026-08-20.json"),
        json.replace("\"upvotes\": 59", "\"upvotes\": 159").getBytes(StandardCharsets.UTF_8),
        Fixtures.NOW.plusSeconds(6 * 3600));
    Clock later = Clock.fixed(Fixtures.NOW.plusSeconds(9 * 3600), ZoneOffset.UTC);

    RunSummary summary = job(later).run(List.of(THU), o -> {});

    assertThat(((DateOutcome.Published) summary.outcomes().get(0)).overall())
        .isEqualTo(SiteWriter.Result.UPDATED);
    String post = Files.readString(site.resolve(DailyPost.path(THU)), StandardCharsets.UTF_8);
    assertThat(post).contains("좋아요 수는 2026-08-21 18:00 KST 기준").contains("- 👍 159");
    assertThat(post.indexOf("👍 159")).isLessThan(post.indexOf("👍 92"));
  }

  /**
   * 2026-08-21 recorded a day later than 2026-08-20, listing five of its papers again with other
   * counts (it happens in real recordings).
   */
  void recordOverlappingNextDay() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var entries =
        (com.fasterxml.jackson.databind.node.ArrayNode) mapper.readTree(Fixtures.day(THU));
    var next = mapper.createArrayNode();
    for (int i = 0; i < 5; i++) {
      var entry = entries.get(i).deepCopy();
      var paper = (com.fasterxml.jackson.databind.node.ObjectNode) entry.get("paper");
      paper.put("upvotes", paper.get("upvotes").asInt() + 40 + i);
      next.add(entry);
    }
    Fixtures.record(
        source.resolve("daily_papers-2026-08-21.json"),
        mapper.writeValueAsBytes(next),
        Fixtures.NOW.plusSeconds(24 * 3600));
  }

  @Test
  void rerunningDatesThatShareAPaperWithOtherCountsChangesNoByte() throws Exception {
    recordOverlappingNextDay();
    List<LocalDate> range = List.of(THU, THU.plusDays(1));
    run(range);
    String thu = Files.readString(site.resolve(DailyPost.path(THU)), StandardCharsets.UTF_8);
    String fri =
        Files.readString(site.resolve(DailyPost.path(THU.plusDays(1))), StandardCharsets.UTF_8);
    assertThat(thu).contains("좋아요 수는 2026-08-21 12:00 KST 기준");
    assertThat(fri).contains("좋아요 수는 2026-08-22 12:00 KST 기준");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Map<Path, byte[]> before = new HashMap<>();
    for (Path p : files().keySet()) {
      Files.setLastModifiedTime(p, old);
      before.put(p, Files.readAllBytes(p));
    }

    for (List<LocalDate> again : List.of(range, List.of(THU), List.of(THU.plusDays(1)), range)) {
      RunSummary summary =
          job(Clock.fixed(Fixtures.NOW.plusSeconds(7 * 86_400), ZoneOffset.UTC))
              .run(again, o -> {});
      assertThat(summary.outcomes())
          .allSatisfy(
              o ->
                  assertThat(((DateOutcome.Published) o).overall())
                      .isEqualTo(SiteWriter.Result.UNCHANGED));
    }

    assertThat(files()).hasSize(4).allSatisfy((p, t) -> assertThat(t).isEqualTo(old));
    for (Path p : before.keySet()) {
      assertThat(Files.readAllBytes(p)).as(p.toString()).isEqualTo(before.get(p));
    }
    assertThat(archive.listings().history(firstId())).hasSize(2);
  }

  String firstId() throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Fixtures.day(THU))
        .get(0)
        .get("paper")
        .get("id")
        .asText();
  }

  @Test
  void twoSitesBuiltFromTheSameFilesAtDifferentTimesAreByteIdentical() throws Exception {
    recordOverlappingNextDay();
    List<LocalDate> dates = new java.util.ArrayList<>(Fixtures.DAYS);
    dates.add(THU.plusDays(1));
    run(dates);
    Path first = site;
    Path second = tmp.resolve("second");
    try (Archive other = Archive.open(second.resolve(".paperboy/archive.db"), Fixtures.clock())) {
      Clock aMinuteLater = Clock.fixed(Fixtures.NOW.plusSeconds(60), ZoneOffset.UTC);
      new DailyJob(
              new DirectorySource(source, aMinuteLater),
              other,
              new SiteWriter(second),
              new DailyPost(new Templates(second), PostSettings.defaults()),
              10,
              "paperboy test",
              aMinuteLater,
              null,
              null,
              java.time.Duration.ofDays(1),
              dev.paperboy.radar.Radar.NONE,
              null)
          .run(dates, o -> {});
    }
    Map<Path, FileTime> firstFiles = files();
    site = second;
    Map<Path, FileTime> secondFiles = files();
    assertThat(secondFiles).hasSameSizeAs(firstFiles).hasSize(22);
    for (Path p : firstFiles.keySet()) {
      Path twin = second.resolve(first.relativize(p));
      assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(p));
    }
  }

  @Test
  void aDateThatFailedInTheMiddleOfTheWindowIsRetriedByAPlainRun() throws Exception {
    // A week of recorded days, 2026-08-17 to 2026-08-21, today being 2026-08-27: 08-19 is broken.
    LocalDate today = LocalDate.of(2026, 8, 27);
    Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    byte[] day = Fixtures.day(THU);
    for (int i = 17; i <= 21; i++) {
      LocalDate d = LocalDate.of(2026, 8, i);
      byte[] body =
          new String(day, StandardCharsets.UTF_8)
              .replace("2608.", "26" + i + ".")
              .getBytes(StandardCharsets.UTF_8);
      Fixtures.record(source.resolve("daily_papers-" + d + ".json"), body, Fixtures.NOW);
    }
    Path broken = source.resolve("daily_papers-2026-08-19.json");
    byte[] good = Files.readAllBytes(broken);
    Files.writeString(broken, "[{\"paper\":", StandardCharsets.UTF_8);

    RunSummary first = job(clock).run(DatePlan.catchUp(today, archive, 14, 3), o -> {});
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(archive.ledger().entry(LocalDate.of(2026, 8, 19)).orElseThrow().status())
        .isEqualTo(LedgerStatus.FAILED);

    Files.write(broken, good);
    List<LocalDate> plan = DatePlan.catchUp(today, archive, 14, 3);
    assertThat(plan).contains(LocalDate.of(2026, 8, 19)).doesNotContain(LocalDate.of(2026, 8, 18));
    RunSummary second = job(clock).run(plan, o -> {});

    assertThat(second.exitCode()).isZero();
    assertThat(archive.ledger().entry(LocalDate.of(2026, 8, 19)).orElseThrow().status())
        .isEqualTo(LedgerStatus.PUBLISHED);
    assertThat(site.resolve(DailyPost.path(LocalDate.of(2026, 8, 19)))).isRegularFile();
  }

  /** A clock that moves 20 minutes on every reading. */
  static final class Ticking extends Clock {
    private final java.util.concurrent.atomic.AtomicLong minutes =
        new java.util.concurrent.atomic.AtomicLong();

    @Override
    public Instant instant() {
      return Fixtures.NOW.plusSeconds(60 * minutes.getAndAdd(20));
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void datesNotStartedWithinTheRunsBudgetAreLeftForTheNextRun() {
    List<LocalDate> dates = new java.util.ArrayList<>(Fixtures.DAYS);

    RunSummary summary = job(new Ticking(), java.time.Duration.ofMinutes(30)).run(dates, o -> {});

    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.outcomes().get(0)).isInstanceOf(DateOutcome.Published.class);
    DateOutcome last = summary.outcomes().get(summary.outcomes().size() - 1);
    assertThat(last)
        .isInstanceOfSatisfying(
            DateOutcome.NotFetched.class,
            n -> assertThat(n.reason()).isEqualTo("the run's time budget of 30 min was used up"));
    assertThat(archive.ledger().entry(last.date())).as("left for the next run").isEmpty();
    assertThat(summary.problems()).anyMatch(l -> l.startsWith("Not fetched: "));
  }
}
