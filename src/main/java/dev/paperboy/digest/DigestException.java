package dev.paperboy.digest;

import dev.paperboy.PaperboyException;

/** A problem of the digest step that the run reports; never fatal to a daily run. */
public class DigestException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  public DigestException(String message) {
    super(message);
  }

  public DigestException(String message, Throwable cause) {
    super(message, cause);
  }
}
