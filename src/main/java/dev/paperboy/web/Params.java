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
                  "매개변수 '"
                      + cut(visible(name))
                      + "'에 제어 문자(control character: NUL, 줄바꿈 등)가 있습니다. 지우고 다시"
                      + " 시도하세요.");
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

  /**
   * The search of a request, from q, org, keyword, watch (a watchlist's name), from, to,
   * min-upvotes, sort and page.
   */
  static SearchQuery search(Function<String, String> param) {
    String q = param.apply("q");
    if (q != null && q.length() > SearchQuery.MAX_TEXT) {
      throw new BadRequestException(
          400,
          "검색어가 "
              + q.length()
              + "자입니다(characters long). 최대 "
              + SearchQuery.MAX_TEXT
              + "자까지 검색합니다.");
    }
    try {
      return new SearchQuery(
          q,
          param.apply("org"),
          param.apply("keyword"),
          param.apply("watch"),
          date(param.apply("from"), "from"),
          date(param.apply("to"), "to"),
          number(param.apply("min-upvotes"), "min-upvotes"),
          sort(param.apply("sort")),
          page(param.apply("page")),
          PAGE_SIZE);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(400, e.getMessage() + ".");
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
          400, "'" + name + "'는 2026-02-20 같은 날짜여야 합니다 (받은 값: '" + cut(value) + "').");
    }
  }

  static YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(400, "월은 2026-02 같은 형식이어야 합니다 (받은 값: '" + cut(value) + "').");
    }
  }

  static String paperId(String value) {
    if (!ARXIV_ID.matcher(value).matches()) {
      throw new BadRequestException(400, "'" + cut(value) + "'는 2602.12345 같은 arXiv id가 아닙니다.");
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
      throw new BadRequestException(400, "'" + name + "'는 정수여야 합니다 (받은 값: '" + cut(value) + "').");
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
          400, "'sort'는 relevance, upvotes, date 중 하나여야 합니다 (받은 값: '" + cut(value) + "').");
    }
  }

  /** A value quoted back in a message, cut to a sane length. */
  static String cut(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
