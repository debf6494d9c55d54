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

  /**
   * The valid analysis for the paper in a conversation's user message; when the paper came with its
   * body, it also {@link #readingTheBody reads the body}.
   */
  public static String validFor(List<Turn> conversation) {
    JsonNode paper = paper(conversation);
    Map<String, Object> answer =
        valid(paper.path("title").asText(), paper.path("abstract").asText());
    return json(paper.has("full_text") ? readingTheBody(answer, paper.get("full_text")) : answer);
  }

  /**
   * {@code answer} as a model that read the body writes it: a key point citing the first numbered
   * section, and key results quoting the last row of the first table with a number and the first
   * number of a section's paragraph, each citing where it is.
   */
  public static Map<String, Object> readingTheBody(Map<String, Object> answer, JsonNode body) {
    List<Map<String, String>> results = new java.util.ArrayList<>();
    for (JsonNode table : body.path("tables")) {
      JsonNode rows = table.path("rows");
      if (!table.path("table").asText().isEmpty() && rows.size() > 1) {
        String row = rows.get(rows.size() - 1).asText();
        Matcher m = NUMBER.matcher(row);
        if (m.find()) {
          results.add(
              Map.of(
                  "finding",
                  "제안 방법은 " + table.path("table").asText() + "에서 " + m.group() + "을 기록했다",
                  "source",
                  table.path("table").asText()));
          break;
        }
      }
    }
    String cited = null;
    for (JsonNode section : body.path("sections")) {
      String label = section.path("section").asText();
      if (label.isEmpty()) {
        continue;
      }
      cited = cited == null ? label : cited;
      for (JsonNode paragraph : section.path("paragraphs")) {
        Matcher m = NUMBER.matcher(paragraph.asText());
        if (results.size() < 2 && m.find()) {
          results.add(Map.of("finding", "본문은 " + m.group() + "이라는 수치를 보고한다", "source", label));
        }
      }
    }
    Map<String, Object> out = with(answer, "key_results", results);
    if (cited != null) {
      out.put(
          "key_points",
          List.of(
              "기존 접근의 한계를 분석하고 새로운 방법을 제안함 (" + cited + ")",
              "여러 실험에서 기존 방법보다 좋은 결과를 보고함",
              "코드와 설정을 함께 공개해 재현을 도움"));
    }
    return out;
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

  /**
   * What a model that read arxiv/full-paper.html answers: key points citing its sections, key
   * results citing its tables and sections, an explanation with numbers from the body.
   */
  public static Map<String, Object> fromFullPaper() {
    Map<String, Object> a =
        valid(
            "SparseMix",
            "We propose SparseMix, which cuts attention cost by 95% and speeds up decoding 16.2x"
                + " on 4 benchmarks.");
    a.put(
        "key_points",
        List.of(
            "각 query를 16개 attention 전문가 중 2개로 보내는 라우터를 제안함 (§1)",
            "dense 모델과 같은 품질을 유지하면서 attention 연산을 95% 줄였다고 보고함 (§1)",
            "학습 중 라우터 상태 때문에 메모리가 2.3배 더 필요함 (§5)"));
    a.put(
        "detailed_explanation",
        "긴 문맥 추론에서 attention이 비용의 대부분을 차지한다. 기존 MoE는 feed-forward만 나누고"
            + " attention은 dense로 남겨 두었다. SparseMix는 각 query를 top 2 전문가로 보내는 선형 라우터를"
            + " 쓴다 (§3.1). 1.3B 모델에서 MMLU 81.3점으로 dense보다 4.7점 높았다 (§4.2).");
    a.put(
        "key_results",
        List.of(
            Map.of("finding", "1.3B 규모에서 MMLU 81.3점, GSM8K 63.4점을 기록했다", "source", "표 2"),
            Map.of("finding", "토큰당 디코딩 지연을 41.0 ms에서 18.2 ms로 줄였다", "source", "§4.2"),
            Map.of("finding", "전문가를 하나만 쓰면 MMLU가 78.4점으로 떨어진다", "source", "표 3")));
    a.put("confidence_reason", "본문의 표와 절제 실험이 주장을 뒷받침한다.");
    return a;
  }
}
