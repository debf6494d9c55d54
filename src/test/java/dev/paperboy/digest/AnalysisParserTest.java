package dev.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.testing.Answers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisParserTest {
  private static final Map<String, Object> VALID = Answers.valid("SparseMix", "cuts 95% of cost");

  private static List<String> problems(Map<String, Object> answer) {
    return problems(Answers.json(answer));
  }

  private static List<String> problems(String answer) {
    AnalysisParser.Result r = AnalysisParser.parse(answer);
    assertThat(r).isInstanceOf(AnalysisParser.Result.Invalid.class);
    return ((AnalysisParser.Result.Invalid) r).problems();
  }

  @Test
  void validAnswerParsesIntoTheRecord() {
    AnalysisParser.Result r = AnalysisParser.parse(Answers.json(VALID));

    Analysis a = ((AnalysisParser.Result.Valid) r).analysis();
    assertThat(a.keyPoints()).hasSize(3);
    assertThat(a.risks()).hasSize(2);
    assertThat(a.tags()).containsExactly("AI", "Research", "Deep Learning");
    assertThat(a.difficulty()).isEqualTo(Level.MEDIUM);
    assertThat(a.explanation()).endsWith("95을 제시합니다.");
  }

  @Test
  void codeFencesAndChatterAroundTheObjectAreTolerated() {
    String fenced = "Here you go:\n```json\n" + Answers.json(VALID) + "\n```";

    assertThat(AnalysisParser.parse(fenced)).isInstanceOf(AnalysisParser.Result.Valid.class);
  }

  @Test
  void textIsFoldedToOneLineAndExtraListItemsAreCut() {
    Map<String, Object> answer =
        Answers.with(
            Answers.with(VALID, "one_line_summary", "여러 줄로\n\n나뉜   요약 문장입니다 정말로 그렇습니다"),
            "practical_ideas",
            List.of("첫째 아이디어 실험", "둘째 아이디어 실험", "셋째 아이디어 실험", "넷째 아이디어 실험"));

    Analysis a =
        ((AnalysisParser.Result.Valid) AnalysisParser.parse(Answers.json(answer))).analysis();

    assertThat(a.summary()).isEqualTo("여러 줄로 나뉜 요약 문장입니다 정말로 그렇습니다");
    assertThat(a.ideas()).hasSize(3);
  }

  @Test
  void everyProblemIsListedAtOnce() {
    Map<String, Object> bad = Answers.without(VALID, "key_points");
    bad = Answers.with(bad, "risks", List.of("하나뿐인 리스크"));
    bad = Answers.with(bad, "confidence", "high");
    bad = Answers.with(bad, "tags", List.of("AI", "a,b", "<b>x</b>"));

    assertThat(problems(bad))
        .containsExactlyInAnyOrder(
            "key_points is missing",
            "risks needs at least 2 non-empty items, not 1",
            "tags needs 3 to 8 distinct short tags of letters, digits, spaces and - + . # /"
                + " (at most 40 characters each); 1 were usable",
            "confidence must be one of 상, 중, 하");
  }

  @Test
  void englishProseIsRejected() {
    Map<String, Object> english =
        Answers.with(
            VALID,
            "developer_perspective",
            "Developers can plug this method into existing pipelines to validate it quickly.");

    assertThat(problems(english))
        .containsExactly(
            "developer_perspective must be written in Korean (only 0% of its words are Korean)");
  }

  @Test
  void chineseOrJapaneseLeaksAreRejected() {
    Map<String, Object> leak =
        Answers.with(VALID, "one_line_summary", "이 연구는 新的方法을 제안하며 실무에 도움이 되는 결과를 보인다");

    assertThat(problems(leak))
        .contains("one_line_summary contains Chinese or Japanese characters; write Korean only");
  }

  @Test
  void explanationNeedsFourToEightSentences() {
    Map<String, Object> short1 =
        Answers.with(
            VALID,
            "detailed_explanation",
            "이 논문은 새로운 방법을 제안하며 여러 실험에서 좋은 결과를 얻었다고 보고하는데 그 내용이 상당히 길고 자세하며 독자가 이해하기 쉽도록 배경과 방법을 모두 한 문장에 담았다. 끝.");

    assertThat(problems(short1))
        .containsExactly("detailed_explanation must have 4 to 8 sentences, not 2");
  }

  @Test
  void nonJsonAndEmptyAnswersAreProblemsNotExceptions() {
    assertThat(problems("I'm sorry, I can't help with that.").get(0))
        .startsWith("the answer is not valid JSON");
    assertThat(problems("")).containsExactly("the answer is empty: answer with the JSON object");
    assertThat(problems((String) null)).hasSize(1);
    assertThat(problems("[1, 2]").get(0)).startsWith("the answer must be one JSON object");
  }
}
