package dev.paperboy.archive;

import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A list date as the archive knows it: its papers with their latest counters.
 *
 * @param countsAsOf when the newest of those counters was observed; null for an empty day
 * @param source where the date was last fetched from
 */
public record ArchivedDay(LocalDate date, List<Paper> papers, Instant countsAsOf, String source) {
  public ArchivedDay {
    papers = List.copyOf(papers);
  }
}
