package dev.paperboy.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.job.Context;
import dev.paperboy.testing.Entries;
import dev.paperboy.testing.Golden;
import dev.paperboy.testing.MovableClock;
import dev.paperboy.util.Console;
import dev.paperboy.util.Environment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A week of cron runs at 22:00 UTC against a fake API whose upvotes rise, and the weekly edition
 * they leave: its risers and late bloomers are the ones a hand computation from the observations
 * gives.
 *
 * <p>Each weekday lists 12 papers with 100, 95, …, 45 upvotes. Three papers rise: X (Monday's 12th,
 * 40) gains 24 a day, Y (Tuesday's 11th, 50) 12 a day, Z (Wednesday's 9th, 60) 48 once, on
 * Thursday. A run re-fetches the last 3 list dates, and the first run after the week (the next
 * Monday's) fetches all five again to finish the edition. So X is seen Mon 40, Tue 64, Wed 88 and
 * next Mon 208 (+168 in 168 h: 1.0 an hour); Y Tue 50, Wed 62, Thu 74, next Mon 122 (+72 in 144 h:
 * 0.5); Z Wed 60, Thu 108 and then unchanged (+48 in 24 h: 2.0). The week's top then starts X 208,
 * Y 122, Z 108: X was 12th on its day and Y 11th, both late bloomers; Z was 9th on its day, and
 * Monday's 11th (45) stays outside the top 20.
 */
class WeeklyCliTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  @TempDir Path tmp;
  private final MovableClock clock =
      new MovableClock(MONDAY.atTime(22, 0).toInstant(java.time.ZoneOffset.UTC));

  /** Day {@code d} (0 = Monday) as the API serves it on run {@code run} (0 = Monday's). */
  private static String list(int d, int run) {
    Entries e = Entries.list();
    LocalDate date = MONDAY.plusDays(d);
    for (int i = 0; i < 12; i++) {
      String id = String.format("2501.%05d", 10000 + d * 100 + i);
      int upvotes = 100 - 5 * i;
      if (d == 0 && i == 11) {
        upvotes = 40 + 24 * (run - d);
      } else if (d == 1 && i == 10) {
        upvotes = 50 + 12 * (run - d);
      } else if (d == 2 && i == 8) {
        upvotes = 60 + (run >= 3 ? 48 : 0);
      }
      e.add(
          id,
          (d == 0 && i == 11
              ? "X"
              : d == 1 && i == 10 ? "Y" : d == 2 && i == 8 ? "Z" : "Paper " + id),
          upvotes);
    }
    return e.json()
        .replace("2026-08-20T00:00:00.000Z", date + "T00:00:00.000Z")
        .replace("2026-08-19T00:00:00.000Z", date.minusDays(1) + "T00:00:00.000Z");
  }

  private void serve(int run) {
    api.resetMappings();
    api.stubFor(get(urlPathEqualTo("/api/daily_papers")).atPriority(9).willReturn(okJson("[]")));
    for (int d = 0; d <= Math.min(run, 4); d++) {
      api.stubFor(
          get(urlPathEqualTo("/api/daily_papers"))
              .withQueryParam("date", equalTo(MONDAY.plusDays(d).toString()))
              .atPriority(1)
              .willReturn(okJson(list(d, run))));
    }
  }

  private CliTest.Run daily(Path site) {
    return run("daily", "--create", "--site", site.toString(), "--no-images");
  }

  private CliTest.Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PaperboyCommand.execute(
            args, Context.of(clock, Environment.of(Map.of()), Console.of(out, err)));
    return new CliTest.Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A site configured with {@code config} after {@code runs} daily cron runs, one a day. */
  private Path siteAfterRuns(int runs, String config) throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(site.resolve("_paperboy/config.yml"), config, StandardCharsets.UTF_8);
    for (int run = 0; run < runs; run++) {
      serve(run);
      CliTest.Run r = daily(site);
      assertThat(r.code()).as("run %d: %s", run, r.err()).isZero();
      clock.advance(Duration.ofDays(1));
    }
    return site;
  }

  private String refreshing() {
    return "source: " + api.baseUrl() + "\ncatch-up-days: 7\nrefresh-days: 3\n";
  }

  @Test
  void aWeekOfCronRunsGivesTheRisersAndLateBloomersOfTheObservations() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "source: "
            + api.baseUrl()
            + "\ncatch-up-days: 7\nrefresh-days: 3\n"
            + "watchlists:\n  - name: letters\n    title: 한 글자\n    keywords: [x, y, z]\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = null;
    for (int run = 0; run < 8; run++) {
      serve(run);
      r = daily(site);
      assertThat(r.code()).as("run %d: %s", run, r.err()).isZero();
      assertThat(r.out().contains("Finishing the 2025-W02 weekly edition")).isEqualTo(run == 7);
      clock.advance(Duration.ofDays(1));
    }
    assertThat(r.out())
        .contains(
            "Finishing the 2025-W02 weekly edition: fetching its 5 list dates again for current"
                + " upvotes")
        .contains("2025-W02 weekly edition: updated");
    Path edition = site.resolve("_posts/2025-01-11-weekly-papers.md");
    String post = Files.readString(edition, StandardCharsets.UTF_8);

    assertThat(post)
        .contains("week_final: true")
        .contains(
            "### 🚀 급상승\n\n처음 관측한 뒤 시간당 좋아요가 가장 빨리 늘어난 논문입니다.\n\n"
                + "- [Z](https://huggingface.co/papers/2501.10208) - 👍 60 → 108 (+48, 시간당 2.0)\n"
                + "- [X](https://huggingface.co/papers/2501.10011) - 👍 40 → 208 (+168, 시간당 1.0)\n"
                + "- [Y](https://huggingface.co/papers/2501.10110) - 👍 50 → 122 (+72, 시간당 0.5)\n")
        .contains(
            "이번 주 Top 20에 든 논문입니다.\n\n"
                + "- [X](https://huggingface.co/papers/2501.10011) - 2025-01-06 목록 12위 → 이번 주 1위"
                + " (👍 208)\n"
                + "- [Y](https://huggingface.co/papers/2501.10110) - 2025-01-07 목록 11위 → 이번 주 2위"
                + " (👍 122)\n\n")
        .doesNotContain("[Z](https://huggingface.co/papers/2501.10208) - 2025-01-08")
        .doesNotContain("2501.10010) - 2025-01-06")
        .contains(
            "### 📌 관심 목록\n\n- **한 글자**: 3편\n"
                + "  - [X](https://huggingface.co/papers/2501.10011) - 👍 208 · 키워드: x\n");
    Golden.assertMatches("weekly/2025-01-11-weekly-papers.md", post);
    assertThat(site.resolve("assets/img/charts/weekly-2025-W02.svg")).exists();

    String before = post;
    CliTest.Run again = daily(site);
    assertThat(again.out()).doesNotContain("weekly edition").doesNotContain("Finishing");
    assertThat(Files.readString(edition, StandardCharsets.UTF_8)).isEqualTo(before);

    CliTest.Run month =
        run("monthly", "--site", site.toString(), "--month", "2025-01", "--no-fetch");
    assertThat(month.code()).as(month.err()).isZero();
    try (var posts = Files.list(site.resolve("_posts"))) {
      Path report =
          posts
              .filter(p -> p.toString().endsWith("monthly-papers-summary.md"))
              .findFirst()
              .orElseThrow();
      assertThat(Files.readString(report, StandardCharsets.UTF_8))
          .contains(
              "## 🚀 이번 달 급상승\n\n처음 관측한 뒤 시간당 좋아요가 가장 빨리 늘어난 논문입니다.\n\n"
                  + "- [Z](https://huggingface.co/papers/2501.10208) - 👍 60 → 108 (+48, 시간당 2.0)\n"
                  + "- [X](https://huggingface.co/papers/2501.10011) - 👍 40 → 208 (+168, 시간당 1.0)\n"
                  + "- [Y](https://huggingface.co/papers/2501.10110) - 👍 50 → 122 (+72, 시간당 0.5)\n");
    }
  }

  @Test
  void weeklyWritesAWeekOnDemandAndTheSettingTurnsTheDailyEditionOff() throws Exception {
    Path site =
        siteAfterRuns(
            5, "source: " + api.baseUrl() + "\ncatch-up-days: 7\nweekly:\n  enabled: false\n");
    Path edition = site.resolve("_posts/2025-01-11-weekly-papers.md");
    assertThat(edition).doesNotExist();

    CliTest.Run bad = run("weekly", "--site", site.toString(), "--week", "2025-02");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--week must be an ISO week such as 2026-W34");

    CliTest.Run empty = run("weekly", "--site", site.toString(), "--week", "2024-W40");
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err()).contains("2024-W40 weekly edition: no archived papers");
    assertThat(edition).doesNotExist();

    CliTest.Run made = run("weekly", "--site", site.toString(), "--week", "2025-W02");
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(Files.readString(edition, StandardCharsets.UTF_8))
        .contains("permalink: \"/posts/weekly-papers-2025-W02/\"")
        .contains("- \"주간\"");
  }

  /**
   * The comparison with the API's own week list reports each kind of difference. The real answer to
   * {@code ?week=} is not among the recorded fixtures (and tests have no network), so the fake
   * serves what the API plausibly does: each paper once with its counts of the moment (X and Y
   * still rising after the edition was finished), a paper submitted on the week's Sunday that no
   * weekday list held, and without Friday's last paper.
   */
  @Test
  void compareApiSaysHowTheApisWeekListDiffersFromTheMerge() throws Exception {
    Path site = siteAfterRuns(8, refreshing());
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode week = json.createArrayNode();
    for (int d = 0; d <= 4; d++) {
      for (var entry : json.readTree(list(d, 8))) {
        if (!entry.path("paper").path("id").asText().equals("2501.10411")) {
          week.add(entry);
        }
      }
    }
    week.addAll(
        (com.fasterxml.jackson.databind.node.ArrayNode)
            json.readTree(
                Entries.list()
                    .add("2501.19999", "Sunday paper", 3)
                    .json()
                    .replace("2026-08-20T00:00:00.000Z", "2025-01-12T00:00:00.000Z")));
    api.stubFor(
        get(urlPathEqualTo("/api/daily_papers"))
            .withQueryParam("week", equalTo("2025-W02"))
            .atPriority(1)
            .willReturn(okJson(week.toString())));
    String before =
        Files.readString(
            site.resolve("_posts/2025-01-11-weekly-papers.md"), StandardCharsets.UTF_8);

    CliTest.Run compared =
        run("weekly", "--site", site.toString(), "--week", "2025-W02", "--compare-api");

    assertThat(compared.code()).as(compared.err()).isZero();
    assertThat(compared.out())
        .contains(
            "2025-W02: the edition's merge of the week's list dates holds 60 papers; the API's"
                + " ?week=2025-W02 lists 60.")
        .contains("only in the API's week list (1):\n    2501.19999 Sunday paper (👍 3)")
        .contains("only in the merge (1):\n    2501.10411 Paper 2501.10411 (👍 45)")
        .contains(
            "upvotes differ (2), merge → API:\n    2501.10011 X: 208 → 232\n"
                + "    2501.10110 Y: 122 → 134\n")
        .contains("top 10 by upvotes: the same");
    assertThat(
            Files.readString(
                site.resolve("_posts/2025-01-11-weekly-papers.md"), StandardCharsets.UTF_8))
        .as("comparing writes nothing")
        .isEqualTo(before);

    Files.createDirectories(site.resolve("recorded"));
    Files.writeString(
        site.resolve("_paperboy/config.yml"), "source: recorded/\n", StandardCharsets.UTF_8);
    CliTest.Run folder =
        run("weekly", "--site", site.toString(), "--week", "2025-W02", "--compare-api");
    assertThat(folder.code()).isEqualTo(3);
    assertThat(folder.err()).contains("needs the API as source");
  }

  @Test
  void anEditionWhoseRefetchFailedIsFinishedByTheNextRun() throws Exception {
    Path site = siteAfterRuns(7, refreshing());
    serve(7);
    api.stubFor(
        get(urlPathEqualTo("/api/daily_papers"))
            .withQueryParam("date", equalTo(MONDAY.toString()))
            .atPriority(0)
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(404)
                    .withBody("{\"error\":\"gone for now\"}")));
    Path edition = site.resolve("_posts/2025-01-11-weekly-papers.md");

    CliTest.Run failed = daily(site);

    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.out()).contains("Finishing the 2025-W02 weekly edition");
    assertThat(Files.readString(edition, StandardCharsets.UTF_8))
        .contains("week_final: false")
        .doesNotContain("아직 진행 중");

    clock.advance(Duration.ofHours(1));
    serve(7);
    CliTest.Run next = daily(site);

    assertThat(next.code()).as(next.err()).isZero();
    assertThat(next.out()).contains("Finishing the 2025-W02 weekly edition");
    assertThat(Files.readString(edition, StandardCharsets.UTF_8)).contains("week_final: true");
    CliTest.Run after = daily(site);
    assertThat(after.out()).doesNotContain("Finishing");
  }

  /**
   * A golden edition from a real recorded day (2026-08-20, the 2026-W34 week), observed twice: the
   * second recording, a day later, has three papers risen (Zetta 92 → 131, SoftVTBench 12 → 48,
   * "The More Popular, The Harder to Forget" 0 → 26), so the edition has risers, late bloomers and
   * the watchlists of {@link WatchlistCliTest} with real titles.
   */
  @Test
  void aGoldenEditionFromARealDayObservedTwice() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(
        site.resolve("_paperboy/config.yml"), WatchlistCliTest.WATCHLISTS, StandardCharsets.UTF_8);
    Path recorded = tmp.resolve("recorded/daily_papers-2026-08-20.json");
    byte[] day = dev.paperboy.testing.Fixtures.day(LocalDate.of(2026, 8, 20));
    dev.paperboy.testing.Fixtures.record(
        recorded, day, java.time.Instant.parse("2026-08-21T03:00:00Z"));
    String[] args = {
      "daily",
      "--site",
      site.toString(),
      "--source",
      recorded.getParent().toString(),
      "--date",
      "2026-08-20",
      "--no-images"
    };
    assertThat(CliTest.run(args).code()).isZero();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    var entries = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(day);
    Map<String, Integer> risen = Map.of("2608.16590", 131, "2608.18701", 48, "2608.14229", 26);
    for (var entry : entries) {
      var paper = (com.fasterxml.jackson.databind.node.ObjectNode) entry.path("paper");
      Integer now = risen.get(paper.path("id").asText());
      if (now != null) {
        paper.put("upvotes", now);
      }
    }
    dev.paperboy.testing.Fixtures.record(
        recorded, json.writeValueAsBytes(entries), java.time.Instant.parse("2026-08-22T03:00:00Z"));

    CliTest.Run second = CliTest.run(args);

    assertThat(second.code()).as(second.err()).isZero();
    String post =
        Files.readString(
            site.resolve("_posts/2026-08-22-weekly-papers.md"), StandardCharsets.UTF_8);
    Golden.assertMatches("weekly/2026-08-22-weekly-papers.md", post);
    assertThat(post)
        .contains("week_final: true")
        .containsPattern("- \\[Zetta[^\\n]*👍 92 → 131 \\(\\+39, 시간당 1\\.6\\)")
        .containsPattern("- \\[SoftVTBench[^\\n]*👍 12 → 48 \\(\\+36, 시간당 1\\.5\\)")
        .containsPattern("- \\[SoftVTBench[^\\n]*2026-08-20 목록 1\\d위 → 이번 주 6위 \\(👍 48\\)")
        .containsPattern("- \\[The More Popular[^\\n]*목록 15위 → 이번 주 8위 \\(👍 26\\)")
        .contains("### 📌 관심 목록");
  }
}
