package dev.paperboy.archive;

import dev.paperboy.hf.Paper;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many papers match in all
 * @param terms the search terms, for highlighting
 */
public record SearchResult(int total, List<Hit> hits, List<String> terms) {
  /** Where {@link Hit#snippet} marks the start of a match (SQLite's {@code char(1)}). */
  public static final char MARK_START = '\u0001';

  /** Where {@link Hit#snippet} marks the end of a match ({@code char(2)}). */
  public static final char MARK_END = '\u0002';

  public SearchResult {
    hits = List.copyOf(hits);
    terms = List.copyOf(terms);
  }

  /**
   * A matching paper with its latest counters.
   *
   * @param firstListed the first list date that held it
   * @param lastListed the last list date that held it
   * @param snippet the passage that matched best (title, abstract, keywords or digest), its matches
   *     between {@link #MARK_START} and {@link #MARK_END}; null for a search by filters only
   */
  public record Hit(
      Paper paper, LocalDate firstListed, LocalDate lastListed, @Nullable String snippet) {}
}
