package dev.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LangChainSummarizerTest {
  @Test
  void theModelIsBuiltOnTheFirstRequestOnly() {
    AtomicInteger built = new AtomicInteger();
    ChatModel echo =
        new ChatModel() {
          @Override
          public ChatResponse doChat(ChatRequest request) {
            assertThat(request.responseFormat().jsonSchema().name()).isEqualTo("paper_digest");
            return ChatResponse.builder().aiMessage(AiMessage.from("{}")).build();
          }
        };
    LangChainSummarizer summarizer =
        new LangChainSummarizer(
            "fake/echo",
            () -> {
              built.incrementAndGet();
              return echo;
            });

    assertThat(summarizer.model()).isEqualTo("fake/echo");
    assertThat(built).as("a run served from the cache builds no client").hasValue(0);

    summarizer.complete(List.of(Turn.user("a")));
    summarizer.complete(List.of(Turn.user("b")));

    assertThat(built).hasValue(1);
  }
}
