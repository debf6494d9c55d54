package dev.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.arxiv.ArxivPage;
import dev.paperboy.arxiv.FullText;
import dev.paperboy.testing.Fixtures;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTest {
  static FullText fullPaper() {
    return ArxivPage.parse(
            Fixtures.text("arxiv/full-paper.html"),
            URI.create("https://arxiv.org/html/2608.00001"),
            2)
        .text();
  }

  private static final String CONTRIBUTIONS = "Our contributions are as follows:";
  private static final String METHOD_FIRST = "Each query q is scored";
  private static final String RESULT = "SparseMix reaches 81.3 on MMLU";
  private static final String LIMITATION = "SparseMix needs 2.3x more memory";
  private static final String CONCLUSION = "Routing attention to experts keeps quality";
  private static final String RELATED = "Sparse attention patterns";
  private static final String APPENDIX = "At 350M parameters";

  private static boolean has(Excerpt e, String start) {
    return e.sections().stream()
        .flatMap(p -> p.paragraphs().stream())
        .anyMatch(p -> p.startsWith(start));
  }

  @Test
  void aGenerousBudgetKeepsTheWholeBodyInDocumentOrder() {
    Excerpt e = Excerpt.of(fullPaper(), 40_000);

    assertThat(e.complete()).isTrue();
    assertThat(e.topSections()).containsExactly("§1", "§2", "§3", "§4", "§5", "§6", "§A");
    assertThat(e.tables()).extracting(FullText.Table::label).containsExactly("표 2", "표 3", "표 4");
    assertThat(e.sections()).extracting(Excerpt.Part::label).startsWith("§1", "§2", "§3.1", "§3.2");
  }

  @Test
  void aSmallBudgetKeepsTheContributionParagraphWithItsListFirst() {
    Excerpt e = Excerpt.of(fullPaper(), 300);

    assertThat(e.topSections()).containsExactly("§1");
    assertThat(e.sections().get(0).paragraphs())
        .containsExactly(
            CONTRIBUTIONS,
            "- We introduce SparseMix, a router that sends each query to 2 of 16 attention"
                + " experts.",
            "- We show that SparseMix matches dense quality while cutting attention FLOPs by 95%.");
    assertThat(e.complete()).isFalse();
  }

  @Test
  void asTheBudgetGrowsPartsArriveInTheOrderOfTheirPriority() {
    int total = fullPaper().chars();
    boolean sawResults = false;
    for (int budget = 50; budget <= total + 2_000; budget += 25) {
      Excerpt e = Excerpt.of(fullPaper(), budget);
      assertThat(e.chars()).as("budget %d", budget).isLessThanOrEqualTo(budget);
      if (has(e, METHOD_FIRST)) {
        assertThat(has(e, CONTRIBUTIONS)).as("budget %d", budget).isTrue();
      }
      if (has(e, RESULT)) {
        sawResults = true;
        assertThat(has(e, METHOD_FIRST)).as("budget %d", budget).isTrue();
      }
      if (has(e, LIMITATION) || has(e, CONCLUSION)) {
        assertThat(has(e, RESULT)).as("budget %d", budget).isTrue();
        assertThat(e.tables()).extracting(FullText.Table::label).contains("표 2");
      }
      if (has(e, RELATED)) {
        assertThat(has(e, LIMITATION) && has(e, CONCLUSION)).as("budget %d", budget).isTrue();
      }
      if (has(e, APPENDIX)) {
        assertThat(has(e, RELATED)).as("budget %d", budget).isTrue();
      }
    }
    assertThat(sawResults).isTrue();
  }

  @Test
  void aParagraphThatDoesNotFitIsCutAtASentence() {
    String text =
        "First sentence of the result is here. "
            + "Second sentence adds 12.5 points. ".repeat(40)
            + "Last.";
    FullText body =
        new FullText(
            List.of(new FullText.Section("4", "Results", 1, false, List.of(text))), List.of());

    Excerpt e = Excerpt.of(body, 700);

    String kept = e.sections().get(0).paragraphs().get(0);
    assertThat(kept).endsWith(".…").hasSizeLessThanOrEqualTo(700);
    assertThat(text).startsWith(kept.substring(0, kept.length() - 1));
  }

  @Test
  void noBodyOrNoBudgetIsNoExcerpt() {
    assertThat(Excerpt.of(FullText.EMPTY, 40_000).isEmpty()).isTrue();
    assertThat(Excerpt.of(fullPaper(), 0).isEmpty()).isTrue();
  }

  @Test
  void manyMethodPartsCannotCrowdOutTheResults() {
    List<FullText.Section> sections = new java.util.ArrayList<>();
    sections.add(new FullText.Section("3", "Method", 1, false, List.of()));
    for (int i = 1; i <= 300; i++) {
      sections.add(
          new FullText.Section(
              "3." + i,
              "Variant " + i,
              2,
              false,
              List.of("The variant minimises a loss. ".repeat(5))));
    }
    sections.add(
        new FullText.Section("4", "Results", 1, false, List.of("Ours reaches 81.3 on MMLU.")));
    FullText body =
        new FullText(
            sections,
            List.of(
                new FullText.Table("2", "Main results.", List.of(List.of("Ours", "81.3")), "4")));

    Excerpt e = Excerpt.of(body, 10_000);

    assertThat(has(e, "Ours reaches 81.3")).isTrue();
    assertThat(e.tables()).extracting(FullText.Table::label).containsExactly("표 2");
    assertThat(e.sections().stream().filter(p -> p.label().startsWith("§3.")).count())
        .as("method parts still fill what the results leave")
        .isGreaterThan(30);
  }
}
