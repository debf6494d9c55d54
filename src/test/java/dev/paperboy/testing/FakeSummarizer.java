package dev.paperboy.testing;

import dev.paperboy.digest.Completion;
import dev.paperboy.digest.Summarizer;
import dev.paperboy.digest.Turn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** An in-process model: answers with a function of the conversation and counts the calls. */
public final class FakeSummarizer implements Summarizer {
  private final String model;
  private final Function<List<Turn>, String> answer;
  private final AtomicInteger calls = new AtomicInteger();

  public FakeSummarizer(String model, Function<List<Turn>, String> answer) {
    this.model = model;
    this.answer = answer;
  }

  /** A model that answers every paper with {@link Answers#validFor}. */
  public static FakeSummarizer valid() {
    return new FakeSummarizer("fake/korean-analyst", Answers::validFor);
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public Completion complete(List<Turn> conversation) {
    calls.incrementAndGet();
    return new Completion(answer.apply(conversation), 1_000, 500, Duration.ofMillis(10));
  }

  public int calls() {
    return calls.get();
  }
}
