package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.archive.Archive;
import dev.paperboy.site.SiteLock;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import dev.paperboy.web.ArchiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watchlists through the command line: the daily post's 관심 논문, the data file, the feeds, and the
 * archive browser's watchlist filter and pages.
 */
class WatchlistCliTest {
  static final String WATCHLISTS =
      """
      watchlists:
        - name: agents
          title: 에이전트
          keywords: [agent, tool use]
          exclude: [survey]
        - name: robots
          title: 로봇 촉각
          organizations: [Tuojing Intelligence]
        - name: world
          title: 월드 모델 저자
          authors: ["Jiawei Wang"]
        - name: safety
          title: 환각
          keywords: [hallucination]
          min-upvotes: 1
        - name: trust
          title: 신뢰성
          keywords: [hallucination, unlearning]
          exclude: [detection]
        - name: forgetting
          title: 언러닝
          about: "making large language models forget or unlearn data they were trained on"
      """;

  @TempDir Path tmp;
  private Path site;
  private Path source;

  @BeforeEach
  void site() throws Exception {
    site = tmp.resolve("site");
    source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Files.createDirectories(site.resolve("_paperboy"));
  }

  private CliTest.Run daily(String config) throws Exception {
    Files.writeString(site.resolve("_paperboy/config.yml"), config, StandardCharsets.UTF_8);
    return CliTest.run(
        "daily",
        "--site",
        site.toString(),
        "--source",
        source.toString(),
        "--date",
        "2026-08-20",
        "--no-images");
  }

  @Test
  void theDailyPostListsWhatEachWatchlistMatchedBelowTheTopTen() throws Exception {
    CliTest.Run run = daily(WATCHLISTS);

    assertThat(run.code()).as(run.err()).isZero();
    String post =
        Files.readString(site.resolve("_posts/2026-08-20-daily-papers.md"), StandardCharsets.UTF_8);
    Golden.assertMatches("daily/watchlists-2026-08-20-daily-papers.md", post);
    assertThat(post)
        .contains("## 📌 관심 논문")
        .contains("### 에이전트")
        .contains("FM-Bench: A Benchmark for Long-Horizon Management with Competing Agents")
        .contains("키워드: agent")
        .contains("기관: Tuojing Intelligence")
        .contains("저자: Jiawei Wang")
        .contains("키워드: hallucination")
        .contains(
            "### 신뢰성\n\n- [The More Popular, The Harder to Forget: Adaptive Popularity for LLM"
                + " Unlearning](https://huggingface.co/papers/2608.14229) - 👍 0 · 15위 · 키워드:"
                + " unlearning\n\n")
        .containsPattern("The More Popular, The Harder to Forget[^\\n]*관심사 유사도 0\\.\\d\\d");

    JsonNode data =
        new ObjectMapper().readTree(site.resolve("_data/papers/daily-2026-08-20.json").toFile());
    JsonNode coRl = data.path("papers").get(1);
    assertThat(coRl.path("id").asText()).isEqualTo("2608.17253");
    assertThat(coRl.path("watchlists").get(0).path("name").asText()).isEqualTo("agents");
    assertThat(coRl.path("watchlists").get(0).path("why").asText()).isEqualTo("키워드: agent");
    assertThat(data.path("papers").get(0).path("watchlists").toString())
        .as("Zetta: \"Embodied agents are…\"")
        .contains("키워드: agent");
    assertThat(data.path("papers"))
        .as("a paper that matched nothing has no key")
        .anySatisfy(p -> assertThat(p.has("watchlists")).isFalse());

    assertThat(site.resolve("feed/watch-agents.xml")).exists();
    assertThat(Files.readString(site.resolve("feed/watch-agents.xml")))
        .contains("FM-Bench", "Co-RL")
        .doesNotContain("Training Leaves Traces");
  }

  @Test
  void theArchiveBrowserFiltersByWatchlistAndShowsEachByMonth() throws Exception {
    Files.writeString(site.resolve("_paperboy/config.yml"), WATCHLISTS, StandardCharsets.UTF_8);
    CliTest.Run backfill =
        CliTest.run(
            "daily",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--from",
            "2026-07-21",
            "--to",
            "2026-08-20",
            "--no-images");
    assertThat(backfill.code()).as(backfill.err()).isZero();
    Path export = tmp.resolve("export");

    CliTest.Run exported =
        CliTest.run("serve", "--site", site.toString(), "--export", export.toString());

    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.out()).containsPattern("Watchlists: agents \\d+, forgetting \\d+");
    String page =
        Files.readString(export.resolve("watchlists/agents.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("관심 목록: 에이전트")
        .contains("search.html?watch=agents&amp;sort=date&amp;from=2026-08-01&amp;to=2026-08-31")
        .contains("search.html?watch=agents&amp;sort=date&amp;from=2026-07-01&amp;to=2026-07-31");
    JsonNode index = new ObjectMapper().readTree(export.resolve("search-index.json").toFile());
    assertThat(index)
        .filteredOn(e -> e.path("id").asText().equals("2608.17253"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("w").toString()).startsWith("[\"agents\""));
    assertThat(index).anySatisfy(e -> assertThat(e.has("w")).isFalse());
    assertThat(Files.readString(export.resolve("search.html"), StandardCharsets.UTF_8))
        .contains("<option value=\"agents\">에이전트 (");

    try (Archive archive =
            Archive.open(site.resolve(".paperboy/archive.db"), java.time.Clock.systemUTC());
        ArchiveServer browser =
            new ArchiveServer(archive, site, java.time.ZoneId.of("Asia/Seoul"))) {
      String base = "http://127.0.0.1:" + browser.start("127.0.0.1", 0);
      int agents =
          archive.watched().watchlists().stream()
              .filter(w -> w.watchlist().equals("agents"))
              .findFirst()
              .orElseThrow()
              .papers();
      JsonNode all = new ObjectMapper().readTree(get(base + "/api/papers?watch=agents").body());
      assertThat(all.path("total").asInt()).isEqualTo(agents).isGreaterThan(1);
      assertThat(all.path("papers").toString()).contains("2608.17253");
      JsonNode some =
          new ObjectMapper().readTree(get(base + "/api/papers?watch=agents&q=benchmark").body());
      assertThat(some.path("total").asInt()).isBetween(1, agents - 1);
      JsonNode none = new ObjectMapper().readTree(get(base + "/api/papers?watch=nope").body());
      assertThat(none.path("total").asInt()).isZero();
      assertThat(get(base + "/search?watch=agents").body())
          .contains("검색 결과 " + agents + "편")
          .contains("<option value=\"agents\" selected>에이전트");
      assertThat(get(base + "/").body()).contains("href=\"/watchlists/agents\">에이전트</a>");
      assertThat(get(base + "/watchlists/agents").body())
          .contains("이 관심 목록에 맞습니다")
          .contains("<a href=\"/search?watch=agents&amp;sort=date&amp;from=2026-08-01");
      assertThat(get(base + "/watchlists/nope").statusCode()).isEqualTo(404);
      assertThat(get(base + "/watchlists/a%20b").statusCode()).isEqualTo(400);
    }

    Files.writeString(site.resolve("_paperboy/config.yml"), "", StandardCharsets.UTF_8);
    CliTest.Run cleared =
        CliTest.run("serve", "--site", site.toString(), "--export", tmp.resolve("e2").toString());
    assertThat(cleared.code()).as(cleared.err()).isZero();
    assertThat(tmp.resolve("e2/watchlists")).doesNotExist();
    assertThat(Files.readString(tmp.resolve("e2/index.html"), StandardCharsets.UTF_8))
        .doesNotContain("관심 목록");
  }

  @Test
  void applyingWatchlistsWaitsForARunButServingWithoutThemDoesNot() throws Exception {
    assertThat(daily("run:\n  lock-wait-seconds: 0\n").code()).isZero();
    try (SiteLock held = SiteLock.acquire(site, java.time.Duration.ZERO, holder -> {})) {
      CliTest.Run plain =
          CliTest.run("serve", "--site", site.toString(), "--export", tmp.resolve("a").toString());
      assertThat(plain.code()).as(plain.err()).isZero();

      Files.writeString(
          site.resolve("_paperboy/config.yml"),
          "run:\n  lock-wait-seconds: 0\nwatchlists:\n  - {name: agents, keywords: [agent]}\n",
          StandardCharsets.UTF_8);
      CliTest.Run watching =
          CliTest.run("serve", "--site", site.toString(), "--export", tmp.resolve("b").toString());
      assertThat(watching.code()).isEqualTo(4);
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void withoutWatchlistsNothingChanges() throws Exception {
    daily("");

    assertThat(
            Files.readString(
                site.resolve("_posts/2026-08-20-daily-papers.md"), StandardCharsets.UTF_8))
        .doesNotContain("관심 논문");
    assertThat(Files.readString(site.resolve("_data/papers/daily-2026-08-20.json")))
        .doesNotContain("watchlists");
    assertThat(site.resolve("feed")).isDirectoryNotContaining("glob:**/watch-*");
  }

  @Test
  void aBadWatchlistIsAConfigurationErrorNamingItsKey() throws Exception {
    assertThat(daily("watchlists:\n  - name: empty\n").err())
        .contains("'watchlists[0]' (empty) has no rule");
    assertThat(daily("watchlists:\n  - name: w\n    keywords: [agent*]\n").err())
        .contains("'watchlists[0].keywords[0]' ('agent*') looks like a pattern");
    CliTest.Run longAbout =
        daily("watchlists:\n  - name: w\n    about: \"" + "x".repeat(501) + "\"\n");
    assertThat(longAbout.code()).isEqualTo(3);
    assertThat(longAbout.err()).contains("'watchlists[0].about' must be at most 500 characters");
    assertThat(daily("watchlists:\n  - name: w\n    keyword: [a]\n").err())
        .contains("unknown key 'watchlists[0].keyword'");
    assertThat(daily("watchlists:\n  - {name: w, keywords: [a], similarity: 2}\n").err())
        .contains("'watchlists[0].similarity' must be between 0 and 1");
    assertThat(
            daily(
                    "watchlists:\n  - {name: w, keywords: [a]}\n"
                        + "push:\n  - {name: t, kind: webhook, url-env: X, watchlist: nope}\n")
                .err())
        .contains("'push[0].watchlist' names no watchlist 'nope'");
  }
}
