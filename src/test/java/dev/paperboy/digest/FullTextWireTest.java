package dev.paperboy.digest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.archive.Archive;
import dev.paperboy.arxiv.ArxivPage;
import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.hub.Artifact;
import dev.paperboy.hub.PaperArtifacts;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.publish.Permalink;
import dev.paperboy.publish.PostSettings;
import dev.paperboy.publish.Templates;
import dev.paperboy.rank.Ranking;
import dev.paperboy.testing.Answers;
import dev.paperboy.testing.Entries;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The digest reading a paper's body, against a fake server per provider wire format: one paper with
 * an arXiv HTML page (arxiv/full-paper.html), one without. What the model is sent, and what the
 * post may print.
 */
class FullTextWireTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final LocalDate DATE = LocalDate.of(2026, 8, 20);
  private static final String WITH_HTML = "2608.00001";
  private static final String WITHOUT_HTML = "2608.00002";
  private static final String OTHER_ABSTRACT =
      "We present TinyVLA, a 300M vision-language-action model that runs at 12 Hz on a laptop.";

  /** Each provider's wire, and an OpenAI-compatible server under its own base URL. */
  enum Endpoint {
    OPENAI(ProviderWireTest.Wire.OPENAI, "/v1", "/v1/chat/completions"),
    ANTHROPIC(ProviderWireTest.Wire.ANTHROPIC, "/v1/", "/v1/messages"),
    GEMINI(ProviderWireTest.Wire.GEMINI, "/v1beta", "/v1beta/models/test-model:generateContent"),
    OPENAI_COMPATIBLE(
        ProviderWireTest.Wire.OPENAI, "/compatible/v1", "/compatible/v1/chat/completions");

    final ProviderWireTest.Wire wire;
    final String basePath;
    final String path;

    Endpoint(ProviderWireTest.Wire wire, String basePath, String path) {
      this.wire = wire;
      this.basePath = basePath;
      this.path = path;
    }
  }

  /** What the Hub has that cites the first paper. */
  static final PaperArtifacts ARTIFACTS =
      new PaperArtifacts(
          List.of(
              new Artifact(Artifact.Kind.MODEL, "sparsemix/SparseMix-1.3B", 15_230, 41),
              new Artifact(Artifact.Kind.MODEL, "someone/sparse_mix-gguf", 880, 3)),
          List.of(new Artifact(Artifact.Kind.DATASET, "sparsemix/routing-traces", 95, 2)),
          List.of(new Artifact(Artifact.Kind.SPACE, "sparsemix/demo", 0, 57)));

  @TempDir Path dir;
  private Archive archive;

  @BeforeEach
  void openArchive() {
    archive = Archive.open(dir.resolve("archive.db"), Fixtures.clock());
  }

  @AfterEach
  void closeArchive() {
    archive.close();
  }

  private List<Paper> papers() {
    byte[] body =
        Entries.list()
            .add(WITH_HTML, "SparseMix: Faster Attention", ProviderWireTest.ABSTRACT, 42, 3, null)
            .github("https://github.com/sparsemix/sparse_mix", 1234)
            .add(WITHOUT_HTML, "TinyVLA: Robots on a Laptop", OTHER_ABSTRACT, 30, 1, null)
            .bytes();
    List<Paper> papers = EntryParser.parse(body, "test");
    archive.listings().record(new DailyList(DATE, papers, Fixtures.NOW, "test"));
    return papers;
  }

  /** arXiv as the digest sees it: the fixture page for one paper, no HTML for the other. */
  private static PaperPages.Page page(Paper p) {
    return p.id().equals(WITH_HTML)
        ? new PaperPages.Page.Found(
            ArxivPage.parse(
                Fixtures.text("arxiv/full-paper.html"),
                URI.create("https://arxiv.org/html/" + WITH_HTML),
                2))
        : new PaperPages.Page.Missing("no arXiv HTML version (HTTP 404)");
  }

  private List<PaperDigest> digest(Endpoint endpoint, Function<Paper, PaperPages.Page> pages) {
    ModelSettings settings =
        new ModelSettings(
            endpoint.wire.provider,
            "test-model",
            llm.baseUrl() + endpoint.basePath,
            null,
            Duration.ofSeconds(5),
            2048,
            null);
    Summarizer summarizer = SummarizerFactory.create(settings, name -> "key").orElseThrow();
    return new Digester(
            Optional.of(summarizer),
            archive.analyses(),
            new Budget(20, 1_000_000, 1, Pricing.UNKNOWN),
            new Usage(),
            4,
            new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1)),
            d -> {})
        .readingFullText(pages, 40_000)
        .digest(papers(), false);
  }

  private String render(List<PaperDigest> digests, String model) {
    return new DigestPost(
            new Templates(dir),
            PostSettings.defaults(),
            "Hugging Face Daily Papers Top 5 - {date}",
            List.of("Daily Papers", "심층"),
            List.of("huggingface", "papers", "digest", "ai"),
            Permalink.DIGEST)
        .render(
            Ranking.rank(archive.listings().day(DATE)),
            digests,
            model,
            Map.of(),
            Map.of(WITH_HTML, ARTIFACTS));
  }

  /** The answer to a request about {@code id}: the model's JSON for that paper. */
  private static void answer(Endpoint endpoint, String id, Map<String, Object> answer) {
    llm.stubFor(
        post(urlPathEqualTo(endpoint.path))
            .withRequestBody(containing("\\\"arxiv_id\\\" : \\\"" + id))
            .willReturn(okJson(endpoint.wire.body(Answers.json(answer)).toString())));
  }

  /** What a model that read the fixture's body answers, citing real sections and tables. */
  static Map<String, Object> bodyAnswer() {
    return Answers.fromFullPaper();
  }

  /** What the model answers for the paper without HTML: valid, from its abstract alone. */
  static Map<String, Object> abstractAnswer() {
    return Answers.valid("TinyVLA", OTHER_ABSTRACT);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void theModelReadsTheBodyAndThePostCitesWhereEachResultIs(Endpoint endpoint) {
    answer(endpoint, WITH_HTML, bodyAnswer());
    answer(endpoint, WITHOUT_HTML, abstractAnswer());

    List<PaperDigest> digests = digest(endpoint, FullTextWireTest::page);

    llm.verify(
        1,
        postRequestedFor(urlPathEqualTo(endpoint.path))
            .withRequestBody(containing("SparseMix reaches 81.3 on MMLU"))
            .withRequestBody(containing("SparseMix | 81.3 | 63.4 | 18.2"))
            .withRequestBody(containing("표 2"))
            .withRequestBody(containing("§4.2"))
            .withRequestBody(containing("SparseMix needs 2.3x more memory"))
            .withRequestBody(notContaining("99.9"))
            .withRequestBody(notContaining("42.42"))
            .withRequestBody(notContaining("References"))
            .withRequestBody(notContaining("64 GPUs")));
    llm.verify(
        1,
        postRequestedFor(urlPathEqualTo(endpoint.path))
            .withRequestBody(containing(WITHOUT_HTML))
            .withRequestBody(notContaining("\\\"full_text\\\"")));
    assertThat(digests).allSatisfy(d -> assertThat(d).isInstanceOf(PaperDigest.Analyzed.class));
    String model = endpoint.wire.provider.id() + "/test-model";
    String post = render(digests, model);
    Golden.assertMatches(
        "digest/fulltext-2026-08-20-daily-papers-top5.md",
        post.replace(model, "openai/test-model"));
    assertThat(post)
        .contains("fulltext_papers: 1")
        .contains("- **근거**: 본문 (§1, §2, §3, §4, §5, §6, §A · 표 3개)")
        .contains("- 토큰당 디코딩 지연을 41.0 ms에서 18.2 ms로 줄였다 (§4.2)")
        .contains("- 1.3B 규모에서 MMLU 81.3점, GSM8K 63.4점을 기록했다 (표 2)")
        .contains("- **근거**: 초록만 (arXiv HTML 없음)");
    String second = post.substring(post.indexOf("## 2."));
    assertThat(second).contains("### 📝 초록 기반 상세 설명").doesNotContain("주요 결과", "§");
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void inventedNumbersAndCitationsOfMissingSectionsAreNeverPublished(Endpoint endpoint) {
    Map<String, Object> invented = bodyAnswer();
    invented.put(
        "key_points",
        List.of(
            "각 query를 2개 전문가로 보내는 라우터를 제안함 (§9)",
            "정확도를 99.9%까지 끌어올렸다고 주장함 (표 2)",
            "메모리가 2.3배 더 필요함 (§5, 표 7)"));
    invented.put(
        "key_results",
        List.of(
            Map.of("finding", "MMLU 81.3점을 기록했다", "source", "표 2"),
            Map.of("finding", "지연을 7.7 ms로 줄였다", "source", "§4.2"),
            Map.of("finding", "MMLU 81.3점을 기록했다", "source", "§9"),
            Map.of("finding", "GSM8K 63.4점을 기록했다", "source", "표 3")));
    answer(endpoint, WITH_HTML, invented);
    Map<String, Object> abstractInvented =
        Answers.with(
            abstractAnswer(),
            "key_points",
            List.of("12 Hz로 동작함", "MMLU 81.3점을 기록함 (§4.2)", "노트북에서 돌아감"));
    answer(endpoint, WITHOUT_HTML, abstractInvented);

    List<PaperDigest> digests = digest(endpoint, FullTextWireTest::page);

    llm.verify(
        1,
        postRequestedFor(urlPathEqualTo(endpoint.path))
            .withRequestBody(containing("no section or table of the paper: §9, 표 7")));
    String post = render(digests, "m");
    assertThat(post)
        .doesNotContain("99.9", "7.7", "§9", "표 7", "(표 3)", "81.3점을 기록함")
        .contains("- MMLU 81.3점을 기록했다 (표 2)")
        .contains("- 각 query를 2개 전문가로 보내는 라우터를 제안함\n")
        .contains("- 메모리가 2.3배 더 필요함 (§5)\n")
        .contains("확인되지 않는 수치나 인용이 들어 있던 문장·항목");
    assertThat(post.substring(post.indexOf("## 2."))).doesNotContain("81.3", "§");
  }
}
