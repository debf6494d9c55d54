package dev.paperboy.publish;

import java.util.List;
import java.util.Objects;

/**
 * What a blogger configures about the digest post; its time, zone and author are the daily post's.
 *
 * @param title the post title; {@code {date}} becomes the list date
 * @param permalink the digest post's URL
 */
public record DigestPostSettings(
    String title, List<String> categories, List<String> tags, Permalink permalink) {
  public DigestPostSettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(permalink, "permalink");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }

  public static DigestPostSettings defaults() {
    return new DigestPostSettings(
        "Hugging Face Daily Papers Top 5 - {date}",
        List.of("Daily Papers", "심층"),
        List.of("huggingface", "papers", "digest", "ai"),
        Permalink.DIGEST);
  }
}
