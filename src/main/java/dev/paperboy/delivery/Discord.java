package dev.paperboy.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * A Discord webhook ({@code ?wait=true}): {@code content} with the date and the post's link, one
 * embed per paper, and {@code allowed_mentions: {parse: []}} so that {@code @everyone} in a title
 * pings nobody. Within Discord's limits, counted in characters: content at most {@value
 * #MAX_CONTENT}, at most {@value #MAX_EMBEDS} embeds, an embed's title at most {@value #MAX_TITLE},
 * all embed text together at most {@value #MAX_EMBED_TEXT}. Markdown in titles and summaries is
 * escaped.
 */
record Discord(URI webhook) implements Platform {
  static final int MAX_CONTENT = 2_000;
  static final int MAX_EMBEDS = 10;
  static final int MAX_TITLE = 256;
  static final int MAX_EMBED_TEXT = 6_000;

  @Override
  public Outgoing message(Edition e) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode embeds = JSON.createArrayNode();
    int used = 0;
    int shown = 0;
    for (Edition.Item item : e.items()) {
      if (shown == MAX_EMBEDS) {
        break;
      }
      String title = Platform.cut(item.rank() + ". " + escape(item.title()), MAX_TITLE);
      String description =
          "👍 "
              + item.upvotes()
              + (item.summaryKo() == null
                  ? ""
                  : "\n" + escape(Platform.cut(item.summaryKo(), 600)));
      int size = title.length() + description.length();
      if (used + size > MAX_EMBED_TEXT) {
        break;
      }
      ObjectNode embed = embeds.addObject();
      embed.put("title", title).put("url", item.hfUrl()).put("description", description);
      used += size;
      shown++;
    }
    StringBuilder content =
        new StringBuilder("**🤗 Hugging Face Daily Papers — ").append(e.date()).append("**");
    if (e.items().size() > shown) {
      content.append("\n… 외 ").append(e.items().size() - shown).append("편");
    }
    if (e.postUrl() != null) {
      content.append("\n블로그 글: <").append(e.postUrl()).append('>');
    }
    root.put("content", Platform.cut(content.toString(), MAX_CONTENT));
    root.set("embeds", embeds);
    root.putObject("allowed_mentions").putArray("parse");
    try {
      return new Outgoing(withWait(webhook), JSON.writeValueAsString(root));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static URI withWait(URI url) {
    String u = url.toString();
    return URI.create(u + (u.contains("?") ? "&" : "?") + "wait=true");
  }

  /** Discord's markdown escaped with backslashes; no line can start a heading or a quote. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\*_~`|>[]()#-:<@".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public Answer answer(int status, Optional<String> retryAfter, String body) {
    if (status == 429) {
      JsonNode json = Platform.tree(body);
      Optional<String> wait =
          json.path("retry_after").isNumber()
              ? Optional.of(json.path("retry_after").asText())
              : retryAfter;
      return Platform.byStatus(status, wait, "");
    }
    return Platform.byStatus(status, retryAfter, "");
  }
}
