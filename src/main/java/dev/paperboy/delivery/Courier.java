package dev.paperboy.delivery;

import dev.paperboy.util.Http;
import dev.paperboy.util.Network;
import dev.paperboy.util.Sleeper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;

/**
 * Posts one message and reads the platform's answer. A rate limit ({@code 429}) is waited out
 * within the run when the wait is short (at most {@value #MAX_WAIT_SECONDS} s in all per message,
 * {@value #ATTEMPTS} attempts), else left to the next run. Every reason it gives has the message's
 * secrets (webhook URL, bot token) masked: the HTTP client's own messages included.
 */
final class Courier {
  static final int ATTEMPTS = 3;
  static final int MAX_WAIT_SECONDS = 60;

  private final HttpClient client;
  private final Sleeper sleeper;
  private final Duration timeout;

  Courier(HttpClient client, Sleeper sleeper, Duration timeout) {
    this.client = client;
    this.sleeper = sleeper;
    this.timeout = timeout;
  }

  /** A courier with its own HTTP client. */
  static Courier create(Sleeper sleeper, Duration timeout) {
    return new Courier(Http.builder().connectTimeout(timeout).build(), sleeper, timeout);
  }

  /** Posts {@code out} to {@code platform}; {@code secrets} are masked in every reason. */
  Answer send(Platform platform, Outgoing out, Collection<String> secrets) {
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      Answer answer = once(platform, out, secrets);
      if (!(answer instanceof Answer.Later later)) {
        return answer;
      }
      Duration next = waited.plus(later.after());
      if (attempt >= ATTEMPTS || next.toSeconds() > MAX_WAIT_SECONDS) {
        return new Answer.Transient(
            "rate limited (retry after "
                + later.after().toSeconds()
                + " s); the next run tries again");
      }
      try {
        sleeper.sleep(later.after());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer.Transient("interrupted");
      }
      waited = next;
    }
  }

  private Answer once(Platform platform, Outgoing out, Collection<String> secrets) {
    HttpRequest request =
        HttpRequest.newBuilder(out.endpoint())
            .version(Http.version(out.endpoint()))
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(out.json(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String body = response.body() == null ? "" : response.body();
      Answer a =
          platform.answer(
              response.statusCode(), response.headers().firstValue("Retry-After"), body);
      return masked(a, secrets);
    } catch (HttpTimeoutException e) {
      return new Answer.Transient("timed out after " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      String unreachable = Network.unreachable(e);
      return new Answer.Transient(
          mask(unreachable != null ? unreachable : "request failed: " + e, secrets));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer.Transient("interrupted");
    }
  }

  private static Answer masked(Answer a, Collection<String> secrets) {
    return switch (a) {
      case Answer.Transient t -> new Answer.Transient(mask(t.reason(), secrets));
      case Answer.Lasting l -> new Answer.Lasting(mask(l.reason(), secrets));
      case Answer.Accepted ok -> ok;
      case Answer.Later later -> later;
    };
  }

  /** {@code text} with every secret (and its URL-encoded form) replaced by {@code ***}. */
  static String mask(String text, Collection<String> secrets) {
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        out = out.replace(s, "***");
        out = out.replace(java.net.URLEncoder.encode(s, StandardCharsets.UTF_8), "***");
      }
    }
    return out;
  }
}
