package dev.paperboy.web;

import dev.paperboy.archive.SearchQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns request parameters into archive queries, refusing bad ones with a {@link
 * BadRequestException} that says what was wrong: the only place that parses them, for the pages and
 * the API alike.
 */
final class Params {
  static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{4,5}");
  static final int PAGE_SIZE = 20;

  private Params() {}

  /**
   * Refuses a request whose query string has a control character (NUL, a line break, an escape…) in
   * a parameter's name or value: no page or search is asked for with one, and SQLite would truncate
   * or refuse it.
   */
  static void refuseControlCharacters(java.util.Map<String, java.util.List<String>> query) {
    query.forEach(
        (name, values) -> {
          for (String value : values) {
            if (hasControl(name) || hasControl(value)) {
              throw new BadRequestException(
                  400,
                  "The parameter '"
                      + cut(visible(name))
                      + "' holds a control character (such as NUL or a line break); remove it"
                      + " and try again.");
            }
          }
        });
  }

  private static boolean hasControl(String s) {
    return s != null && s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
  }

  /** {@code s} with its control characters shown as U+FFFD, for a message. */
  private static String visible(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.chars()
        .forEach(c -> out.append(Character.getType(c) == Character.CONTROL ? '\uFFFD' : (char) c));
    return out.toString();
  }

  /** The search of a request, from q, org, keyword, from, to, min-upvotes, sort and page. */
  static SearchQuery search(Function<String, String> param) {
    String q = param.apply("q");
    if (q != null && q.length() > SearchQuery.MAX_TEXT) {
      throw new BadRequestException(
          400,
          "The search text is "
              + q.length()
              + " characters long; at most "
              + SearchQuery.MAX_TEXT
              + " are searched.");
    }
    try {
      return new SearchQuery(
          q,
          param.apply("org"),
          param.apply("keyword"),
          date(param.apply("from"), "from"),
          date(param.apply("to"), "to"),
          number(param.apply("min-upvotes"), "min-upvotes"),
          sort(param.apply("sort")),
          page(param.apply("page")),
          PAGE_SIZE);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(400, capital(e.getMessage()) + ".");
    }
  }

  static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          400, "'" + name + "' must be a date such as 2026-02-20, not '" + cut(value) + "'.");
    }
  }

  static YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          400, "The month must look like 2026-02, not '" + cut(value) + "'.");
    }
  }

  static String paperId(String value) {
    if (!ARXIV_ID.matcher(value).matches()) {
      throw new BadRequestException(
          400, "'" + cut(value) + "' is not an arXiv id such as 2602.12345.");
    }
    return value;
  }

  private static Integer number(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          400, "'" + name + "' must be a whole number, not '" + cut(value) + "'.");
    }
  }

  private static int page(String value) {
    Integer page = number(value, "page");
    return page == null ? 1 : page;
  }

  private static SearchQuery.Sort sort(String value) {
    if (value == null || value.isBlank()) {
      return SearchQuery.Sort.RELEVANCE;
    }
    try {
      return SearchQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          400, "'sort' must be relevance, upvotes or date, not '" + cut(value) + "'.");
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A value quoted back in a message, cut to a sane length. */
  static String cut(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
