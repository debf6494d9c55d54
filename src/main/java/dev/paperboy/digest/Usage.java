package dev.paperboy.digest;

import java.time.Duration;
import java.util.Optional;

/** What a run has spent on the model and what its digests came to. Thread-safe. */
public final class Usage {
  private int calls;
  private int failedCalls;
  private long inputTokens;
  private long outputTokens;
  private long latencyNanos;
  private int analyzed;
  private int cached;
  private int fallbacks;
  private int removedNumbers;
  private String unreachable;

  /**
   * Reserves one request within {@code budget}.
   *
   * @return empty when reserved, else the reason the budget refuses
   */
  synchronized Optional<String> reserveCall(Budget budget) {
    if (unreachable != null) {
      return Optional.of(unreachable);
    }
    Optional<String> exhausted = budget.exhausted(totals());
    if (exhausted.isEmpty()) {
      calls++;
    }
    return exhausted;
  }

  synchronized void completed(Completion c) {
    inputTokens += c.inputTokens();
    outputTokens += c.outputTokens();
    latencyNanos += c.latency().toNanos();
  }

  synchronized void failed(Duration latency) {
    failedCalls++;
    latencyNanos += latency.toNanos();
  }

  /**
   * Records that the model endpoint cannot be reached: every later request of the run is refused at
   * once, so the remaining papers fall back without waiting out their own retries.
   */
  synchronized void endpointUnreachable(String reason) {
    if (unreachable == null) {
      unreachable = reason;
    }
  }

  synchronized void record(PaperDigest digest) {
    switch (digest) {
      case PaperDigest.Analyzed a -> {
        if (a.cached()) {
          cached++;
        } else {
          analyzed++;
          removedNumbers += a.removedNumbers();
        }
      }
      case PaperDigest.Fallback f -> fallbacks++;
    }
  }

  /** A consistent copy of the counters. */
  public synchronized Totals totals() {
    return new Totals(
        calls,
        failedCalls,
        inputTokens,
        outputTokens,
        Duration.ofNanos(latencyNanos),
        analyzed,
        cached,
        fallbacks,
        removedNumbers,
        unreachable);
  }

  /**
   * The counters at one moment.
   *
   * @param calls requests started, retries and repairs included
   * @param failedCalls requests that failed (and were retried or fell back)
   * @param latency summed wall time of all requests (more than the run's wall time when parallel)
   * @param analyzed papers analysed by a request made in this run
   * @param cached papers whose analysis came from the cache
   * @param fallbacks papers shown with Hugging Face's own summary instead
   * @param removedNumbers sentences or items dropped for numbers not found in the abstract
   * @param unreachable why the model endpoint could not be reached, when it could not; null
   */
  public record Totals(
      int calls,
      int failedCalls,
      long inputTokens,
      long outputTokens,
      Duration latency,
      int analyzed,
      int cached,
      int fallbacks,
      int removedNumbers,
      String unreachable) {}
}
