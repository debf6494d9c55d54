package dev.paperboy.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A search over the archive, as {@link Archive#search} takes it. Every field but {@code page} is
 * optional (null or blank: no condition).
 *
 * @param text words and phrases to find in titles, abstracts, HF AI keywords and digest text; every
 *     term must occur. A term with Hangul matches as a substring (so 추론 finds 추론을), any other as a
 *     word or a word's beginning (so agent finds agents)
 * @param organization the organization's Hub name or full name, exactly (case ignored)
 * @param keyword one of HF's AI keywords, exactly (case ignored)
 * @param watchlist only papers this watchlist matched ({@link WatchIndex}), by name
 * @param from only papers listed on or after this date
 * @param to only papers listed on or before this date
 * @param minUpvotes only papers with at least this many upvotes now
 * @param page 1-based
 * @param pageSize results per page
 */
public record SearchQuery(
    String text,
    String organization,
    String keyword,
    String watchlist,
    LocalDate from,
    LocalDate to,
    Integer minUpvotes,
    Sort sort,
    int page,
    int pageSize) {
  /** A search with no watchlist condition. */
  public SearchQuery(
      String text,
      String organization,
      String keyword,
      LocalDate from,
      LocalDate to,
      Integer minUpvotes,
      Sort sort,
      int page,
      int pageSize) {
    this(text, organization, keyword, null, from, to, minUpvotes, sort, page, pageSize);
  }

  /** The longest text a search takes, in characters. */
  public static final int MAX_TEXT = 500;

  /** The most terms a search takes. */
  public static final int MAX_TERMS = 12;

  /** The order of results. */
  public enum Sort {
    /** Best match first (bm25 over the words; upvotes break ties and order Hangul-only hits). */
    RELEVANCE,
    /** Most upvotes first. */
    UPVOTES,
    /** Most recently listed first. */
    DATE
  }

  /**
   * @throws IllegalArgumentException with a message for the user when a value is out of range
   */
  public SearchQuery {
    if (text != null && text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "검색어가 " + text.length() + "자입니다. 최대 " + MAX_TEXT + "자까지 검색합니다");
    }
    if (page < 1 || page > 10_000) {
      throw new IllegalArgumentException("page는 1에서 10000 사이여야 합니다 (받은 값: " + page + ")");
    }
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("page size는 1에서 100 사이여야 합니다 (받은 값: " + pageSize + ")");
    }
    if (minUpvotes != null && minUpvotes < 0) {
      throw new IllegalArgumentException("min-upvotes는 0 이상이어야 합니다 (받은 값: " + minUpvotes + ")");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + "가 'from' " + from + "보다 앞섭니다");
    }
    if (sort == null) {
      sort = Sort.RELEVANCE;
    }
    List<String> terms = terms(text);
    if (terms.size() > MAX_TERMS) {
      throw new IllegalArgumentException("검색어는 최대 " + MAX_TERMS + "개까지입니다");
    }
    if (text != null && !text.isBlank()) {
      if (terms.isEmpty()) {
        throw new IllegalArgumentException(
            "검색어에 찾을 글자나 숫자가 없습니다(no letter or digit): 단어를 입력하세요. 따옴표," + " 괄호, NEAR, *는 필요 없습니다");
      }
      if (unbalanced(text)) {
        throw new IllegalArgumentException(
            "검색어에 닫히지 않은 따옴표나 괄호가 있습니다(unclosed quote or bracket): 단어는 입력한"
                + " 그대로 찾으므로 따옴표, 괄호, NEAR, *는 필요 없습니다");
      }
    }
  }

  /**
   * Whether {@code text} reads as broken query syntax: an odd number of double quotes, or brackets
   * that do not close. Words are always searched as typed, so such text is refused with a message
   * rather than guessed at.
   *
   * <pre>
   * unbalanced("NEAR(") = true     unbalanced("\"agent") = true     unbalanced("gpt-4o (mini)") = false
   * </pre>
   */
  static boolean unbalanced(String text) {
    int depth = 0;
    int quotes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quotes++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return true;
      }
    }
    return depth != 0 || quotes % 2 != 0;
  }

  /** Every paper, most recently listed first. */
  public static SearchQuery all(int page, int pageSize) {
    return new SearchQuery(null, null, null, null, null, null, Sort.DATE, page, pageSize);
  }

  /**
   * The search terms of {@code text}: split at white space, each a string with a letter or digit
   * (punctuation alone, e.g. {@code "} or {@code NEAR(}'s parenthesis, is not a term on its own).
   *
   * <pre>
   * terms("  RLHF  reward-model \"") = [RLHF, reward-model]
   * </pre>
   */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    if (text == null) {
      return terms;
    }
    for (String t : text.strip().split("\\s+")) {
      if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        terms.add(t);
      }
    }
    return terms;
  }

  /** Whether a term holds a Hangul letter: it is then matched as a substring. */
  public static boolean hangul(String term) {
    return term.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }
}
