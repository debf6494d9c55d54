package dev.paperboy.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.testing.Answers;
import dev.paperboy.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The digest through the command line, against a fake OpenAI-compatible server. */
class DigestCliTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path tmp;
  private Path site;
  private Path source;

  @BeforeEach
  void site() throws Exception {
    site = tmp.resolve("site");
    source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "digest:\n"
            + "  provider: openai\n"
            + "  model: test-model\n"
            + "  base-url: "
            + llm.baseUrl()
            + "/v1\n"
            + "  price:\n"
            + "    input-per-million: 0.15\n"
            + "    output-per-million: 0.60\n"
            + "  fulltext:\n"
            + "    enabled: false\n"
            + "media:\n"
            + "  enabled: false\n",
        StandardCharsets.UTF_8);
    ObjectNode body = new ObjectMapper().createObjectNode();
    body.put("id", "c").put("object", "chat.completion").put("model", "test-model");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice
        .putObject("message")
        .put("role", "assistant")
        .put("content", Answers.json(Answers.valid("Paper", "")));
    body.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 400);
    llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(okJson(body.toString())));
    ObjectNode lines = body.deepCopy();
    ((ObjectNode) lines.get("choices").get(0).get("message"))
        .put("content", oneLiners(RANKS_6_TO_10));
    llm.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .withRequestBody(containing("paper_one_liners"))
            .atPriority(1)
            .willReturn(okJson(lines.toString())));
  }

  /** The 2026-08-20 papers ranked 6 to 10: the daily post's papers the digest does not cover. */
  static final List<String> RANKS_6_TO_10 =
      dev.paperboy.rank.Ranking.rank(
              dev.paperboy.hf.EntryParser.parse(
                  Fixtures.day(java.time.LocalDate.of(2026, 8, 20)), "f"))
          .subList(5, 10)
          .stream()
          .map(dev.paperboy.hf.Paper::id)
          .toList();

  /** A one-liner answer for {@code ids}, each line Korean and free of numbers. */
  static String oneLiners(List<String> ids) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    var items = root.putArray("summaries");
    for (String id : ids) {
      items.addObject().put("arxiv_id", id).put("summary", "이 논문은 새로운 방법으로 기존 한계를 줄이는 접근을 제안한다.");
    }
    return root.toString();
  }

  private CliTest.Run daily(String... extra) {
    String[] base = {
      "daily",
      "--create",
      "--site",
      site.toString(),
      "--source",
      source.toString(),
      "--date",
      "2026-08-20"
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliTest.run(args);
  }

  @Test
  void dailyWritesTheDigestAndAReRunSendsNoRequest() throws Exception {
    CliTest.Run first = daily();

    assertThat(first.code()).isZero();
    assertThat(first.out())
        .contains("digest created (5 analysed, 0 cached)")
        .contains(
            "Digest (openai/test-model): 5 paper(s) analysed, 0 cached, 0 with HF's summary;"
                + " 6 model call(s) (0 failed), 6000 tokens in, 2400 out")
        .contains("Korean one-line summaries: 10 of 10 listed paper(s).");
    assertThat(llm.getAllServeEvents()).hasSize(6);
    String daily =
        Files.readString(site.resolve("_posts/2026-08-20-daily-papers.md"), StandardCharsets.UTF_8);
    assertThat(daily.lines().filter(l -> l.startsWith("   - 한 줄 요약: "))).hasSize(10);
    assertThat(
            Files.readString(
                site.resolve("_data/papers/daily-2026-08-20.json"), StandardCharsets.UTF_8))
        .contains("\"one_line_summary\":\"이 논문은 새로운 방법으로");
    String post =
        Files.readString(
            site.resolve("_posts/2026-08-20-daily-papers-top5.md"), StandardCharsets.UTF_8);
    assertThat(post).contains("model: \"openai/test-model\"", "### 🔑 핵심 포인트");

    llm.resetRequests();
    CliTest.Run again = daily();

    assertThat(again.code()).isZero();
    assertThat(llm.getAllServeEvents()).isEmpty();
    assertThat(again.out()).contains("digest unchanged (0 analysed, 5 cached)");
  }

  @Test
  void aRefusingModelEndpointIsGivenUpAtOnceAndEveryPaperFallsBack() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "digest:\n  provider: openai\n  model: test-model\n  concurrency: 1\n"
            + "  base-url: http://127.0.0.1:"
            + closed
            + "/v1\nmedia:\n  enabled: false\n",
        StandardCharsets.UTF_8);
    assertThat(daily().code()).as("published with HF's summaries, but failed").isEqualTo(1);

    CliTest.Run run =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--from",
            "2026-06-12",
            "--to",
            "2026-06-12",
            "--refresh-digest");

    assertThat(run.code()).as("cron must notice").isEqualTo(1);
    assertThat(run.err())
        .containsOnlyOnce("the model endpoint is unreachable: connection refused")
        .containsPattern(
            "gave up on the model for this run after [12] call\\(s\\), so 5 paper\\(s\\) show"
                + " Hugging Face's summary")
        .as("one line, not a warning per paper")
        .doesNotContain("using Hugging Face's summary instead");
    assertThat(run.out()).doesNotContain("unreachable");
    assertThat(
            Files.readString(
                site.resolve("_posts/2026-06-12-daily-papers-top5.md"), StandardCharsets.UTF_8))
        .contains("### 📌 Hugging Face AI 요약");
  }

  @Test
  void digestCommandReRunsTheDigestAloneAndRefreshAsksAgain() {
    assertThat(daily("--no-digest").code()).isZero();
    assertThat(site.resolve("_posts/2026-08-20-daily-papers-top5.md")).doesNotExist();
    assertThat(llm.getAllServeEvents()).isEmpty();

    CliTest.Run digest = CliTest.run("digest", "--site", site.toString(), "--date", "2026-08-20");
    assertThat(digest.code()).isZero();
    assertThat(site.resolve("_posts/2026-08-20-daily-papers-top5.md")).exists();
    assertThat(llm.getAllServeEvents()).hasSize(5);

    CliTest.Run cached = CliTest.run("digest", "--site", site.toString(), "--date", "2026-08-20");
    assertThat(cached.out()).contains("0 analysed, 5 cached");
    assertThat(llm.getAllServeEvents()).hasSize(5);

    CliTest.Run refreshed =
        CliTest.run(
            "digest", "--site", site.toString(), "--date", "2026-08-20", "--refresh-digest");
    assertThat(refreshed.code()).isZero();
    assertThat(llm.getAllServeEvents()).hasSize(10);

    CliTest.Run status = CliTest.run("status", "--site", site.toString());
    assertThat(status.out())
        .as("the digest command's model calls are counted too")
        .containsPattern(
            "This month \\(\\d{4}-\\d{2}, UTC\\): 4 run\\(s\\), 10 model call\\(s\\), [1-9]");
  }

  @Test
  void digestOfADateNotArchivedSaysWhatToRun() {
    CliTest.Run run = CliTest.run("digest", "--site", site.toString(), "--date", "2026-08-19");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("no archived papers for this date; run 'paperboy daily");
  }

  @Test
  void withoutAModelDailySaysOnceHowToConfigureOne() throws Exception {
    Files.delete(site.resolve("_paperboy/config.yml"));

    CliTest.Run run =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--from",
            "2026-06-12",
            "--to",
            "2026-08-20",
            "--no-images");

    assertThat(run.code()).isZero();
    assertThat(run.out().split("no language model configured", -1)).hasSize(2);
    assertThat(site.resolve("_posts/2026-08-20-daily-papers-top5.md")).exists();
    assertThat(llm.getAllServeEvents()).isEmpty();

    CliTest.Run again =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--date",
            "2026-08-20",
            "--no-images");
    assertThat(again.out()).as("from cron, once per site").doesNotContain("no language model");
  }

  @Test
  void aMissingKeyForAHostedProviderIsAConfigurationError() throws Exception {
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "digest:\n  provider: anthropic\n  model: claude-test\n  api-key-env: PAPERBOY_TEST_UNSET_KEY\n",
        StandardCharsets.UTF_8);

    CliTest.Run run = daily();

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("set the environment variable PAPERBOY_TEST_UNSET_KEY");
  }

  @Test
  void dailyFetchesTheDigestImagesAsConfiguredAndNoImagesSkipsThem() throws Exception {
    String config =
        Files.readString(site.resolve("_paperboy/config.yml"), StandardCharsets.UTF_8)
            .replace(
                "media:\n  enabled: false\n",
                "media:\n  allowed-hosts: [localhost]\n  arxiv-base: "
                    + llm.baseUrl()
                    + "\n  arxiv-interval-seconds: 0\n");
    Files.writeString(site.resolve("_paperboy/config.yml"), config, StandardCharsets.UTF_8);
    llm.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/html/.*"))
            .willReturn(com.github.tomakehurst.wiremock.client.WireMock.notFound()));
    java.util.function.Supplier<Long> arxivPages =
        () ->
            llm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/html/"))
                .count();

    CliTest.Run skipped = daily("--no-images");

    assertThat(skipped.code()).isZero();
    assertThat(arxivPages.get()).isZero();
    assertThat(skipped.out()).doesNotContain("Images:");

    CliTest.Run fetched = daily();

    assertThat(fetched.code()).isZero();
    assertThat(arxivPages.get()).as("one arXiv page per digest paper").isEqualTo(5);
    // The fixtures' thumbnails live on the HF CDN, which this config does not allow.
    assertThat(fetched.out()).contains("Images: 0 downloaded, 0 already stored, ");
    assertThat(fetched.out()).contains("is not in media.allowed-hosts [localhost]");
  }
}
