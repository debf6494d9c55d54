package dev.paperboy.hf;

import dev.paperboy.PaperboyException;

/**
 * The API cannot be reached at all: the connection was refused, the host is unknown, TLS failed, or
 * requests kept timing out. Nothing more is fetched in this run (the next run tries again); the
 * dates not fetched are not failures of the dates themselves.
 */
public final class UnreachableException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final String url;

  public UnreachableException(String url, String reason, Throwable cause) {
    super(reason, cause);
    this.url = url;
  }

  /** The request that found the API unreachable. */
  public String url() {
    return url;
  }
}
