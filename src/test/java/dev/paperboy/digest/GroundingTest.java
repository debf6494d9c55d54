package dev.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.testing.Answers;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingTest {
  private final Grounding grounding =
      new Grounding(
          "Trinity Large: a 400B MoE",
          "We train on 17T tokens, reach 95.0% accuracy, 1,000 GPUs and a 16.2x speedup.");

  @Test
  void numbersCompareByValueWhateverTheUnit() {
    assertThat(grounding.ungrounded("17조 토큰, 정확도 95%, GPU 1000개, 16.2배 빠름, 400B 모델")).isEmpty();
  }

  @Test
  void inventedNumbersAreReportedOnceInOrder() {
    assertThat(grounding.ungrounded("정확도 97.5% 와 3배, 그리고 다시 97.5%")).containsExactly("97.5", "3");
  }

  @Test
  void stripRemovesOnlyTheSentencesAndItemsWithInventedNumbers() {
    Analysis a =
        ((AnalysisParser.Result.Valid)
                AnalysisParser.parse(
                    Answers.json(
                        Answers.with(
                            Answers.with(
                                Answers.valid("Trinity", ""),
                                "detailed_explanation",
                                "첫 문장은 초록에 있는 사실을 설명한다. 둘째 문장은 정확도를 97.5% 올렸다고 한다. 셋째 문장은 17조 토큰으로 학습했다고 말한다. 넷째 문장도 초록에 있는 사실이다."),
                            "key_points",
                            List.of("400B 모델 공개", "비용을 80% 절감", "MoE 구조 사용")))))
            .analysis();

    Analysis stripped = grounding.strip(a).orElseThrow();

    assertThat(stripped.explanation())
        .isEqualTo("첫 문장은 초록에 있는 사실을 설명한다. 셋째 문장은 17조 토큰으로 학습했다고 말한다. 넷째 문장도 초록에 있는 사실이다.");
    assertThat(stripped.keyPoints()).containsExactly("400B 모델 공개", "MoE 구조 사용");
    assertThat(grounding.ungrounded(stripped)).isEmpty();
  }

  @Test
  void nothingIsLeftWhenTheSummaryItselfIsInvented() {
    Analysis a =
        ((AnalysisParser.Result.Valid)
                AnalysisParser.parse(
                    Answers.json(
                        Answers.with(
                            Answers.valid("Trinity", ""),
                            "one_line_summary",
                            "이 모델은 경쟁 모델보다 42% 더 빠른 추론 속도를 보여준다고 주장한다."))))
            .analysis();

    assertThat(grounding.strip(a)).isEmpty();
  }

  private static final String TITLE = "SparseMix: Faster Attention with Sparse Expert Mixing";
  private static final String ABSTRACT =
      "We propose SparseMix, which cuts attention cost by 95% and speeds up decoding 16.2x on 4"
          + " benchmarks.";

  private static Grounding withBody() {
    var body = ExcerptTest.fullPaper();
    return Grounding.of(TITLE, ABSTRACT, body, Excerpt.of(body, 40_000));
  }

  private static Analysis analysis(List<String> keyPoints, List<Analysis.KeyResult> results) {
    return new Analysis(
        "SparseMix는 attention 비용을 크게 줄이는 방법을 제안한다.",
        keyPoints,
        "개발자는 추론 비용을 줄일 수 있다.",
        List.of("작은 모델로 재현해 본다", "지연 시간을 측정한다", "라우터를 분석한다"),
        List.of("학습 메모리가 늘어난다", "큰 모델에서 검증되지 않았다"),
        "첫 문장이다. 둘째 문장이다. 셋째 문장이다. 넷째 문장이다.",
        List.of("MoE", "Attention", "Efficiency"),
        Level.MEDIUM,
        "구현이 필요하다.",
        Level.MEDIUM,
        "본문 실험이 있다.",
        results,
        null);
  }

  @Test
  void withTheBodyANumberMustBeInTheTextTheModelWasGivenNotInTheBibliography() {
    Grounding g = withBody();

    assertThat(g.ungrounded("MMLU 81.3점, 지연 41.0 ms → 18.2 ms, 학습 메모리 2.3배")).isEmpty();
    assertThat(g.ungrounded("참고문헌의 99.9%, 각주의 64 GPU, 42.42배"))
        .containsExactly("99.9", "64", "42.42");
    assertThat(g.ungrounded("정확도가 오른다 (§4.2, 표 2)"))
        .as("a citation's digits are not numbers")
        .isEmpty();
  }

  @Test
  void citationsOfSectionsOrTablesThePaperLacksAreRemovedAndTheRestKept() {
    Analysis a =
        analysis(List.of("지연이 줄어든다 (§4.2)", "정확도가 오른다 (§9)", "비용이 준다 (§4, 표 7)"), List.of());

    assertThat(withBody().problems(a))
        .anySatisfy(p -> assertThat(p).contains("no section or table", "§9", "표 7"));
    assertThat(withBody().strip(a).orElseThrow().keyPoints())
        .containsExactly("지연이 줄어든다 (§4.2)", "정확도가 오른다", "비용이 준다 (§4)");
  }

  @Test
  void aKeyResultIsKeptOnlyWhenItsNumberIsWhereItCites() {
    Analysis a =
        analysis(
            List.of("지연이 줄어든다 (§4.2)", "정확도가 오른다", "비용이 준다"),
            List.of(
                new Analysis.KeyResult("MMLU에서 81.3점을 기록했다", "표 2"),
                new Analysis.KeyResult("토큰당 지연이 18.2 ms로 줄었다", " §4.2 "),
                new Analysis.KeyResult("MMLU에서 81.3점을 기록했다", "§9"),
                new Analysis.KeyResult("attention 비용을 95% 줄였다", "표 2"),
                new Analysis.KeyResult("단일 전문가는 78.4점이다", "(표 3)"),
                new Analysis.KeyResult("품질을 유지했다", "§6")));

    Analysis stripped = withBody().strip(a).orElseThrow();

    assertThat(stripped.keyResults())
        .containsExactly(
            new Analysis.KeyResult("MMLU에서 81.3점을 기록했다", "표 2"),
            new Analysis.KeyResult("토큰당 지연이 18.2 ms로 줄었다", "§4.2"),
            new Analysis.KeyResult("단일 전문가는 78.4점이다", "표 3"));
    assertThat(withBody().problems(a))
        .anySatisfy(p -> assertThat(p).contains("attention 비용을 95% 줄였다", "표 2"));
  }

  @Test
  void anAbstractOnlyAnalysisCitesNothing() {
    Analysis a = analysis(List.of("지연이 줄어든다 (§4.2)", "정확도가 오른다", "비용이 준다"), List.of());
    Grounding abstractOnly = new Grounding(TITLE, ABSTRACT);

    assertThat(abstractOnly.problems(a)).anySatisfy(p -> assertThat(p).contains("§4.2"));
    assertThat(abstractOnly.strip(a).orElseThrow().keyPoints()).first().isEqualTo("지연이 줄어든다");
  }
}
