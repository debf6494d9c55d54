package dev.paperboy.util;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Tells a server that cannot be reached at all (connection refused, unknown host, no route, TLS
 * failure) from trouble that trying again may fix. The one rule behind every fast give-up: the
 * API's, the model's and the images'.
 *
 * <pre>
 * unreachable(new ConnectException("Connection refused")) = "connection refused: Connection refused"
 * unreachable(new HttpConnectTimeoutException("…"))       = null   (a time-out: retried)
 * </pre>
 */
public final class Network {
  private Network() {}

  /** Why {@code error} (or a cause of it) means the server cannot be reached; null otherwise. */
  public static String unreachable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host (no network or DNS?)";
      }
      if (t instanceof SSLException) {
        return "TLS failed: " + t.getMessage();
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof ConnectException && !(t instanceof HttpConnectTimeoutException)) {
        return "connection refused" + (t.getMessage() == null ? "" : ": " + t.getMessage());
      }
    }
    return null;
  }
}
