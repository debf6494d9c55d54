package dev.paperboy.net;

import dev.paperboy.PaperboyException;
import java.net.URI;

/** A URL could not be downloaded: the URL and the reason. */
public final class FetchException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final transient URI url;
  private final int status;
  private final boolean transientCause;

  public FetchException(URI url, String reason) {
    this(url, reason, 0, null);
  }

  public FetchException(URI url, String reason, Throwable cause) {
    this(url, reason, 0, cause);
  }

  /** A failure with the HTTP status that caused it (0 when there was none). */
  public FetchException(URI url, String reason, int status, Throwable cause) {
    this(url, reason, status, cause, cause instanceof java.io.IOException);
  }

  private FetchException(
      URI url, String reason, int status, Throwable cause, boolean transientCause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.status = status;
    this.transientCause = transientCause;
  }

  /** Network trouble worth trying again soon, e.g. a download cut at its deadline. */
  static FetchException network(URI url, String reason) {
    return new FetchException(url, reason, 0, null, true);
  }

  public URI url() {
    return url;
  }

  /**
   * Whether trying again soon may help: no answer at all (network, timeout), a rate limit or a
   * server error. Everything else (404, a refused host, a body over the cap) is lasting.
   */
  public boolean transientFailure() {
    return transientCause || status == 429 || status >= 500;
  }

  /** The HTTP status, or 0 when the failure was not an HTTP answer. */
  public int status() {
    return status;
  }
}
