package dev.paperboy.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Builds Daily Papers response bodies in the API's current shape. */
public final class Entries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArrayNode array = JSON.createArrayNode();

  public static Entries list() {
    return new Entries();
  }

  /** Adds an entry with a generated abstract and no organization. */
  public Entries add(String id, String title, int upvotes) {
    return add(id, title, "Abstract of " + id + ".", upvotes, 0, null);
  }

  /** Adds an entry; {@code org} null means none. */
  public Entries add(
      String id, String title, String summary, int upvotes, int comments, String org) {
    ObjectNode entry = array.addObject();
    ObjectNode paper = entry.putObject("paper");
    paper.put("id", id);
    paper
        .putArray("authors")
        .addObject()
        .put("_id", "a")
        .put("name", "Ada Lovelace")
        .put("hidden", false);
    paper.put("publishedAt", "2026-08-19T00:00:00.000Z");
    paper.put("submittedOnDailyAt", "2026-08-20T00:00:00.000Z");
    paper.put("title", title);
    paper.put("summary", summary);
    paper.put("upvotes", upvotes);
    if (org != null) {
      ObjectNode o = paper.putObject("organization");
      o.put("_id", "o").put("name", "org").put("fullname", org);
      entry.set("organization", o.deepCopy());
    }
    entry.put("title", title);
    entry.put(
        "thumbnail",
        "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/" + id + ".png");
    entry.put("numComments", comments);
    return this;
  }

  /** Adds {@code n} entries with ids {@code 2608.1xxxx} and falling upvotes. */
  public Entries addMany(int first, int n) {
    for (int i = first; i < first + n; i++) {
      add(String.format("2608.%05d", 10000 + i), "Paper number " + i, 1000 - i);
    }
    return this;
  }

  /** Sets the thumbnail URL of the last entry added. */
  public Entries thumbnail(String url) {
    ((ObjectNode) array.get(array.size() - 1)).put("thumbnail", url);
    return this;
  }

  /** Sets the code repository and its stars of the last entry added. */
  public Entries github(String url, int stars) {
    ObjectNode paper = (ObjectNode) array.get(array.size() - 1).get("paper");
    paper.put("githubRepo", url).put("githubStars", stars);
    return this;
  }

  /** Sets the submitter's media URLs of the last entry added. */
  public Entries mediaUrls(String... urls) {
    var list = ((ObjectNode) array.get(array.size() - 1)).putArray("mediaUrls");
    for (String url : urls) {
      list.add(url);
    }
    return this;
  }

  public String json() {
    return array.toString();
  }

  public byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }
}
