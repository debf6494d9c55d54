package dev.paperboy.media;

import dev.paperboy.PaperboyException;
import java.net.URI;

/**
 * A downloaded image cannot be used (a video, an unknown type, too many pixels, undecodable): the
 * URL and the reason. The body arrived whole, so the failure is lasting, retried only after {@code
 * media.retry-after-days}; download failures are {@link dev.paperboy.net.FetchException}. Never
 * fails a run.
 */
public final class MediaException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final transient URI url;

  public MediaException(URI url, String reason) {
    this(url, reason, null);
  }

  public MediaException(URI url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
  }

  public URI url() {
    return url;
  }
}
