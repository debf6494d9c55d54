package dev.paperboy.util;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * How Paperboy makes HTTP clients, in one place:
 *
 * <ul>
 *   <li>a plain {@code http://} server is spoken to in HTTP/1.1 (local model servers mishandle the
 *       h2c upgrade that HTTP/2 tries first), anything else in HTTP/2 ({@link #version});
 *   <li>every client built here is shut down by {@link #closeAll} before the process exits: an idle
 *       client's selector thread waits in native code, and the JVM's exit waits up to 300 ms for
 *       such threads.
 * </ul>
 */
public final class Http {
  private static final List<HttpClient> OPEN = new CopyOnWriteArrayList<>();

  private Http() {}

  /** The protocol version to speak to {@code uri}. */
  public static HttpClient.Version version(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme())
        ? HttpClient.Version.HTTP_1_1
        : HttpClient.Version.HTTP_2;
  }

  /** A client builder for a server at {@code base}: its version set by {@link #version}. */
  public static HttpClient.Builder builder(URI base) {
    return builder().version(version(base));
  }

  /** A client builder whose clients {@link #closeAll} shuts down. */
  public static HttpClient.Builder builder() {
    return new Tracked(HttpClient.newBuilder());
  }

  /** Shuts down every client built here, waiting briefly for each to stop. */
  public static void closeAll() {
    for (HttpClient client : OPEN) {
      client.shutdownNow();
      try {
        client.awaitTermination(Duration.ofMillis(200));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    OPEN.clear();
  }

  /** A builder that remembers what it builds. */
  private record Tracked(HttpClient.Builder builder) implements HttpClient.Builder {
    @Override
    public HttpClient.Builder cookieHandler(CookieHandler handler) {
      builder.cookieHandler(handler);
      return this;
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
      builder.connectTimeout(duration);
      return this;
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext context) {
      builder.sslContext(context);
      return this;
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters parameters) {
      builder.sslParameters(parameters);
      return this;
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
      builder.executor(executor);
      return this;
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
      builder.followRedirects(policy);
      return this;
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
      builder.version(version);
      return this;
    }

    @Override
    public HttpClient.Builder priority(int priority) {
      builder.priority(priority);
      return this;
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector selector) {
      builder.proxy(selector);
      return this;
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
      builder.authenticator(authenticator);
      return this;
    }

    @Override
    public HttpClient.Builder localAddress(InetAddress address) {
      builder.localAddress(address);
      return this;
    }

    @Override
    public HttpClient build() {
      HttpClient client = builder.build();
      OPEN.add(client);
      return client;
    }
  }
}
