package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.digest.Budget;
import dev.paperboy.digest.Digester;
import dev.paperboy.digest.PaperDigest;
import dev.paperboy.digest.Pricing;
import dev.paperboy.digest.Summarizer;
import dev.paperboy.digest.Usage;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import dev.paperboy.testing.Answers;
import dev.paperboy.testing.FakeSummarizer;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DigestPostTest {
  @TempDir Path site;
  private Archive archive;

  @BeforeEach
  void open() {
    archive = Archive.open(site.resolve("archive.db"), Fixtures.clock());
  }

  @AfterEach
  void close() {
    archive.close();
  }

  static List<LocalDate> days() {
    return Fixtures.DAYS;
  }

  private RankedDay day(LocalDate date) {
    List<Paper> papers = EntryParser.parse(Fixtures.day(date), "f");
    archive
        .listings()
        .record(new DailyList(date, papers, Instant.parse("2026-08-21T01:30:00Z"), "f"));
    return Ranking.rank(archive.listings().day(date));
  }

  private String render(RankedDay day, Optional<Summarizer> model) {
    Digester digester =
        new Digester(
            model,
            archive.analyses(),
            new Budget(100, 10_000_000, 1, Pricing.UNKNOWN),
            new Usage(),
            4,
            RetryPolicy.defaults(),
            d -> {});
    List<PaperDigest> digests = digester.digest(day.top(5), false);
    return post().render(day, digests, digester.model(), Map.of());
  }

  private DigestPost post() {
    return new DigestPost(
        new Templates(site),
        PostSettings.defaults(),
        "Hugging Face Daily Papers Top 5 - {date}",
        List.of("Daily Papers", "심층"),
        List.of("huggingface", "papers", "digest", "ai"),
        dev.paperboy.publish.Permalink.DIGEST);
  }

  @ParameterizedTest
  @MethodSource("days")
  void rendersTheSeedFormatForEveryFixtureDay(LocalDate date) {
    String post = render(day(date), Optional.of(FakeSummarizer.valid()));

    Golden.assertMatches("digest/" + date + "-daily-papers-top5.md", post);
  }

  @Test
  void hostileCorpusWithAModelRendersSafely() {
    // The bad-input corpus: Liquid, HTML, Markdown and control characters in titles and abstracts,
    // which the fake model echoes into its analysis. Real Jekyll builds this golden in CI.
    LocalDate date = LocalDate.of(2026, 1, 5);
    List<Paper> papers =
        EntryParser.parse(Fixtures.bytes("bad-input/daily_papers-" + date + ".json"), "bad");
    archive
        .listings()
        .record(new DailyList(date, papers, Instant.parse("2026-01-06T01:30:00Z"), "bad"));
    RankedDay day = Ranking.rank(archive.listings().day(date));
    Digester digester =
        new Digester(
            Optional.of(FakeSummarizer.valid()),
            archive.analyses(),
            new Budget(100, 10_000_000, 1, Pricing.UNKNOWN),
            new Usage(),
            4,
            RetryPolicy.defaults(),
            d -> {});

    String post =
        post().render(day, digester.digest(day.top(20), false), digester.model(), Map.of());

    Golden.assertMatches("digest/" + date + "-daily-papers-top5.md", post);
    assertThat(post).doesNotContain("<script", "<img", "<iframe");
  }

  @Test
  void withoutAModelEveryPaperShowsTheLabelledHfSummary() {
    String post = render(day(LocalDate.of(2026, 8, 20)), Optional.empty());

    Golden.assertMatches("digest/none-2026-08-20-daily-papers-top5.md", post);
    assertThat(post.lines().filter(l -> l.contains("LLM 분석이 아니라 Hugging Face가 제공한"))).hasSize(1);
    assertThat(post.lines().filter(l -> l.startsWith("### 📌 Hugging Face AI 요약 (영문)"))).hasSize(5);
    assertThat(post).doesNotContain("ℹ️", "도입 난이도", "신뢰도", "| -", "**Upvotes**");
  }

  @Test
  void aPaperTheModelCouldNotAnalyseSaysSoOnceWithoutPlaceholders() {
    FakeSummarizer halfBroken =
        new FakeSummarizer(
            "fake/half",
            c ->
                Answers.paper(c).path("title").asText().startsWith("Zetta")
                    ? "not json"
                    : Answers.validFor(c));

    String post = render(day(LocalDate.of(2026, 8, 20)), Optional.of(halfBroken));

    String first = post.substring(post.indexOf("## 1."), post.indexOf("## 2."));
    assertThat(first.lines().filter(l -> l.startsWith("> ℹ️"))).hasSize(1);
    assertThat(first)
        .contains("- **좋아요**: 👍 92\n- **arXiv**: [2608.16590](https://arxiv.org/abs/2608.16590)")
        .doesNotContain("도입 난이도", "신뢰도", "- -");
    String second = post.substring(post.indexOf("## 2."), post.indexOf("## 3."));
    assertThat(second).contains("- **도입 난이도**: ", "- **신뢰도**: ").doesNotContain("ℹ️");
  }

  @Test
  void papersWithoutAnHfSummaryFallBackToTheirAbstract() {
    // 2024 responses predate ai_summary.
    String post = render(day(LocalDate.of(2024, 6, 3)), Optional.empty());

    assertThat(post).contains("### 📌 초록 (영문)").doesNotContain("Hugging Face AI 요약 (영문)");
  }

  @Test
  void hostileModelOutputCannotInjectMarkupOrLiquid() {
    Map<String, Object> hostile =
        Answers.with(
            Answers.valid("x", ""),
            "one_line_summary",
            "요약 <script>alert(document.cookie)</script> {{ site.title }} {% endraw %} [링크](javascript:alert(document.cookie)) 입니다");
    FakeSummarizer model = new FakeSummarizer("fake/hostile", c -> Answers.json(hostile));

    String post = render(day(LocalDate.of(2026, 8, 20)), Optional.of(model));

    assertThat(post)
        .doesNotContain("<script", "{{ site.title }}", "{% endraw %} [")
        .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
        .contains(
            "&lt;script&gt;alert(document.cookie)&lt;/script&gt;",
            "&#123;&#123; site.title &#125;&#125;");
  }
}
