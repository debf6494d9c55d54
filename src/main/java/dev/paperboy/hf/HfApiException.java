package dev.paperboy.hf;

import dev.paperboy.PaperboyException;

/** The Hugging Face API answered with an error status, or could not be reached. */
public final class HfApiException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String url;

  public HfApiException(int status, String url, String bodyExcerpt) {
    super(
        "HTTP "
            + status
            + " from "
            + url
            + (bodyExcerpt.isBlank() ? "" : ": " + bodyExcerpt)
            + hint(status));
    this.status = status;
    this.url = url;
  }

  public HfApiException(String url, String what, Throwable cause) {
    super(
        what + " for " + url + ". Check the network or --source, then run again to catch up.",
        cause);
    this.status = 0;
    this.url = url;
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 -> " (check HF_TOKEN)";
      case 429 -> " (rate limited: run again later, or set HF_TOKEN for a higher quota)";
      default -> status >= 500 ? " (Hugging Face is having trouble: run again later)" : "";
    };
  }

  /** The HTTP status, or 0 when no response came back (timeout, connection refused). */
  public int status() {
    return status;
  }

  public String url() {
    return url;
  }
}
