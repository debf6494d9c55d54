package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watchlists through the command line: the daily post's 관심 논문, the data file, the feeds. */
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
