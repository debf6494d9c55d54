package dev.paperboy.rank;

import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A list date's papers in {@link Ranking} order, ranked once by the job and handed to every post
 * and data file of the date, so that they can never disagree.
 *
 * @param papers every paper of the date, best first
 * @param countsAsOf when the newest of the counters was first seen; null for an empty day
 * @param source where the date was last fetched from
 */
public record RankedDay(LocalDate date, List<Paper> papers, Instant countsAsOf, String source) {
  public RankedDay {
    papers = List.copyOf(papers);
  }

  /** The first {@code n} papers (fewer if the day has fewer). */
  public List<Paper> top(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    return papers.subList(0, Math.min(n, papers.size()));
  }

  public boolean isEmpty() {
    return papers.isEmpty();
  }
}
