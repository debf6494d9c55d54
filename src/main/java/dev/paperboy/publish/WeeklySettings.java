package dev.paperboy.publish;

import dev.paperboy.rank.Week;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a blogger configures about the weekly edition; time, zone and author are the daily post's.
 *
 * @param enabled false: {@code daily} writes no weekly edition ({@code paperboy weekly} still does)
 * @param top how many papers it ranks
 * @param title the post title; {@code {yyyy}} is the week's year, {@code {w}} its number, {@code
 *     {week}} both ({@code 2026-W34})
 * @param permalink the post's URL; {@code {week}} is {@code 2026-W34}
 */
public record WeeklySettings(
    boolean enabled,
    int top,
    String title,
    List<String> categories,
    List<String> tags,
    String permalink) {
  private static final Pattern PATH =
      Pattern.compile("/([A-Za-z0-9._~-]|\\{week\\})+(/([A-Za-z0-9._~-]|\\{week\\})+)*/?");

  public WeeklySettings {
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
    if (permalink == null || !PATH.matcher(permalink).matches() || !permalink.contains("{week}")) {
      throw new IllegalArgumentException(
          "must be a URL path holding {week}, such as /posts/weekly-papers-{week}/, not '"
              + permalink
              + "'");
    }
  }

  public static WeeklySettings defaults() {
    return new WeeklySettings(
        true,
        10,
        "Hugging Face Weekly Papers - {yyyy}년 {w}주차",
        List.of("Daily Papers", "주간"),
        List.of("huggingface", "papers", "weekly", "ai"),
        "/posts/weekly-papers-{week}/");
  }

  /** The URL of {@code week}'s edition. */
  public String permalinkOf(Week week) {
    return permalink.replace("{week}", week.toString());
  }

  /** The title of {@code week}'s edition. */
  public String titleOf(Week week) {
    return title
        .replace("{week}", week.toString())
        .replace("{yyyy}", Integer.toString(week.year()))
        .replace("{w}", String.format(Locale.ROOT, "%d", week.week()));
  }
}
