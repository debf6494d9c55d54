package dev.paperboy.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.util.Console;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly report as cron runs make it from the API: rewritten while the month goes on, finished
 * by the first run after it ends with the month's dates fetched again (higher upvotes), and left
 * alone by a run that changes nothing.
 */
class MonthlyCliTest {
  static final String PATH = "/api/daily_papers";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Four weekdays of August 2026, each listing one of the 2026 fixtures. */
  static final Map<LocalDate, LocalDate> AUGUST =
      Map.of(
          LocalDate.of(2026, 8, 4), LocalDate.of(2026, 5, 12),
          LocalDate.of(2026, 8, 11), LocalDate.of(2026, 6, 12),
          LocalDate.of(2026, 8, 18), LocalDate.of(2026, 7, 21),
          LocalDate.of(2026, 8, 20), LocalDate.of(2026, 8, 20));

  static final String REPORT = "_posts/2026-08-01-monthly-papers-summary.md";
  static final String CHART = "assets/img/charts/monthly-2026-08.svg";

  @RegisterExtension
  static WireMockExtension hf =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path tmp;
  Path site;

  @BeforeEach
  void setUp() throws Exception {
    site = tmp.resolve("site");
    hf.stubFor(get(urlPathEqualTo(PATH)).atPriority(10).willReturn(okJson("[]")));
    serve(0);
  }

  /** Serves the August dates with every paper's upvotes raised by {@code more}. */
  void serve(int more) throws Exception {
    for (var e : AUGUST.entrySet()) {
      ArrayNode entries = (ArrayNode) JSON.readTree(Fixtures.day(e.getValue()));
      for (var entry : entries) {
        ObjectNode paper = (ObjectNode) entry.get("paper");
        paper.put("upvotes", paper.get("upvotes").asInt() + more);
      }
      hf.stubFor(
          get(urlPathEqualTo(PATH))
              .withQueryParam("date", equalTo(e.getKey().toString()))
              .atPriority(1)
              .willReturn(okJson(JSON.writeValueAsString(entries))));
    }
  }

  CliTest.Run run(String at, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
    int code = PaperboyCommand.execute(args, Console.of(out, err), clock);
    return new CliTest.Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  String report() throws Exception {
    return Files.readString(site.resolve(REPORT), StandardCharsets.UTF_8);
  }

  @Test
  void theMonthIsRewrittenWhileItGoesOnAndFinishedWithCurrentUpvotesAfterItEnds() throws Exception {
    CliTest.Run august =
        run(
            "2026-08-21T12:00:00Z",
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--from",
            "2026-08-03",
            "--to",
            "2026-08-20",
            "--no-images");

    assertThat(august.code()).as(august.err()).isZero();
    assertThat(august.out()).contains("2026-08 monthly report: created (125 papers, 4 list day(s)");
    assertThat(report())
        .contains("date: \"2026-08-01 09:15:00 +0900\"")
        .contains("이번 달은 아직 진행 중")
        .contains("1. **Zetta ζ: An Efficient Closed-Loop Embodied Harness")
        .contains("Physical Intelligence** - 👍 92\n")
        .contains("좋아요 수는 2026-08-21 21:00 KST 기준입니다.");
    assertThat(site.resolve(CHART)).exists();

    serve(100);
    CliTest.Run september =
        run(
            "2026-09-01T07:00:00Z",
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--no-images");

    assertThat(september.code()).as(september.err()).isZero();
    assertThat(september.out())
        .contains("Finishing the 2026-08 monthly report: fetching its 4 list dates again")
        .contains("2026-08 monthly report: updated (125 papers, 4 list day(s), final)");
    String finished = report();
    assertThat(finished)
        .contains("date: \"2026-09-01 09:00:00 +0900\"")
        .doesNotContain("진행 중")
        .contains("Physical Intelligence** - 👍 192\n")
        .contains("좋아요 수는 2026-09-01 16:00 KST 기준입니다.")
        .contains("- 총 좋아요: **" + (2021 + 125 * 100) + "**");
    assertThat(Files.readString(site.resolve("_posts/2026-08-20-daily-papers.md")))
        .contains("👍 192");

    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(site.resolve(REPORT), old);
    Files.setLastModifiedTime(site.resolve(CHART), old);
    byte[] chart = Files.readAllBytes(site.resolve(CHART));
    CliTest.Run again =
        run(
            "2026-09-01T08:00:00Z",
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--no-images");
    CliTest.Run onDemand =
        run(
            "2026-09-01T08:30:00Z",
            "monthly",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--month",
            "2026-08");

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("Finishing").doesNotContain("monthly report");
    assertThat(onDemand.code()).as(onDemand.err()).isZero();
    assertThat(onDemand.out())
        .contains("Fetching the 4 list dates of 2026-08 again")
        .contains("2026-08 monthly report: unchanged (125 papers, 4 list day(s), final)");
    assertThat(report()).isEqualTo(finished);
    assertThat(Files.getLastModifiedTime(site.resolve(REPORT))).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(site.resolve(CHART))).isEqualTo(old);
    assertThat(Files.readAllBytes(site.resolve(CHART))).isEqualTo(chart);
  }

  @Test
  void aRunThatChangesNoPostOfTheMonthLeavesItsReportAloneAndAMissingReportIsWritten()
      throws Exception {
    String[] august = {
      "daily",
      "--create",
      "--site",
      site.toString(),
      "--source",
      hf.baseUrl(),
      "--from",
      "2026-08-03",
      "--to",
      "2026-08-20",
      "--no-images"
    };
    assertThat(run("2026-08-21T12:00:00Z", august).out())
        .contains("2026-08 monthly report: created");

    CliTest.Run same = run("2026-08-21T13:00:00Z", august);
    assertThat(same.out())
        .contains("0 new, 0 updated, 4 unchanged")
        .doesNotContain("monthly report");

    Files.delete(site.resolve(REPORT));
    CliTest.Run missing = run("2026-08-21T14:00:00Z", august);
    assertThat(missing.out()).contains("2026-08 monthly report: created");
    assertThat(site.resolve(REPORT)).exists();
  }

  @Test
  void noFetchWritesFromTheArchiveWithoutARequestAndLeavesTheMonthUnfinished() throws Exception {
    run(
        "2026-08-21T12:00:00Z",
        "daily",
        "--create",
        "--site",
        site.toString(),
        "--source",
        hf.baseUrl(),
        "--date",
        "2026-08-20",
        "--no-images");
    Files.delete(site.resolve(REPORT));
    int requests = hf.getAllServeEvents().size();

    CliTest.Run r =
        run(
            "2026-09-02T07:00:00Z",
            "monthly",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--no-fetch");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(hf.getAllServeEvents()).hasSize(requests);
    assertThat(r.out())
        .contains("2026-08 monthly report: created (15 papers, 1 list day(s), not final yet");
    assertThat(report()).contains("date: \"2026-09-01 09:00:00 +0900\"");
  }

  @Test
  void monthlyEnabledFalseKeepsDailyFromWritingReports() throws Exception {
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(site.resolve("_paperboy/config.yml"), "monthly:\n  enabled: false\n");

    CliTest.Run r =
        run(
            "2026-08-21T12:00:00Z",
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--date",
            "2026-08-20",
            "--no-images");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 published").doesNotContain("monthly report");
    assertThat(site.resolve(REPORT)).doesNotExist();
  }

  @Test
  void monthlyWithoutArchivedPapersSaysWhatToRun() throws Exception {
    Files.createDirectories(site);
    CliTest.Run r =
        run("2026-09-01T07:00:00Z", "monthly", "--site", site.toString(), "--month", "2026-07");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("no archived papers in 2026-07", "--from 2026-07-01 --to 2026-07-31");
  }

  @Test
  void aBrokenTemplateOverrideFailsTheReportNotTheDates() throws Exception {
    Files.createDirectories(site.resolve("_paperboy/templates"));
    Files.writeString(
        site.resolve("_paperboy/templates/monthly-post.md.peb"), "{{ nosuchvariable }}");

    CliTest.Run r =
        run(
            "2026-08-21T12:00:00Z",
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            hf.baseUrl(),
            "--date",
            "2026-08-20",
            "--no-images");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("1 published");
    assertThat(r.err()).contains("2026-08 monthly report FAILED: ");
    assertThat(site.resolve("_posts/2026-08-20-daily-papers.md")).exists();
    assertThat(site.resolve(REPORT)).doesNotExist();
  }

  @Test
  void aBackfillLeavesTheReportsOfLongClosedMonthsFinal() throws Exception {
    Path recorded = dev.paperboy.testing.Fixtures.sourceFolder(tmp.resolve("backfill-source"));
    Path blog = tmp.resolve("backfill-site");

    CliTest.Run r =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            blog.toString(),
            "--source",
            recorded.toString(),
            "--from",
            "2024-06-01",
            "--to",
            "2024-10-31",
            "--no-digest");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("2024-06 monthly report: created (", "2024-10 monthly report: created (")
        .doesNotContain("not final yet");
    assertThat(r.out().lines().filter(l -> l.contains("monthly report")))
        .allSatisfy(l -> assertThat(l).contains(", final)"));
  }
}
