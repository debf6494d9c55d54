package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import dev.paperboy.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus in {@code bad-input/daily_papers-2026-01-05.json}: Liquid, Markdown, HTML and
 * YAML injection, a 100 KB abstract, emoji, right-to-left text, nulls and duplicate ids. CI also
 * builds the post it gives with real Jekyll.
 */
class BadInputTest {
  static final LocalDate DATE = LocalDate.of(2026, 1, 5);
  static List<Paper> papers;
  static String post;
  static String body;

  @BeforeAll
  static void render(@TempDir Path site) {
    papers = EntryParser.parse(Fixtures.bytes("bad-input/daily_papers-2026-01-05.json"), "bad");
    RankedDay day =
        Ranking.rank(new ArchivedDay(DATE, papers, Instant.parse("2026-01-05T10:00:00Z"), "bad"));
    post = new DailyPost(new Templates(site), PostSettings.defaults()).render(day, 100);
    body = post.substring(post.indexOf("\n---\n", 4) + 5);
  }

  @Test
  void theDescriptionIsPlainEscapedText() {
    String description =
        post.lines().filter(l -> l.startsWith("description: ")).findFirst().orElseThrow();
    String value = description.substring("description: \"".length(), description.length() - 1);

    assertThat(value)
        .startsWith("오늘의 1위: ")
        .doesNotContain("<", ">", "{", "}", "[", "`")
        .doesNotContainPattern("(?<!\\\\)\"");
  }

  @Test
  void unusableEntriesAreSkippedWithTheirReasonAndTheRestIsKept() {
    var parsed =
        dev.paperboy.hf.EntryParser.read(
            Fixtures.bytes("bad-input/daily_papers-" + DATE + ".json"), "bad");
    assertThat(parsed.papers()).hasSize(26);
    assertThat(parsed.skipped())
        .containsExactly(
            "entry 26 (2601.10026) has upvotes = -5, outside 0 to 1000000",
            "entry 28 (2601.10028) has no title",
            "entry 29 has no valid arXiv id in paper.id (null)",
            "entry 30 (2601.10029) has upvotes = 100000000000000000000, outside 0 to 1000000");
  }

  @Test
  void corpusHasOverTwentyCasesAndDuplicatesCollapse() {
    assertThat(papers).hasSize(26);
    assertThat(papers)
        .filteredOn(p -> p.id().equals("2601.10015"))
        .singleElement()
        .satisfies(p -> assertThat(p.counts().upvotes()).isEqualTo(99));
  }

  @Test
  void frontMatterParsesAsYaml() throws Exception {
    assertThat(post).startsWith("---\n");
    String yaml = post.substring(4, post.indexOf("\n---\n", 4));
    JsonNode front = new ObjectMapper(new YAMLFactory()).readTree(yaml);

    assertThat(front.get("title").asText()).isEqualTo("Hugging Face Daily Papers - 2026-01-05");
    assertThat(front.get("date").asText()).isEqualTo("2026-01-05 09:15:00 +0900");
    assertThat(front.get("categories").get(1).asText()).isEqualTo("일간");
  }

  @Test
  void everyPaperIsOneWellFormedEntry() {
    List<String> lines = body.lines().toList();
    assertThat(lines.stream().filter(l -> l.matches("\\d+\\. \\*\\*.*\\*\\* - 👍 -?\\d+")))
        .hasSize(papers.size());
    assertThat(lines.stream().filter(l -> l.startsWith("   - Abstract: "))).hasSize(papers.size());
    assertThat(lines)
        .allSatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "|# .*|총 .*|좋아요 수는 .*|## 📊 좋아요 순위|\\d+\\. \\*\\*.*|   - (기관|Abstract): .*"
                            + "|   - \\[(HF 페이지|논문 링크|코드|프로젝트 페이지)\\]\\(https://[^()\\s]+\\).*"));
  }

  @Test
  void noLiquidSurvivesOutsideRawBlocks() {
    String withoutRaw = body.replace("{% raw %}", "").replace("{% endraw %}", "");

    assertThat(withoutRaw).doesNotContain("{{", "}}", "{%", "%}");
    assertThat(body).contains("{% raw %}Liquid output &#123;&#123; site.title &#125;&#125;");
    assertThat(body.split(Pattern.quote("{% raw %}"), -1).length)
        .isEqualTo(body.split(Pattern.quote("{% endraw %}"), -1).length);
  }

  @Test
  void noHtmlTagSurvives() {
    assertThat(body).doesNotContainPattern("<[a-zA-Z/!]");
    assertThat(body).contains("HTML &lt;script&gt;alert('x')&lt;/script&gt; title");
    assertThat(body).contains("기관: &lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void markdownSyntaxIsEscaped() {
    assertThat(body).contains("Markdown \\[click me\\](javascript:alert(1)) link");
    assertThat(body).contains("Table \\| pipes \\| here");
    assertThat(body).contains("Math \\$\\$ x^2 \\$\\$");
    assertThat(body).doesNotContainPattern("[^\\\\]\\]\\(javascript:");
  }

  @Test
  void hostileLinksAreDroppedOrEncoded() {
    assertThat(body).doesNotContain("[코드](javascript");
    assertThat(body).doesNotContain("example.com/a b");
  }

  @Test
  void hugeAbstractIsCut() {
    assertThat(body.lines().mapToInt(String::length).max().orElseThrow())
        .isLessThan(DailyPost.MAX_ABSTRACT * 2);
  }

  @Test
  void rightToLeftAndEmojiAreKeptButOverridesAreNot() {
    assertThat(body).contains("نموذج لغوي كبير").contains("🤗🚀👩‍💻").doesNotContain("\u202E");
    assertThat(body).contains("한글 분해된 한글 제목".substring(3)).contains("한글");
  }

  @Test
  void dataFileKeepsEmojiRawBecauseJekyllReadsJsonAsYaml() throws Exception {
    RankedDay day =
        Ranking.rank(new ArchivedDay(DATE, papers, Instant.parse("2026-01-05T10:00:00Z"), "bad"));
    String json =
        new String(DailyData.render(day, "test"), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json).contains("🤗").doesNotContain("\\uD8");
    new ObjectMapper(new YAMLFactory()).readTree(json);
  }

  @Test
  void controlCharactersAreGone() {
    assertThat(body).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
  }
}
