package dev.paperboy.radar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.hf.Counts;
import dev.paperboy.hf.Organization;
import dev.paperboy.hf.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
  static Paper paper(String title, String summary, String org, List<String> authors, String by) {
    return new Paper(
        "2608.00001",
        title,
        summary,
        authors,
        org == null ? null : new Organization(org.toLowerCase(), org, null),
        null,
        null,
        null,
        List.of("tool calling"),
        null,
        null,
        List.of(),
        null,
        null,
        by,
        new Counts(10, 0, null));
  }

  static Watchlist list(List<String> keywords, List<String> exclude, List<String> orgs) {
    return new Watchlist(
        "w",
        "W",
        keywords,
        exclude,
        orgs,
        List.of("Yoshua Bengio"),
        List.of("akhaliq"),
        null,
        0,
        0.3);
  }

  private static String why(Watchlist w, Paper p) {
    Rules r = new Rules(w);
    String text = Rules.text(p);
    return r.excluded(text) ? "excluded" : r.why(p, text).orElse("none");
  }

  @Test
  void keywordsAreWholeWordsInAnyCaseWithTheirPlurals() {
    Watchlist w = list(List.of("agent", "tool use", "RL"), List.of(), List.of());

    assertThat(why(w, paper("Web Agents at scale", "", null, List.of(), null)))
        .isEqualTo("키워드: agent");
    assertThat(why(w, paper("An LLM-agent", "", null, List.of(), null))).isEqualTo("키워드: agent");
    assertThat(why(w, paper("Tool-Use benchmarks", "", null, List.of(), null)))
        .isEqualTo("키워드: tool use");
    assertThat(why(w, paper("Chemistry", "a reagent that is agentic", null, List.of(), null)))
        .isEqualTo("none");
    assertThat(why(w, paper("Online rl for robots", "", null, List.of(), null)))
        .isEqualTo("키워드: RL");
    assertThat(why(w, paper("CURL: contrastive", "", null, List.of(), null))).isEqualTo("none");
  }

  @Test
  void anExcludedWordWinsOverEveryRule() {
    Watchlist w = list(List.of("agent"), List.of("survey"), List.of("KAIST"));

    assertThat(why(w, paper("A Survey of Agents", "", "KAIST AI", List.of(), null)))
        .isEqualTo("excluded");
    assertThat(why(w, paper("Agents", "we survey prior work", null, List.of(), null)))
        .isEqualTo("excluded");
  }

  @Test
  void organizationsAuthorsAndSubmittersMatchAsTheySay() {
    Watchlist w = list(List.of(), List.of(), List.of("KAIST", "LG AI Research"));

    assertThat(why(w, paper("X", "", "KAIST AI", List.of(), null))).isEqualTo("기관: KAIST");
    assertThat(why(w, paper("X", "", "LG AI Research Lab", List.of(), null)))
        .isEqualTo("기관: LG AI Research");
    assertThat(why(w, paper("X", "", "LG Electronics", List.of(), null))).isEqualTo("none");
    assertThat(why(w, paper("X", "", "KAISTAR", List.of(), null))).isEqualTo("none");
    assertThat(why(w, paper("X", "", null, List.of("A B", "yoshua  bengio"), null)))
        .isEqualTo("저자: Yoshua Bengio");
    assertThat(why(w, paper("X", "", null, List.of("Yoshua Bengioo"), null))).isEqualTo("none");
    assertThat(why(w, paper("X", "", null, List.of(), "AKhaliq"))).isEqualTo("제출자: akhaliq");
  }

  @Test
  void hfKeywordsCountAsText() {
    Watchlist w = list(List.of("tool calling"), List.of(), List.of());

    assertThat(why(w, paper("X", "Y", null, List.of(), null))).isEqualTo("키워드: tool calling");
  }
}
