package dev.paperboy.publish;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A post's URL pattern, written into its front matter as {@code permalink:} so that the theme's
 * default ({@code /posts/:title/} in Chirpy, where {@code :title} is the file name's slug and every
 * day's file has the same one) never decides it. Placeholders: {@code {date}} (2026-02-20), {@code
 * {yyyy}}, {@code {mm}}, {@code {dd}}.
 *
 * <p>Examples: {@code /posts/daily-papers-{date}/} gives {@code /posts/daily-papers-2026-02-20/};
 * {@code /posts/monthly-papers-summary-{yyyy}-{mm}/} gives {@code
 * /posts/monthly-papers-summary-2026-02/}.
 */
public record Permalink(String pattern) {
  private static final Pattern SHAPE =
      Pattern.compile(
          "/([A-Za-z0-9._~-]|\\{(date|yyyy|mm|dd)\\})+(/([A-Za-z0-9._~-]|\\{(date|yyyy|mm|dd)\\})+)*/?");

  public static final Permalink DAILY = new Permalink("/posts/daily-papers-{date}/");
  public static final Permalink DIGEST = new Permalink("/posts/daily-papers-top5-{date}/");
  public static final Permalink MONTHLY =
      new Permalink("/posts/monthly-papers-summary-{yyyy}-{mm}/");

  /**
   * @throws IllegalArgumentException unless the pattern is an absolute URL path of letters, digits,
   *     {@code . _ ~ -} and placeholders, naming at least the year and month
   */
  public Permalink {
    if (pattern == null || !SHAPE.matcher(pattern).matches()) {
      throw new IllegalArgumentException(
          "must be a URL path such as /posts/daily-papers-{date}/, not '" + pattern + "'");
    }
    if (!pattern.contains("{date}") && !(pattern.contains("{yyyy}") && pattern.contains("{mm}"))) {
      throw new IllegalArgumentException(
          "must hold {date}, or {yyyy} and {mm}, so that every post gets its own URL: '"
              + pattern
              + "'");
    }
  }

  /** The URL of the post for list date {@code date}. */
  public String of(LocalDate date) {
    return pattern
        .replace("{date}", date.toString())
        .replace("{yyyy}", String.format(Locale.ROOT, "%04d", date.getYear()))
        .replace("{mm}", String.format(Locale.ROOT, "%02d", date.getMonthValue()))
        .replace("{dd}", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
  }

  /** The URL of the post for a whole month: its first day stands for {@code {date}}. */
  public String of(YearMonth month) {
    return of(month.atDay(1));
  }
}
