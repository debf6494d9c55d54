package dev.paperboy.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A chat platform's message format and the meaning of its answers. Each one writes the day within
 * its platform's limits (cutting the list, never sending an oversized message) and escapes every
 * title and summary for its markup, so nothing in a paper can format, link or mention.
 */
sealed interface Platform permits Slack, Discord, Telegram, Webhook {
  ObjectMapper JSON = new ObjectMapper();

  /** The message for {@code edition}. */
  Outgoing message(Edition edition);

  /** What an answer with {@code status}, {@code retryAfter} header and {@code body} means. */
  Answer answer(int status, Optional<String> retryAfter, String body);

  /** The common reading: 2xx taken, 429 later, 5xx for now, any other status for good. */
  static Answer byStatus(int status, Optional<String> retryAfter, String detail) {
    if (status / 100 == 2) {
      return new Answer.Accepted();
    }
    if (status == 429) {
      return new Answer.Later(seconds(retryAfter.orElse(null)).orElse(Duration.ofSeconds(30)));
    }
    String reason = "HTTP " + status + (detail == null || detail.isEmpty() ? "" : " " + detail);
    return status >= 500 ? new Answer.Transient(reason) : new Answer.Lasting(reason);
  }

  /** A {@code Retry-After} value in (possibly fractional) seconds. */
  static Optional<Duration> seconds(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      double s = Double.parseDouble(value.strip());
      return s >= 0 && s < 86_400
          ? Optional.of(Duration.ofMillis((long) (s * 1000)))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A short word from an error body, safe to print: letters, digits and {@code _ -} only. */
  static String word(String body) {
    if (body == null) {
      return "";
    }
    String b = body.strip();
    return b.matches("[A-Za-z0-9_ -]{1,60}") ? "(" + b + ")" : "";
  }

  /** {@code text} cut to {@code max} characters (code points kept whole), with an ellipsis. */
  static String cut(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + "…";
  }

  /** {@code json} parsed, or an empty object. */
  static JsonNode tree(String json) {
    try {
      JsonNode n = JSON.readTree(json == null ? "" : json);
      return n == null ? JSON.createObjectNode() : n;
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }

  /** {@code base} with {@code path} appended, whatever slashes each has. */
  static URI join(URI base, String path) {
    String b = base.toString().replaceAll("/+$", "");
    return URI.create(b + path);
  }
}
