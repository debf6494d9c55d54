package dev.paperboy.digest;

/** A model request failed: the provider, and whether another attempt may succeed. */
public final class LlmException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final String model;
  private final boolean retriable;
  private final boolean unreachable;

  public LlmException(String model, String message, boolean retriable, Throwable cause) {
    this(model, message, retriable, false, cause);
  }

  /**
   * @param unreachable the endpoint cannot be reached at all (refused, unknown host, TLS): no later
   *     request in the run will fare better
   */
  public LlmException(
      String model, String message, boolean retriable, boolean unreachable, Throwable cause) {
    super(model + ": " + message, cause);
    this.model = model;
    this.retriable = retriable;
    this.unreachable = unreachable;
  }

  /** Whether the endpoint cannot be reached at all; see the constructor. */
  public boolean unreachable() {
    return unreachable;
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
