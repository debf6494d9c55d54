package dev.paperboy.digest;

import java.util.Locale;
import java.util.Optional;

/**
 * The model providers Paperboy can talk to, with their default endpoint and the environment
 * variable that holds the key. {@link #OPENAI} covers every OpenAI-compatible server (Ollama's
 * {@code /v1}, vLLM, LM Studio, OpenRouter, DeepSeek, Gemini's compatible endpoint) through {@code
 * base-url}; {@link #OLLAMA} is Ollama's own OpenAI-compatible API ({@code /v1} is added to its
 * base when missing).
 */
public enum Provider {
  NONE(null, null),
  OPENAI("https://api.openai.com/v1", "OPENAI_API_KEY"),
  ANTHROPIC("https://api.anthropic.com/v1/", "ANTHROPIC_API_KEY"),
  GEMINI("https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY"),
  OLLAMA("http://localhost:11434", null);

  private final String defaultBaseUrl;
  private final String keyVariable;

  Provider(String defaultBaseUrl, String keyVariable) {
    this.defaultBaseUrl = defaultBaseUrl;
    this.keyVariable = keyVariable;
  }

  /** The endpoint used when the config names none. */
  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The environment variable read for the API key by default; null when none is needed. */
  public String keyVariable() {
    return keyVariable;
  }

  /** The config-file spelling: {@code openai}, {@code anthropic}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The provider spelled {@code id} in a config file. */
  public static Optional<Provider> of(String id) {
    for (Provider p : values()) {
      if (p.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
