package dev.paperboy.net;

import dev.paperboy.util.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads untrusted URLs safely: http(s) only, allowed hosts only (at every redirect hop), at
 * most {@value #MAX_REDIRECTS} redirects, never more than the byte cap read, polite hosts paced. A
 * host that refuses a connection is not tried again in the same run, so a run without network does
 * not wait out arXiv's pacing for nothing. {@code media.timeout-seconds} is a deadline for a whole
 * download, from connecting to the last byte (redirects included): a body that trickles in is cut
 * there and counts as network trouble, tried again on the next run.
 */
public final class Fetcher {
  static final int MAX_REDIRECTS = 3;

  private final FetchLimits settings;
  private final HttpClient client;
  private final HostPacer pacer;
  private final String userAgent;
  private final java.util.Set<String> unreachable =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  public Fetcher(FetchLimits settings, HttpClient client, HostPacer pacer, String userAgent) {
    this.settings = settings;
    this.client = client;
    this.pacer = pacer;
    this.userAgent = userAgent;
  }

  /** A downloaded body and the URL it finally came from. */
  public record Fetched(URI url, byte[] body) {}

  /** A client that follows no redirect by itself, so every hop is checked here. */
  public static HttpClient client() {
    return Http.builder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * Downloads {@code url} under the limits.
   *
   * @throws FetchException with the URL and the reason, for every way a download can fail
   */
  public Fetched get(URI url) {
    return get(url, "image/*, text/html;q=0.9, */*;q=0.1");
  }

  /** Downloads {@code url} under the limits, asking for {@code accept}; see {@link #get(URI)}. */
  public Fetched get(URI url, String accept) {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    URI current = url;
    for (int hop = 0; ; hop++) {
      check(current);
      HttpResponse<InputStream> response = send(current, remaining(deadline, current), accept);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        close(response);
        if (hop == MAX_REDIRECTS) {
          throw new FetchException(url, "more than " + MAX_REDIRECTS + " redirects");
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        try {
          current = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchException(url, "redirect to an invalid URL: " + location, e);
        }
        continue;
      }
      if (status != 200) {
        close(response);
        throw new FetchException(current, "HTTP " + status, status, null);
      }
      return new Fetched(current, read(current, response, deadline));
    }
  }

  private void check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new FetchException(uri, "only http and https URLs are fetched");
    }
    if (!settings.allows(uri.getHost())) {
      throw new FetchException(
          uri,
          "host "
              + uri.getHost()
              + " is not in "
              + settings.hostsSetting()
              + " "
              + settings.allowedHosts());
    }
  }

  private Duration remaining(long deadline, URI uri) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw FetchException.network(uri, "not downloaded within " + deadlineText());
    }
    return Duration.ofNanos(left);
  }

  private String deadlineText() {
    return settings.timeout().toMillis() % 1000 == 0
        ? settings.timeout().toSeconds() + " s"
        : settings.timeout().toMillis() + " ms";
  }

  private HttpResponse<InputStream> send(URI uri, Duration timeout, String accept) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header("Accept", accept);
    request.version(Http.version(uri));
    Runnable reachable =
        () -> {
          if (unreachable.contains(host)) {
            throw new FetchException(
                uri,
                "host " + host + " could not be reached earlier in this run",
                0,
                new ConnectException());
          }
        };
    try {
      return pacer.paced(
          host,
          reachable,
          () -> {
            try {
              return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (ConnectException e) {
              unreachable.add(host); // before the next request to the host gets its turn
              throw e;
            }
          });
    } catch (ConnectException e) {
      throw new FetchException(uri, "cannot connect: " + e, e);
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri, "timed out after " + deadlineText(), e);
    } catch (IOException e) {
      throw new FetchException(uri, "request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, "interrupted", e);
    } catch (FetchException e) {
      throw e;
    } catch (Exception e) {
      throw new FetchException(uri, "request failed: " + e, e);
    }
  }

  /**
   * Reads the body until the deadline: the read runs on a virtual thread, and at the deadline the
   * stream is closed under it, which ends the read however slowly the server sends.
   */
  private byte[] read(URI uri, HttpResponse<InputStream> response, long deadline) {
    Future<byte[]> reading =
        CompletableFuture.supplyAsync(() -> read(uri, response), Thread::startVirtualThread);
    try {
      return reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      close(response);
      reading.cancel(true);
      throw FetchException.network(uri, "not downloaded within " + deadlineText() + " (too slow)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof FetchException m) {
        throw m;
      }
      throw new FetchException(uri, "reading the body failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(response);
      throw new FetchException(uri, "interrupted", e);
    }
  }

  private byte[] read(URI uri, HttpResponse<InputStream> response) {
    long max = settings.maxBytes();
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > max) {
      close(response);
      throw new FetchException(
          uri, "declares " + declared + " bytes, over the cap of " + max + " bytes");
    }
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw new FetchException(
            uri, "more than " + max + " bytes, over the cap of " + max + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new FetchException(uri, "reading the body failed: " + e, e);
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing was wanted from this body
    }
  }
}
