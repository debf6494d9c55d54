package dev.paperboy.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a blogger configures about the daily post.
 *
 * @param title the post title; {@code {date}} is replaced by the list date
 * @param time the local time written into the front matter {@code date}
 * @param zone the blog's time zone: the front matter offset and the "upvotes as of" line use it
 * @param permalink the daily post's URL
 */
public record PostSettings(
    String title,
    LocalTime time,
    ZoneId zone,
    List<String> categories,
    List<String> tags,
    String author,
    Permalink permalink) {

  public PostSettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(permalink, "permalink");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }

  private static final DateTimeFormatter FRONT_MATTER_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);

  /** The front matter {@code date} of a post for {@code date}, e.g. 2026-02-20 09:15:00 +0900. */
  public String frontMatterDate(LocalDate date) {
    return FRONT_MATTER_DATE.format(ZonedDateTime.of(date, time, zone));
  }

  /** The front matter {@code date} of a post dated at {@code instant}, in the blog's zone. */
  public String frontMatterDate(Instant instant) {
    return FRONT_MATTER_DATE.format(instant.atZone(zone));
  }

  /** An "upvotes as of" time in the blog's zone, e.g. 2026-02-21 10:30 KST; null for null. */
  public String asOf(Instant instant) {
    return instant == null ? null : AS_OF.format(instant.atZone(zone));
  }

  public static PostSettings defaults() {
    return new PostSettings(
        "Hugging Face Daily Papers - {date}",
        LocalTime.of(9, 15),
        ZoneId.of("Asia/Seoul"),
        List.of("Daily Papers", "일간"),
        List.of("huggingface", "papers", "daily", "ai"),
        "paperboy",
        Permalink.DAILY);
  }
}
