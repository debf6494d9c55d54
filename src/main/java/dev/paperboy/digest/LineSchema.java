package dev.paperboy.digest;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * The JSON schema of a batch of one-line summaries: {@code {"summaries": [{"arxiv_id": …,
 * "summary": …}]}}; {@link OneLineSummarizer} checks every line again.
 */
final class LineSchema {
  static final String SUMMARIES = "summaries";
  static final String ID = "arxiv_id";
  static final String SUMMARY = "summary";

  static final JsonSchema SCHEMA =
      JsonSchema.builder()
          .name("paper_one_liners")
          .rootElement(
              JsonObjectSchema.builder()
                  .addProperty(
                      SUMMARIES,
                      JsonArraySchema.builder()
                          .description("논문마다 하나씩")
                          .items(
                              JsonObjectSchema.builder()
                                  .addProperty(ID, JsonStringSchema.builder().build())
                                  .addProperty(
                                      SUMMARY,
                                      JsonStringSchema.builder()
                                          .description("한국어 한 줄 요약, 20~150자")
                                          .build())
                                  .required(ID, SUMMARY)
                                  .additionalProperties(false)
                                  .build())
                          .build())
                  .required(SUMMARIES)
                  .additionalProperties(false)
                  .build())
          .build();

  private LineSchema() {}
}
