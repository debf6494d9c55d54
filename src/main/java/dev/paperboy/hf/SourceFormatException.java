package dev.paperboy.hf;

import dev.paperboy.PaperboyException;

/** A response or recorded file is not a Daily Papers list: the API may have changed. */
public final class SourceFormatException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final String origin;

  public SourceFormatException(String origin, String detail) {
    super("Unexpected Daily Papers data from " + origin + ": " + detail);
    this.origin = origin;
  }

  public SourceFormatException(String origin, String detail, Throwable cause) {
    super("Unexpected Daily Papers data from " + origin + ": " + detail, cause);
    this.origin = origin;
  }

  public String origin() {
    return origin;
  }
}
