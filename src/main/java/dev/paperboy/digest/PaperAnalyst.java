package dev.paperboy.digest;

import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.util.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses one paper with a model: the call (retried on 429, 5xx and timeouts), validation, at most
 * one repair turn for invalid output, numbers not in the text given or citations of sections and
 * tables the paper lacks ({@link Grounding}), and removal of whatever is still unsupported.
 * Anything that cannot be made valid becomes a {@link PaperDigest.Fallback}: a paper's digest never
 * throws.
 */
final class PaperAnalyst {
  private static final Logger LOG = LoggerFactory.getLogger(PaperAnalyst.class);

  /** Stands for an empty answer in the repair conversation: providers reject empty turns. */
  static final String NO_ANSWER = "(빈 답변)";

  static final int MAX_REPLAYED = 8_000;

  private final Summarizer summarizer;
  private final Semaphore permits;
  private final Budget budget;
  private final Usage usage;
  private final RetryPolicy retry;
  private final Sleeper sleeper;

  PaperAnalyst(
      Summarizer summarizer,
      Semaphore permits,
      Budget budget,
      Usage usage,
      RetryPolicy retry,
      Sleeper sleeper) {
    this.summarizer = summarizer;
    this.permits = permits;
    this.budget = budget;
    this.usage = usage;
    this.retry = retry;
    this.sleeper = sleeper;
  }

  PaperDigest analyze(Paper paper) {
    return analyze(paper, Reading.abstractOnly(null));
  }

  /**
   * Analyses {@code paper} from what {@code reading} gives the model; the analysis records the
   * reading's basis.
   */
  PaperDigest analyze(Paper paper, Reading reading) {
    Grounding grounding =
        reading.fullText()
            ? Grounding.of(paper.title(), paper.summary(), reading.body(), reading.excerpt())
            : new Grounding(paper.title(), paper.summary());
    List<Turn> conversation = new ArrayList<>(Prompt.conversation(paper, reading.excerpt()));
    Completion first;
    try {
      first = call(conversation, paper);
    } catch (Unavailable e) {
      return fallback(paper, e.getMessage());
    }
    Analysis candidate = null;
    List<String> problems;
    switch (AnalysisParser.parse(first.text(), reading.fullText())) {
      case AnalysisParser.Result.Valid valid -> {
        Analysis analysis = valid.analysis().withBasis(reading.basis());
        problems = grounding.problems(analysis);
        if (problems.isEmpty()) {
          return analyzed(paper, analysis, 0);
        }
        candidate = analysis;
      }
      case AnalysisParser.Result.Invalid invalid -> problems = invalid.problems();
    }
    LOG.info("{}: asking the model to repair its answer: {}", paper.id(), problems);
    conversation.add(Turn.assistant(replayed(first.text())));
    conversation.add(Prompt.repair(problems));
    Completion second;
    try {
      second = call(conversation, paper);
    } catch (Unavailable e) {
      return candidate != null
          ? strip(paper, candidate, grounding)
          : fallback(
              paper, "invalid answer " + problems + ", and the repair failed: " + e.getMessage());
    }
    return switch (AnalysisParser.parse(second.text(), reading.fullText())) {
      case AnalysisParser.Result.Valid valid ->
          strip(paper, valid.analysis().withBasis(reading.basis()), grounding);
      case AnalysisParser.Result.Invalid invalid ->
          candidate != null
              ? strip(paper, candidate, grounding)
              : fallback(paper, "invalid answer after one repair: " + invalid.problems());
    };
  }

  /** The first answer as the repair conversation repeats it: never empty, never huge. */
  private static String replayed(String answer) {
    if (answer == null || answer.isBlank()) {
      return NO_ANSWER;
    }
    return answer.length() > MAX_REPLAYED ? answer.substring(0, MAX_REPLAYED) + "…" : answer;
  }

  private PaperDigest strip(Paper paper, Analysis analysis, Grounding grounding) {
    List<String> problems = grounding.problems(analysis);
    if (problems.isEmpty()) {
      return analyzed(paper, analysis, 0);
    }
    Optional<Analysis> stripped = grounding.strip(analysis);
    if (stripped.isEmpty()) {
      return fallback(
          paper, "too little left after removing what the text does not support: " + problems);
    }
    int removed = removedCount(analysis, stripped.get());
    LOG.info("{}: removed {} part(s) the text does not support: {}", paper.id(), removed, problems);
    return analyzed(paper, stripped.get(), removed);
  }

  private static int removedCount(Analysis before, Analysis after) {
    return KoreanText.sentences(String.join(" ", parts(before)))
        - KoreanText.sentences(String.join(" ", parts(after)))
        + before.keyPoints().size()
        - after.keyPoints().size()
        + before.ideas().size()
        - after.ideas().size()
        + before.risks().size()
        - after.risks().size()
        + before.tags().size()
        - after.tags().size()
        + before.keyResults().size()
        - after.keyResults().size();
  }

  private static List<String> parts(Analysis a) {
    return List.of(
        a.summary(),
        a.developerView(),
        a.explanation(),
        a.difficultyReason(),
        a.confidenceReason());
  }

  private PaperDigest analyzed(Paper paper, Analysis analysis, int removed) {
    return new PaperDigest.Analyzed(paper, analysis, summarizer.model(), false, removed);
  }

  /**
   * A paper shown with HF's summary. Said once per paper, unless the model could not be reached at
   * all: then every paper falls back for the same reason, which the run's summary says once.
   */
  private PaperDigest fallback(Paper paper, String reason) {
    if (usage.totals().unreachable() == null) {
      LOG.warn(
          "{}: using Hugging Face's summary instead of a model analysis: {}", paper.id(), reason);
    }
    return new PaperDigest.Fallback(paper, reason);
  }

  private Completion call(List<Turn> conversation, Paper paper) {
    return call(conversation, null, paper.id());
  }

  /**
   * One request with retries, within the permits and the budget; {@code schema} null for the
   * analysis.
   *
   * @throws Unavailable when the model cannot (any more) be asked; the message says why
   */
  Completion call(List<Turn> conversation, JsonSchema schema, String label) {
    for (int attempt = 1; ; attempt++) {
      try {
        return callOnce(conversation, schema, label);
      } catch (LlmException e) {
        if (e.unreachable()) {
          usage.endpointUnreachable(e.getMessage());
          throw new Unavailable(e.getMessage());
        }
        if (!e.retriable() || attempt >= retry.maxAttempts()) {
          throw new Unavailable(
              e.getMessage() + (attempt > 1 ? " (after " + attempt + " attempts)" : ""));
        }
        Duration wait = retry.backoff(attempt);
        LOG.info(
            "{}: {}; attempt {} in {} s", label, e.getMessage(), attempt + 1, wait.toSeconds());
        sleep(wait);
      }
    }
  }

  /**
   * One request, holding a permit. The budget is checked once the permit is held, so at most {@code
   * concurrency} requests are ever in flight past a check.
   */
  private Completion callOnce(List<Turn> conversation, JsonSchema schema, String label) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
    try {
      Optional<String> refused = usage.reserveCall(budget);
      if (refused.isPresent()) {
        throw new Unavailable(refused.get());
      }
      long start = System.nanoTime();
      try {
        Completion c =
            schema == null
                ? summarizer.complete(List.copyOf(conversation))
                : summarizer.complete(List.copyOf(conversation), schema);
        usage.completed(c);
        LOG.info(
            "{}: {} answered in {} ms ({} tokens in, {} out)",
            label,
            summarizer.model(),
            c.latency().toMillis(),
            c.inputTokens(),
            c.outputTokens());
        return c;
      } catch (LlmException e) {
        usage.failed(Duration.ofNanos(System.nanoTime() - start));
        throw e;
      }
    } finally {
      permits.release();
    }
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
  }

  /** The model cannot be asked (any more) for this paper; the message says why. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message, null, false, false);
    }
  }
}
