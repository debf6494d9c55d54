package dev.paperboy.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.util.Http;
import dev.paperboy.util.Json;
import dev.paperboy.util.Network;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts a run's anomalies to a chat webhook, once per run: one JSON body with the message as {@code
 * text} (Slack) and as {@code content} (Discord), so either kind of incoming webhook shows it.
 * Never fails the run: a webhook that cannot be reached is reported and that is all.
 */
public final class Webhook {
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final int MAX_LINES = 20;

  private final URI url;
  private final HttpClient client;

  public Webhook(URI url) {
    this.url = url;
    this.client = Http.builder(url).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** The message for {@code anomalies} of a run on {@code site}. */
  static String message(String site, List<Anomaly> anomalies) {
    StringBuilder text =
        new StringBuilder("Paperboy: ")
            .append(anomalies.size())
            .append(" problem(s) in the run on ")
            .append(site)
            .append(':');
    anomalies.stream()
        .limit(MAX_LINES)
        .forEach(a -> text.append("\n- [").append(a.kind()).append("] ").append(a.line()));
    if (anomalies.size() > MAX_LINES) {
      text.append("\n- … and ").append(anomalies.size() - MAX_LINES).append(" more");
    }
    return text.toString();
  }

  /**
   * Sends one message for {@code anomalies}; nothing for none.
   *
   * @return why it could not be delivered, or empty when it was (or there was nothing to send)
   */
  public Optional<String> send(String site, List<Anomaly> anomalies) {
    if (anomalies.isEmpty()) {
      return Optional.empty();
    }
    String text = message(site, anomalies);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", text);
    body.put("content", text.length() > 1_900 ? text.substring(0, 1_900) + "…" : text);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofSeconds(15))
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      JSON.writeValueAsString(body), StandardCharsets.UTF_8))
              .build();
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return response.statusCode() / 100 == 2
          ? Optional.empty()
          : Optional.of("the webhook answered HTTP " + response.statusCode());
    } catch (JsonProcessingException e) {
      return Optional.of("cannot build the message: " + e.getOriginalMessage());
    } catch (IOException e) {
      String unreachable = Network.unreachable(e);
      return Optional.of(unreachable != null ? unreachable : "request failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }
}
