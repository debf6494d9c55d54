package dev.paperboy.site;

import dev.paperboy.PaperboyException;

/** An output file could not be written. */
public final class SiteException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final String path;

  public SiteException(String path, String message) {
    super(message);
    this.path = path;
  }

  public SiteException(String path, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The site-relative path that was being written. */
  public String path() {
    return path;
  }
}
