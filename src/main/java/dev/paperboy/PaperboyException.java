package dev.paperboy;

/**
 * Root of every exception Paperboy throws on purpose. Unchecked; subclasses carry the context (URL,
 * status, file, date) needed to say what happened and what to do about it.
 */
public class PaperboyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PaperboyException(String message) {
    super(message);
  }

  public PaperboyException(String message, Throwable cause) {
    super(message, cause);
  }
}
