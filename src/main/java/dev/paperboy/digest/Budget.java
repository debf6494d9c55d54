package dev.paperboy.digest;

import java.util.Locale;
import java.util.Optional;

/**
 * The most one run may spend on the model. Checked before every request; requests already in flight
 * when a limit is reached still complete, so a run can exceed a limit by at most the concurrency
 * minus one requests.
 *
 * @param maxCalls requests per run, repairs and retries included
 * @param maxTokens input plus output tokens per run
 * @param maxCostUsd estimated cost per run; only enforced when {@code pricing} is known
 */
public record Budget(int maxCalls, long maxTokens, double maxCostUsd, Pricing pricing) {
  public Budget {
    if (maxCalls < 0 || maxTokens < 0 || maxCostUsd < 0) {
      throw new IllegalArgumentException("budget limits must not be negative");
    }
  }

  /** Why {@code spent} leaves no room for another request, or empty when it does. */
  public Optional<String> exhausted(Usage.Totals spent) {
    if (spent.calls() >= maxCalls) {
      return Optional.of("the run's budget of " + maxCalls + " model calls is used up");
    }
    if (spent.inputTokens() + spent.outputTokens() >= maxTokens) {
      return Optional.of("the run's budget of " + maxTokens + " tokens is used up");
    }
    if (pricing.known() && pricing.cost(spent.inputTokens(), spent.outputTokens()) >= maxCostUsd) {
      return Optional.of(
          String.format(Locale.ROOT, "the run's budget of $%.2f is used up", maxCostUsd));
    }
    return Optional.empty();
  }
}
