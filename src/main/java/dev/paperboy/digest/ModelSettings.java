package dev.paperboy.digest;

import java.time.Duration;
import java.util.Objects;

/**
 * Which model writes the digest and how to reach it. Keys are not here: {@code keyVariable} names
 * the environment variable that holds one.
 *
 * @param provider {@link Provider#NONE} for no model (the digest falls back to HF's summaries)
 * @param model the provider's model name, e.g. {@code gpt-4o-mini}
 * @param baseUrl the endpoint, or null for the provider's default
 * @param keyVariable the environment variable with the API key, or null for the provider's default
 * @param timeout per request
 * @param maxOutputTokens the answer's token limit
 * @param temperature null to leave the provider's default (some reasoning models reject any value)
 */
public record ModelSettings(
    Provider provider,
    String model,
    String baseUrl,
    String keyVariable,
    Duration timeout,
    int maxOutputTokens,
    Double temperature) {

  public ModelSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(timeout, "timeout");
  }

  public static ModelSettings none() {
    return new ModelSettings(Provider.NONE, null, null, null, Duration.ofSeconds(120), 4096, null);
  }

  /** The endpoint actually used. */
  public String effectiveBaseUrl() {
    return baseUrl != null && !baseUrl.isBlank() ? baseUrl : provider.defaultBaseUrl();
  }

  /** The key variable actually read, or null when the provider needs none. */
  public String effectiveKeyVariable() {
    return keyVariable != null && !keyVariable.isBlank() ? keyVariable : provider.keyVariable();
  }
}
