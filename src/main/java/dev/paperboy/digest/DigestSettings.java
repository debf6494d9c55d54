package dev.paperboy.digest;

import java.util.Objects;

/**
 * How the deep digest is made; the post's title, categories and URL are {@code
 * publish.DigestPostSettings}. Values come through the config file's checks ({@code
 * config.FileConfig} declares every range).
 *
 * @param enabled false skips the digest post entirely ({@code --no-digest})
 * @param model the model, or {@link Provider#NONE} for HF's own summaries
 * @param top how many papers the digest covers
 * @param concurrency model requests in flight at once
 * @param maxAttempts attempts per request, retries on 429, 5xx and timeouts included
 * @param dailySummaries with a model, give every paper of the daily post a Korean one-line summary
 * @param fullText whether and how much of each paper's body the model reads
 */
public record DigestSettings(
    boolean enabled,
    ModelSettings model,
    int top,
    int concurrency,
    int maxAttempts,
    Budget budget,
    boolean dailySummaries,
    FullTextSettings fullText) {

  public DigestSettings {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(fullText, "fullText");
  }

  public static DigestSettings defaults() {
    return new DigestSettings(
        true,
        ModelSettings.none(),
        5,
        6,
        3,
        new Budget(60, 500_000, 1.00, Pricing.UNKNOWN),
        true,
        FullTextSettings.defaults());
  }

  public DigestSettings withModel(ModelSettings value) {
    return new DigestSettings(
        enabled, value, top, concurrency, maxAttempts, budget, dailySummaries, fullText);
  }

  public DigestSettings withTop(int value) {
    return new DigestSettings(
        enabled, model, value, concurrency, maxAttempts, budget, dailySummaries, fullText);
  }

  public DigestSettings withEnabled(boolean value) {
    return new DigestSettings(
        value, model, top, concurrency, maxAttempts, budget, dailySummaries, fullText);
  }

  public DigestSettings withFullText(FullTextSettings value) {
    return new DigestSettings(
        enabled, model, top, concurrency, maxAttempts, budget, dailySummaries, value);
  }
}
