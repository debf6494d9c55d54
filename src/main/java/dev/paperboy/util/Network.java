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
 * <p>The most telling cause in the chain wins: the JDK's HTTP client reports a failed DNS lookup as
 * a {@code ConnectException} caused by an {@code UnresolvedAddressException}, which is an unknown
 * host, not a refused connection.
 *
 * <pre>
 * unreachable(new ConnectException("Connection refused"))         = "connection refused"
 * unreachable(ConnectException caused by UnresolvedAddressException) = "unknown host (no network or DNS?)"
 * unreachable(new HttpConnectTimeoutException("…"))               = null   (a time-out: retried)
 * </pre>
 */
public final class Network {
  private Network() {}

  /** Why {@code error} (or a cause of it) means the server cannot be reached; null otherwise. */
  public static String unreachable(Throwable error) {
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = error; t != null && chain.size() < 20; t = t.getCause()) {
      chain.add(t);
      if (t.getCause() == t) {
        break;
      }
    }
    for (Throwable t : chain) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host (no network or DNS?)";
      }
    }
    for (Throwable t : chain) {
      if (t instanceof SSLException) {
        return "TLS failed: " + t.getMessage();
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
    }
    for (Throwable t : chain) {
      if (t instanceof ConnectException && !(t instanceof HttpConnectTimeoutException)) {
        return "connection refused";
      }
    }
    return null;
  }
}
