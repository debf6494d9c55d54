package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.rank.RankedMonth;
import dev.paperboy.rank.Ranking;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MonthlyPostTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final YearMonth AUGUST = YearMonth.of(2026, 8);
  static final YearMonth OCTOBER = YearMonth.of(2025, 10);

  @TempDir Path site;

  static ArchivedDay day(LocalDate date, byte[] body, Instant seen) {
    return new ArchivedDay(date, EntryParser.parse(body, "f"), seen, "f");
  }

  /** August 2026 assembled from the four 2026 fixtures, placed on four of its weekdays. */
  static RankedMonth august() {
    return Ranking.rank(
        AUGUST,
        List.of(
            day(
                LocalDate.of(2026, 8, 4),
                Fixtures.day(LocalDate.of(2026, 5, 12)),
                Instant.parse("2026-08-05T03:00:00Z")),
            day(
                LocalDate.of(2026, 8, 11),
                Fixtures.day(LocalDate.of(2026, 6, 12)),
                Instant.parse("2026-08-12T03:00:00Z")),
            day(
                LocalDate.of(2026, 8, 18),
                Fixtures.day(LocalDate.of(2026, 7, 21)),
                Instant.parse("2026-08-19T03:00:00Z")),
            day(
                LocalDate.of(2026, 8, 20),
                Fixtures.day(LocalDate.of(2026, 8, 20)),
                Instant.parse("2026-08-21T01:30:00Z"))));
  }

  /** The first {@code n} entries of a fixture, each with its upvotes divided by {@code by}. */
  static byte[] earlier(LocalDate fixture, int n, int by) throws Exception {
    ArrayNode all = (ArrayNode) JSON.readTree(Fixtures.day(fixture));
    ArrayNode some = JSON.createArrayNode();
    for (int i = 0; i < n; i++) {
      ObjectNode entry = (ObjectNode) all.get(i).deepCopy();
      ObjectNode paper = (ObjectNode) entry.get("paper");
      paper.put("upvotes", paper.get("upvotes").asInt() / by);
      some.add(entry);
    }
    return JSON.writeValueAsBytes(some);
  }

  /**
   * October 2025 where eight papers of 10-08 were listed the day before too, with a third of the
   * upvotes: each counts once, with the later counts.
   */
  static RankedMonth octoberWithRepeats() throws Exception {
    LocalDate fixture = LocalDate.of(2025, 10, 8);
    return Ranking.rank(
        OCTOBER,
        List.of(
            day(
                LocalDate.of(2025, 10, 7),
                earlier(fixture, 8, 3),
                Instant.parse("2025-10-08T03:00:00Z")),
            day(fixture, Fixtures.day(fixture), Instant.parse("2025-10-09T03:00:00Z"))));
  }

  MonthlyPost post() {
    return new MonthlyPost(
        new Templates(site), PostSettings.defaults(), MonthlySettings.defaults(), Permalink.DIGEST);
  }

  @Test
  void rendersAMonthAssembledFromTheFixtures() {
    RankedMonth month = august();
    Set<LocalDate> daily =
        Set.of(
            LocalDate.of(2026, 8, 4),
            LocalDate.of(2026, 8, 11),
            LocalDate.of(2026, 8, 18),
            LocalDate.of(2026, 8, 20));

    MonthlyPost.Rendered r =
        post()
            .render(
                month,
                daily,
                Set.of(LocalDate.of(2026, 8, 20)),
                true,
                java.util.Map.of("2608.16590", "스스로 진화하는 <b>물리 지능</b>을 위한 폐루프 하네스"));

    Golden.assertMatches("monthly/2026-08-01-monthly-papers-summary.md", r.post());
    assertThat(r.post())
        .startsWith(
            "---\ntitle: \"Hugging Face Papers Monthly Summary - 2026년 8월\"\n"
                + "date: \"2026-09-01 09:00:00 +0900\"\n")
        .contains("categories:\n- \"Daily Papers\"\n- \"월간\"\n")
        .contains("permalink: \"/posts/monthly-papers-summary-2026-08/\"")
        .contains("## 📊 통계", "## 🔥 가장 인기 있는 논문 Top 20", "## 🏷️ 인기 태그 Top 10")
        .contains("   - 한 줄 요약: 스스로 진화하는 &lt;b&gt;물리 지능&lt;/b&gt;을 위한 폐루프 하네스\n")
        .contains("[일간 순위]({{ site.baseurl }}/posts/daily-papers-2026-08-20/)")
        .contains("[심층 분석]({{ site.baseurl }}/posts/daily-papers-top5-2026-08-20/)")
        .contains(
            "![2026년 8월 날짜별 논문 수와 좋아요]({{ site.baseurl }}/assets/img/charts/monthly-2026-08.svg)");
    assertThat(r.post())
        .doesNotContain("[심층 분석]({{ site.baseurl }}/posts/daily-papers-top5-2026-08-04/)");
  }

  @Test
  void aPaperListedOnTwoDatesCountsOnceWithItsLatestUpvotes() throws Exception {
    RankedMonth month = octoberWithRepeats();
    int unique = EntryParser.parse(Fixtures.day(LocalDate.of(2025, 10, 8)), "f").size();

    MonthlyPost.Rendered r = post().render(month, Set.of(), Set.of(), true);

    Golden.assertMatches("monthly/2025-10-01-monthly-papers-summary.md", r.post());
    assertThat(month.papers()).hasSize(unique);
    assertThat(month.days()).hasSize(2);
    assertThat(r.post())
        .contains("- 논문 수: **" + unique + "편**")
        .contains("- 목록이 나온 날: **2일**")
        .contains("- 총 좋아요: **" + month.upvotes() + "**")
        .contains("1. **" + month.papers().get(0).title());
    long fromFixture =
        EntryParser.parse(Fixtures.day(LocalDate.of(2025, 10, 8)), "f").stream()
            .mapToLong(p -> p.counts().upvotes())
            .sum();
    assertThat(month.upvotes()).isEqualTo(fromFixture);
  }

  @Test
  void theChartHasOneBarAndOnePointPerListDay() throws Exception {
    String svg = post().render(august(), Set.of(), Set.of(), true).chart();

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(count(doc.getElementsByTagName("rect"), "fill:rgb(47,111,208)")).isEqualTo(4);
    assertThat(count(doc.getElementsByTagName("g"), "fill:rgb(224,108,31)")).isEqualTo(4);
    assertThat(svg).contains(">4</text>", ">11</text>", ">18</text>", ">20</text>");
  }

  static int count(NodeList nodes, String style) {
    int n = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      if (((Element) nodes.item(i)).getAttribute("style").contains(style)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aMonthInProgressIsDatedOnItsFirstDayAndSaysSo() {
    String text = post().render(august(), Set.of(), Set.of(), false).post();

    assertThat(text).contains("date: \"2026-08-01 09:15:00 +0900\"").contains("이번 달은 아직 진행 중이며");
    assertThat(post().render(august(), Set.of(), Set.of(), true).post()).doesNotContain("진행 중");
  }

  @Test
  void theSameMonthGivesTheSameBytes() {
    assertThat(post().render(august(), Set.of(), Set.of(), true))
        .isEqualTo(post().render(august(), Set.of(), Set.of(), true));
  }
}
