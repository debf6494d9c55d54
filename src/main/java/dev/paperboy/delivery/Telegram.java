package dev.paperboy.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * A Telegram bot's {@code sendMessage} to one chat, in Telegram's HTML subset: the date in bold,
 * each paper as a link with its upvotes and Korean line, the post's link; link previews off. Every
 * title and summary has {@code & < >} escaped (a stray tag rejects the whole message), and the text
 * stays within {@value #MAX_TEXT} characters. The token is in the URL's path: the endpoint is never
 * printed.
 */
record Telegram(URI apiBase, String token, String chatId) implements Platform {
  static final int MAX_TEXT = 4_096;

  @Override
  public Outgoing message(Edition e) {
    StringBuilder text =
        new StringBuilder("<b>🤗 Hugging Face Daily Papers — ").append(e.date()).append("</b>\n");
    String tail =
        e.postUrl() == null ? "" : "\n<a href=\"" + attribute(e.postUrl()) + "\">블로그 글 보기</a>";
    int shown = 0;
    for (Edition.Item item : e.items()) {
      StringBuilder one =
          new StringBuilder("\n")
              .append(item.rank())
              .append(". <a href=\"")
              .append(attribute(item.hfUrl()))
              .append("\">")
              .append(escape(Platform.cut(item.title(), 250)))
              .append("</a> 👍 ")
              .append(item.upvotes());
      if (item.summaryKo() != null) {
        one.append('\n').append(escape(Platform.cut(item.summaryKo(), 400)));
      }
      one.append('\n');
      if (text.length() + one.length() + tail.length() + 20 > MAX_TEXT) {
        break;
      }
      text.append(one);
      shown++;
    }
    if (e.items().size() > shown) {
      text.append("\n… 외 ").append(e.items().size() - shown).append("편\n");
    }
    text.append(tail);
    ObjectNode root = JSON.createObjectNode();
    root.put("chat_id", chatId);
    root.put("text", text.toString().strip());
    root.put("parse_mode", "HTML");
    root.putObject("link_preview_options").put("is_disabled", true);
    try {
      return new Outgoing(
          Platform.join(apiBase, "/bot" + token + "/sendMessage"), JSON.writeValueAsString(root));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Telegram's HTML text escaping. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String attribute(String url) {
    return escape(url).replace("\"", "&quot;");
  }

  @Override
  public Answer answer(int status, Optional<String> retryAfter, String body) {
    JsonNode json = Platform.tree(body);
    if (status == 200 && json.path("ok").asBoolean(false)) {
      return new Answer.Accepted();
    }
    int code = json.path("error_code").isInt() ? json.path("error_code").asInt() : status;
    if (code == 429) {
      JsonNode wait = json.path("parameters").path("retry_after");
      return Platform.byStatus(429, wait.isNumber() ? Optional.of(wait.asText()) : retryAfter, "");
    }
    String description = json.path("description").asText("");
    String safe =
        description.matches("[A-Za-z0-9 :,'._-]{1,120}") && !description.contains(token)
            ? "(" + description + ")"
            : "";
    return Platform.byStatus(code == 200 ? 502 : code, retryAfter, safe);
  }
}
