package dev.paperboy.digest;

import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.List;

/**
 * The port to a language model: one request, one structured (JSON-schema) answer. Adapters ({@link
 * LangChainSummarizer}) translate to a provider's wire format; retries, validation, caching and
 * budgets are the caller's business, so an adapter makes exactly one HTTP request per call.
 */
public interface Summarizer {
  /**
   * The model's identity, e.g. {@code openai/gpt-4o-mini}; part of the cache key and recorded as
   * provenance in the post.
   */
  String model();

  /**
   * Sends {@code conversation} and returns the answer, which the provider was asked to shape after
   * {@link AnalysisSchema}.
   *
   * @throws LlmException when the request fails; {@link LlmException#retriable()} says whether
   *     trying again may help
   */
  Completion complete(List<Turn> conversation);

  /**
   * Sends {@code conversation} asking for an answer shaped after {@code schema} (another shape than
   * the analysis, e.g. {@link LineSchema}). Fakes that do not care about the shape answer as {@link
   * #complete(List)} does.
   */
  default Completion complete(List<Turn> conversation, JsonSchema schema) {
    return complete(conversation);
  }
}
