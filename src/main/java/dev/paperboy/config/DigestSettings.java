package dev.paperboy.config;

import dev.paperboy.digest.Budget;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Pricing;
import dev.paperboy.publish.Permalink;
import java.util.List;
import java.util.Objects;

/**
 * How the deep digest is made.
 *
 * @param enabled false skips the digest post entirely ({@code --no-digest})
 * @param model the model, or {@link dev.paperboy.digest.Provider#NONE} for HF's own summaries
 * @param top how many papers the digest covers
 * @param concurrency model requests in flight at once
 * @param maxAttempts attempts per request, retries on 429, 5xx and timeouts included
 * @param title the post title; {@code {date}} becomes the list date
 * @param permalink the digest post's URL
 * @param dailySummaries with a model, give every paper of the daily post a Korean one-line summary
 */
public record DigestSettings(
    boolean enabled,
    ModelSettings model,
    int top,
    int concurrency,
    int maxAttempts,
    Budget budget,
    String title,
    List<String> categories,
    List<String> tags,
    Permalink permalink,
    boolean dailySummaries) {

  public DigestSettings {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(permalink, "permalink");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
    Settings.require(top >= 1 && top <= 20, "digest.top must be between 1 and 20, not " + top);
    Settings.require(
        concurrency >= 1 && concurrency <= 32,
        "digest.concurrency must be between 1 and 32, not " + concurrency);
    Settings.require(
        maxAttempts >= 1 && maxAttempts <= 10,
        "digest.max-attempts must be between 1 and 10, not " + maxAttempts);
    Settings.require(
        !model.timeout().isNegative() && !model.timeout().isZero(),
        "digest.timeout-seconds must be positive");
  }

  public static DigestSettings defaults() {
    return new DigestSettings(
        true,
        ModelSettings.none(),
        5,
        6,
        3,
        new Budget(60, 500_000, 1.00, Pricing.UNKNOWN),
        "Hugging Face Daily Papers Top 5 - {date}",
        List.of("Daily Papers", "심층"),
        List.of("huggingface", "papers", "digest", "ai"),
        Permalink.DIGEST,
        true);
  }

  public DigestSettings withModel(ModelSettings value) {
    return new DigestSettings(
        enabled,
        value,
        top,
        concurrency,
        maxAttempts,
        budget,
        title,
        categories,
        tags,
        permalink,
        dailySummaries);
  }

  public DigestSettings withTop(int value) {
    return new DigestSettings(
        enabled,
        model,
        value,
        concurrency,
        maxAttempts,
        budget,
        title,
        categories,
        tags,
        permalink,
        dailySummaries);
  }

  public DigestSettings withEnabled(boolean value) {
    return new DigestSettings(
        value,
        model,
        top,
        concurrency,
        maxAttempts,
        budget,
        title,
        categories,
        tags,
        permalink,
        dailySummaries);
  }
}
