package dev.paperboy.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.digest.Turn;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Model answers for tests: valid Korean analyses, and ways to spoil them. */
public final class Answers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private Answers() {}

  /**
   * A valid analysis of the paper {@code title}; when {@code abstractText} holds a number, the
   * explanation quotes it, so grounding has something true to accept.
   */
  public static Map<String, Object> valid(String title, String abstractText) {
    String name = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
    if (name.length() > 60) {
      name = name.substring(0, 60);
    }
    Matcher m = NUMBER.matcher(abstractText == null ? "" : abstractText);
    String quoted = m.find() ? " 초록은 핵심 수치로 " + m.group() + "을 제시합니다." : "";
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("one_line_summary", name + " 연구는 기존 방법의 한계를 줄이는 새로운 접근을 제안하며 실무 활용 가능성이 높다.");
    a.put(
        "key_points",
        List.of(
            "기존 접근의 한계를 분석하고 새로운 방법을 제안함", "여러 실험에서 기존 방법보다 좋은 결과를 보고함", "코드와 설정을 함께 공개해 재현을 도움"));
    a.put("developer_perspective", "개발자는 이 방법을 기존 파이프라인에 붙여 효과를 빠르게 검증해 볼 수 있다.");
    a.put(
        "practical_ideas",
        List.of(
            "사내 데이터로 작은 규모의 재현 실험 진행", "기존 베이스라인과 같은 조건에서 비교 평가", "추론 비용과 품질의 균형을 측정해 도입 여부 판단"));
    a.put("risks", List.of("초록만으로는 일반화 성능을 판단하기 어려움", "대규모 자원이 필요할 수 있음"));
    a.put(
        "detailed_explanation",
        "이 논문은 해당 분야의 오래된 문제를 다룬다. 기존 방법은 비용이나 품질 면에서 한계가 있었다. 저자들은 새로운 구조와 학습 방법을 제안한다. 실험 결과 제안 방법이 기존 방법보다 나은 성능을 보였다고 보고한다."
            + quoted);
    a.put("tags", List.of("AI", "Research", "Deep Learning"));
    a.put("difficulty", "중");
    a.put("difficulty_reason", "기존 파이프라인에 붙이려면 약간의 구현 작업이 필요하다.");
    a.put("confidence", "중");
    a.put("confidence_reason", "초록만 보고 판단했으므로 본문 확인이 필요하다.");
    return a;
  }

  /** The valid analysis for the paper in a conversation's user message. */
  public static String validFor(List<Turn> conversation) {
    JsonNode paper = paper(conversation);
    return json(valid(paper.path("title").asText(), paper.path("abstract").asText()));
  }

  /** The {@code paper} object the prompt sent. */
  public static JsonNode paper(List<Turn> conversation) {
    String user = conversation.get(1).text();
    try {
      return JSON.readTree(user.substring(user.indexOf('{'), user.lastIndexOf('}') + 1))
          .path("paper");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String json(Map<String, Object> answer) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code answer} with {@code field} set to {@code value}. */
  public static Map<String, Object> with(Map<String, Object> answer, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(answer);
    copy.put(field, value);
    return copy;
  }

  /** {@code answer} without {@code field}. */
  public static Map<String, Object> without(Map<String, Object> answer, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(answer);
    copy.remove(field);
    return copy;
  }
}
