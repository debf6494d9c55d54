package dev.paperboy.hub;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One model, dataset or Space on the Hub that cites a paper.
 *
 * @param id the repository id, e.g. {@code org/name}; checked to be one, so it is safe in a URL
 * @param downloads downloads as the Hub counts them (0 for Spaces)
 */
public record Artifact(Kind kind, String id, long downloads, long likes) {
  private static final Pattern ID =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,95})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?");

  public Artifact {
    if (!isId(id)) {
      throw new IllegalArgumentException("not a Hub repository id: " + id);
    }
  }

  /** The three kinds, with the Hub's API path, the order asked for and the page prefix. */
  public enum Kind {
    MODEL("models", "downloads", ""),
    DATASET("datasets", "downloads", "datasets/"),
    SPACE("spaces", "likes", "spaces/");

    final String api;
    final String sort;
    final String page;

    Kind(String api, String sort, String page) {
      this.api = api;
      this.sort = sort;
      this.page = page;
    }

    /** The JSON key and API path: {@code models}, {@code datasets}, {@code spaces}. */
    public String api() {
      return api;
    }
  }

  /** Whether {@code id} looks like a Hub repository id ({@code org/name} or {@code name}). */
  static boolean isId(String id) {
    return id != null && ID.matcher(id).matches() && !id.contains("..");
  }

  /** The page on huggingface.co. */
  public URI url() {
    return URI.create("https://huggingface.co/" + kind.page + id);
  }

  /** What ranks it among its kind: downloads for models and datasets, likes for Spaces. */
  public long popularity() {
    return kind == Kind.SPACE ? likes : downloads;
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + id;
  }
}
