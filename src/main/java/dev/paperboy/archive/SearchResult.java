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
  public SearchResult {
    hits = List.copyOf(hits);
    terms = List.copyOf(terms);
  }

  /**
   * A matching paper with its latest counters.
   *
   * @param firstListed the first list date that held it
   * @param lastListed the last list date that held it
   */
  public record Hit(Paper paper, LocalDate firstListed, LocalDate lastListed) {}
}
