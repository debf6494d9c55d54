package dev.paperboy.publish;

import java.util.List;
import java.util.Objects;

/**
 * What a blogger configures about the monthly report; time, zone and author are the daily post's.
 *
 * @param enabled false: {@code daily} writes no monthly report ({@code paperboy monthly} still
 *     does)
 * @param top how many papers the report ranks
 * @param title the post title; {@code {yyyy}} is the year, {@code {m}} the month without a leading
 *     zero, {@code {mm}} with one
 * @param permalink the report's URL
 */
public record MonthlySettings(
    boolean enabled,
    int top,
    String title,
    List<String> categories,
    List<String> tags,
    Permalink permalink) {

  public MonthlySettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(permalink, "permalink");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }

  public static MonthlySettings defaults() {
    return new MonthlySettings(
        true,
        20,
        "Hugging Face Papers Monthly Summary - {yyyy}년 {m}월",
        List.of("Daily Papers", "월간"),
        List.of("huggingface", "papers", "monthly", "ai", "summary"),
        Permalink.MONTHLY);
  }
}
