package dev.paperboy.digest;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.paperboy.util.Http;
import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds the configured {@link Summarizer}. Every provider gets a JDK HTTP client, forced to
 * HTTP/1.1 for plain {@code http://} endpoints (local servers mishandle the h2c upgrade), and
 * LangChain4j's own retries are switched off. Ollama is spoken to through its OpenAI-compatible API
 * ({@code /v1}), with the OpenAI client.
 */
public final class SummarizerFactory {
  private SummarizerFactory() {}

  /**
   * The summarizer for {@code settings}, or empty for {@link Provider#NONE}.
   *
   * @param env reads environment variables (the API key)
   * @throws DigestException when the model name, endpoint or key is missing or malformed
   */
  public static Optional<Summarizer> create(ModelSettings settings, UnaryOperator<String> env) {
    Provider provider = settings.provider();
    if (provider == Provider.NONE) {
      return Optional.empty();
    }
    if (settings.model() == null || settings.model().isBlank()) {
      throw new DigestException(
          "digest.provider is " + provider.id() + " but digest.model is not set");
    }
    String base = settings.effectiveBaseUrl();
    URI uri;
    try {
      uri = URI.create(base);
    } catch (IllegalArgumentException e) {
      throw new DigestException("digest.base-url '" + base + "' is not a valid URL", e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new DigestException(
          "digest.base-url '" + base + "' must start with http:// or https://");
    }
    String key = key(settings, uri, env);
    return Optional.of(
        new LangChainSummarizer(
            provider.id() + "/" + settings.model(), () -> chatModel(settings, uri, key)));
  }

  private static ChatModel chatModel(ModelSettings settings, URI uri, String key) {
    String base = settings.effectiveBaseUrl();
    JdkHttpClientBuilder http = new JdkHttpClientBuilder().httpClientBuilder(Http.builder(uri));
    return switch (settings.provider()) {
      case OPENAI, OLLAMA ->
          OpenAiChatModel.builder()
              .httpClientBuilder(http)
              .baseUrl(settings.provider() == Provider.OLLAMA ? openAiPath(base) : base)
              .apiKey(key)
              .modelName(settings.model())
              .temperature(settings.temperature())
              .maxCompletionTokens(settings.maxOutputTokens())
              .strictJsonSchema(true)
              .timeout(settings.timeout())
              .maxRetries(0)
              .build();
      case ANTHROPIC ->
          AnthropicChatModel.builder()
              .httpClientBuilder(http)
              .baseUrl(base)
              .apiKey(key)
              .modelName(settings.model())
              .temperature(settings.temperature())
              .maxTokens(settings.maxOutputTokens())
              .timeout(settings.timeout())
              .maxRetries(0)
              .build();
      case GEMINI ->
          GoogleAiGeminiChatModel.builder()
              .httpClientBuilder(http)
              .baseUrl(base)
              .apiKey(key)
              .modelName(settings.model())
              .temperature(settings.temperature())
              .maxOutputTokens(settings.maxOutputTokens())
              .timeout(settings.timeout())
              .maxRetries(0)
              .build();
      case NONE -> throw new IllegalStateException();
    };
  }

  /**
   * Ollama's OpenAI-compatible endpoint under {@code base}: {@code http://localhost:11434} gives
   * {@code http://localhost:11434/v1}; a base that already ends in {@code /v1} is kept.
   */
  static String openAiPath(String base) {
    String b = base.replaceAll("/+$", "");
    return b.endsWith("/v1") ? b : b + "/v1";
  }

  private static String key(ModelSettings settings, URI uri, UnaryOperator<String> env) {
    String variable = settings.effectiveKeyVariable();
    String key = variable == null ? null : env.apply(variable);
    if (key != null && !key.isBlank()) {
      return key.strip();
    }
    if (variable == null || "http".equals(uri.getScheme())) {
      // Local servers (Ollama, vLLM, LM Studio on http://) accept any key.
      return "unused";
    }
    throw new DigestException(
        "digest.provider "
            + settings.provider().id()
            + " needs an API key: set the environment variable "
            + variable
            + " (keys are never read from the config file)");
  }
}
