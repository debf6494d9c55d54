package dev.paperboy.digest;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.paperboy.util.Network;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link Summarizer} over a LangChain4j {@link ChatModel}: one {@code chat} request with {@link
 * AnalysisSchema} as the response format. The model must be built with retries off ({@link
 * SummarizerFactory} does): retrying is {@link PaperAnalyst}'s job, so the budget sees every call.
 */
public final class LangChainSummarizer implements Summarizer {
  private final String id;
  private final Supplier<ChatModel> factory;
  private ChatModel model;

  /**
   * @param factory builds the model on the first request, so a run served entirely from the cache
   *     never loads the provider's client
   */
  public LangChainSummarizer(String id, Supplier<ChatModel> factory) {
    this.id = id;
    this.factory = factory;
  }

  private synchronized ChatModel chatModel() {
    if (model == null) {
      model = factory.get();
    }
    return model;
  }

  /** Holds the response format, built with the first request. */
  private static final class Format {
    static final ResponseFormat JSON_SCHEMA =
        ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(AnalysisSchema.SCHEMA)
            .build();
  }

  @Override
  public String model() {
    return id;
  }

  @Override
  public Completion complete(List<Turn> conversation) {
    return complete(conversation, Format.JSON_SCHEMA);
  }

  @Override
  public Completion complete(List<Turn> conversation, JsonSchema schema) {
    return complete(
        conversation,
        ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
  }

  private Completion complete(List<Turn> conversation, ResponseFormat format) {
    ChatRequest request =
        ChatRequest.builder()
            .messages(conversation.stream().map(LangChainSummarizer::message).toList())
            .responseFormat(format)
            .build();
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = chatModel().chat(request);
    } catch (RuntimeException e) {
      throw translate(e);
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    TokenUsage tokens = response.tokenUsage();
    AiMessage message = response.aiMessage();
    return new Completion(
        message == null ? null : message.text(),
        tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount(),
        tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount(),
        latency);
  }

  private LlmException translate(RuntimeException e) {
    Throwable root = e;
    HttpException http = e instanceof HttpException h ? h : null;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (http == null && root instanceof HttpException h) {
        http = h;
      }
    }
    if (http != null) {
      int status = http.statusCode();
      return new LlmException(
          id,
          "HTTP " + status + ": " + excerpt(http.getMessage()),
          status == 429 || status >= 500,
          e);
    }
    boolean timeout =
        e instanceof TimeoutException
            || root instanceof HttpTimeoutException
            || root instanceof java.net.SocketTimeoutException;
    if (timeout) {
      return new LlmException(id, "timed out", true, e);
    }
    String unreachable = Network.unreachable(e);
    if (unreachable != null) {
      return new LlmException(
          id, "the model endpoint is unreachable: " + unreachable, false, true, e);
    }
    boolean retriable = e instanceof RetriableException || root instanceof java.io.IOException;
    return new LlmException(id, excerpt(String.valueOf(e.getMessage())), retriable, e);
  }

  private static String excerpt(String text) {
    String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static ChatMessage message(Turn turn) {
    return switch (turn.role()) {
      case SYSTEM -> SystemMessage.from(turn.text());
      case USER -> UserMessage.from(turn.text());
      case ASSISTANT -> AiMessage.from(turn.text());
    };
  }
}
