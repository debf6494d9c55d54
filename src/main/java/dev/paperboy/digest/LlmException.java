package dev.paperboy.digest;

/** A model request failed: the provider, and whether another attempt may succeed. */
public final class LlmException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final String model;
  private final boolean retriable;

  public LlmException(String model, String message, boolean retriable, Throwable cause) {
    super(model + ": " + message, cause);
    this.model = model;
    this.retriable = retriable;
  }

  /** The model that failed, as {@link Summarizer#model()} names it. */
  public String model() {
    return model;
  }

  /** True for rate limits (429), server errors (5xx) and timeouts. */
  public boolean retriable() {
    return retriable;
  }
}
