package dev.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanTextTest {
  @Test
  void seedStyleMixedProseCountsAsKorean() {
    // A key point of seed 004: English technical terms inside a Korean sentence.
    assertThat(KoreanText.koreanRatio("Distillation 기반 fine-tuning objective를 통한 생성 품질 보존"))
        .isGreaterThan(AnalysisParser.MIN_KOREAN_RATIO);
    assertThat(KoreanText.koreanRatio("Top-k and Top-p masking fail at high sparsity")).isZero();
  }

  @Test
  void foreignScriptsAreDetected() {
    assertThat(KoreanText.hasForeignScript("한국어와 English 그리고 123")).isFalse();
    assertThat(KoreanText.hasForeignScript("模型")).isTrue();
    assertThat(KoreanText.hasForeignScript("モデル")).isTrue();
  }

  @Test
  void sentencesAreCountedAtTerminatorsButNotInsideNumbers() {
    assertThat(KoreanText.sentences("FID 1.4를 달성했다. 속도는 16.2배다! 정말인가? 마지막 문장")).isEqualTo(4);
  }
}
