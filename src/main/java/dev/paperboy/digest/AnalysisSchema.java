package dev.paperboy.digest;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * The JSON schema every model answer must follow; field names are shared with {@link
 * AnalysisParser}. Sizes are stated in descriptions as well, because not every provider enforces
 * {@code minItems}/{@code maxItems}: the parser checks them all again.
 */
public final class AnalysisSchema {
  static final String SUMMARY = "one_line_summary";
  static final String KEY_POINTS = "key_points";
  static final String DEVELOPER = "developer_perspective";
  static final String IDEAS = "practical_ideas";
  static final String RISKS = "risks";
  static final String EXPLANATION = "detailed_explanation";
  static final String TAGS = "tags";
  static final String DIFFICULTY = "difficulty";
  static final String DIFFICULTY_REASON = "difficulty_reason";
  static final String CONFIDENCE = "confidence";
  static final String CONFIDENCE_REASON = "confidence_reason";
  static final String KEY_RESULTS = "key_results";
  static final String FINDING = "finding";
  static final String SOURCE = "source";

  /** The schema, named {@code paper_digest}. */
  public static final JsonSchema SCHEMA =
      JsonSchema.builder()
          .name("paper_digest")
          .rootElement(
              JsonObjectSchema.builder()
                  .addProperty(SUMMARY, text("한 줄 요약, 20~300자"))
                  .addProperty(KEY_POINTS, list("핵심 포인트 정확히 3개"))
                  .addProperty(DEVELOPER, text("개발자 관점 1~3문장"))
                  .addProperty(IDEAS, list("실무 적용 아이디어 정확히 3개"))
                  .addProperty(RISKS, list("리스크/한계 2~5개"))
                  .addProperty(EXPLANATION, text("상세 설명 4~8문장 (본문이 있으면 본문 기반)"))
                  .addProperty(TAGS, list("주제 태그 3~8개"))
                  .addProperty(DIFFICULTY, level("도입 난이도"))
                  .addProperty(DIFFICULTY_REASON, text("도입 난이도의 이유 한 문장"))
                  .addProperty(CONFIDENCE, level("읽은 내용 기준 신뢰도"))
                  .addProperty(CONFIDENCE_REASON, text("신뢰도의 이유 한 문장"))
                  .addProperty(KEY_RESULTS, keyResults())
                  .required(
                      SUMMARY,
                      KEY_POINTS,
                      DEVELOPER,
                      IDEAS,
                      RISKS,
                      EXPLANATION,
                      TAGS,
                      DIFFICULTY,
                      DIFFICULTY_REASON,
                      CONFIDENCE,
                      CONFIDENCE_REASON,
                      KEY_RESULTS)
                  .additionalProperties(false)
                  .build())
          .build();

  private AnalysisSchema() {}

  private static JsonStringSchema text(String description) {
    return JsonStringSchema.builder().description(description).build();
  }

  private static JsonArraySchema list(String description) {
    return JsonArraySchema.builder()
        .description(description)
        .items(JsonStringSchema.builder().build())
        .build();
  }

  private static JsonArraySchema keyResults() {
    return JsonArraySchema.builder()
        .description("본문을 받았을 때 주요 결과 2~4개, 초록만 받았을 때 빈 배열")
        .items(
            JsonObjectSchema.builder()
                .addProperty(FINDING, text("수치를 포함한 결과 한 문장"))
                .addProperty(SOURCE, text("근거 위치: §4.2 또는 표 2"))
                .required(FINDING, SOURCE)
                .additionalProperties(false)
                .build())
        .build();
  }

  private static JsonEnumSchema level(String description) {
    return JsonEnumSchema.builder().description(description).enumValues("상", "중", "하").build();
  }
}
