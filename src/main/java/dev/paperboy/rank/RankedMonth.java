package dev.paperboy.rank;

import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's list dates and its papers, each paper once, in {@link Ranking} order.
 *
 * @param days the month's list dates that held papers, oldest first, each ranked
 * @param papers every paper listed in the month once, with the counters of its most recently
 *     observed listing, best first
 * @param countsAsOf when the newest of the days' counters was first seen; null without days
 */
public record RankedMonth(
    YearMonth month, List<RankedDay> days, List<Paper> papers, Instant countsAsOf) {
  public RankedMonth {
    days = List.copyOf(days);
    papers = List.copyOf(papers);
  }

  /** The first {@code n} papers (fewer if the month has fewer). */
  public List<Paper> top(int n) {
    return papers.subList(0, Math.min(n, papers.size()));
  }

  public boolean isEmpty() {
    return papers.isEmpty();
  }

  /** The sum of the papers' upvotes, each paper counted once. */
  public long upvotes() {
    return papers.stream().mapToLong(p -> p.counts().upvotes()).sum();
  }
}
