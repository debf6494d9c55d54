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
}
