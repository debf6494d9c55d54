package dev.paperboy.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * A Slack incoming webhook: {@code {text, blocks}} with a header, one mrkdwn section per paper and
 * the post's link. Within Slack's limits: at most {@value #MAX_BLOCKS} blocks, a section's text at
 * most {@value #MAX_SECTION} characters, the header at most {@value #MAX_HEADER}. Titles and
 * summaries have {@code & < >} escaped, so none can open a link or a mention ({@code <!channel>});
 * a link's text has no {@code |}.
 */
record Slack(URI webhook) implements Platform {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION = 3_000;
  static final int MAX_HEADER = 150;

  @Override
  public Outgoing message(Edition e) {
    ObjectNode root = JSON.createObjectNode();
    root.put("text", "Hugging Face Daily Papers " + e.date() + ": " + e.items().size() + "편");
    ArrayNode blocks = root.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header
        .putObject("text")
        .put("type", "plain_text")
        .put("text", Platform.cut("🤗 Hugging Face Daily Papers — " + e.date(), MAX_HEADER));
    int room = MAX_BLOCKS - 2;
    int shown = 0;
    for (Edition.Item item : e.items()) {
      if (shown == room) {
        break;
      }
      StringBuilder text =
          new StringBuilder("*")
              .append(item.rank())
              .append(".* <")
              .append(item.hfUrl())
              .append('|')
              .append(escape(Platform.cut(item.title(), 250)).replace("|", "∣"))
              .append(">  👍 ")
              .append(item.upvotes());
      if (item.summaryKo() != null) {
        text.append('\n').append(escape(Platform.cut(item.summaryKo(), 600)));
      }
      section(blocks, Platform.cut(text.toString(), MAX_SECTION));
      shown++;
    }
    StringBuilder footer = new StringBuilder();
    if (e.items().size() > shown) {
      footer.append("… 외 ").append(e.items().size() - shown).append("편  ");
    }
    if (e.postUrl() != null) {
      footer.append('<').append(e.postUrl()).append("|블로그 글 보기>");
    }
    if (!footer.isEmpty()) {
      blocks
          .addObject()
          .put("type", "context")
          .putArray("elements")
          .addObject()
          .put("type", "mrkdwn")
          .put("text", footer.toString());
    }
    try {
      return new Outgoing(webhook, JSON.writeValueAsString(root));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    blocks
        .addObject()
        .put("type", "section")
        .putObject("text")
        .put("type", "mrkdwn")
        .put("text", mrkdwn);
  }

  /** Slack's mrkdwn escaping: {@code &}, {@code <}, {@code >}. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public Answer answer(int status, Optional<String> retryAfter, String body) {
    return Platform.byStatus(status, retryAfter, Platform.word(body));
  }
}
