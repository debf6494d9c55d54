package dev.paperboy.publish;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a blogger configures about the daily post.
 *
 * @param title the post title; {@code {date}} is replaced by the list date
 * @param time the local time written into the front matter {@code date}
 * @param zone the blog's time zone: the front matter offset and the "upvotes as of" line use it
 */
public record PostSettings(
    String title,
    LocalTime time,
    ZoneId zone,
    List<String> categories,
    List<String> tags,
    String author) {

  public PostSettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }

  public static PostSettings defaults() {
    return new PostSettings(
        "Hugging Face Daily Papers - {date}",
        LocalTime.of(9, 15),
        ZoneId.of("Asia/Seoul"),
        List.of("Daily Papers", "일간"),
        List.of("huggingface", "papers", "daily", "ai"),
        "paperboy");
  }
}
