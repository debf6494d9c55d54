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
    LocalDate from,
    LocalDate to,
    Integer minUpvotes,
    Sort sort,
    int page,
    int pageSize) {
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
          "the search text is " + text.length() + " characters; at most " + MAX_TEXT);
    }
    if (page < 1 || page > 10_000) {
      throw new IllegalArgumentException("page must be between 1 and 10000, not " + page);
    }
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("page size must be between 1 and 100, not " + pageSize);
    }
    if (minUpvotes != null && minUpvotes < 0) {
      throw new IllegalArgumentException("min-upvotes must be 0 or more, not " + minUpvotes);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    if (sort == null) {
      sort = Sort.RELEVANCE;
    }
    List<String> terms = terms(text);
    if (terms.size() > MAX_TERMS) {
      throw new IllegalArgumentException("at most " + MAX_TERMS + " search terms");
    }
    if (text != null && !text.isBlank()) {
      if (terms.isEmpty()) {
        throw new IllegalArgumentException(
            "the search text has no letter or digit to search for: "
                + "type words; quotes, brackets, NEAR or * are not needed");
      }
      if (unbalanced(text)) {
        throw new IllegalArgumentException(
            "the search text has an unclosed quote or bracket: words are searched as typed, so"
                + " quotes, brackets, NEAR or * are not needed");
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
  static boolean hangul(String term) {
    return term.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }
}
