package dev.paperboy.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * Any JSON endpoint: {@code {date, post_url, papers: [{rank, id, title, upvotes, summary_ko,
 * hf_url}]}}, the values as they are (the receiver escapes for wherever it shows them).
 */
record Webhook(URI url) implements Platform {
  @Override
  public Outgoing message(Edition e) {
    ObjectNode root = JSON.createObjectNode();
    root.put("date", e.date().toString());
    root.put("post_url", e.postUrl());
    ArrayNode papers = root.putArray("papers");
    for (Edition.Item item : e.items()) {
      papers
          .addObject()
          .put("rank", item.rank())
          .put("id", item.id())
          .put("title", item.title())
          .put("upvotes", item.upvotes())
          .put("summary_ko", item.summaryKo())
          .put("hf_url", item.hfUrl());
    }
    try {
      return new Outgoing(url, JSON.writeValueAsString(root));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public Answer answer(int status, Optional<String> retryAfter, String body) {
    return Platform.byStatus(status, retryAfter, "");
  }
}
