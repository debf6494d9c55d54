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
   * @param snippet for a search with Korean terms, the digest passage that matched, its matches
   *     between {@link #MARK_START} and {@link #MARK_END} (none when only the keywords matched);
   *     null otherwise
   */
  public record Hit(
      Paper paper, LocalDate firstListed, LocalDate lastListed, @Nullable String snippet) {}
}
