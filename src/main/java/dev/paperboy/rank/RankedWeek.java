package dev.paperboy.rank;

import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.util.List;

/**
 * A week's list dates and its papers, each paper once, in {@link Ranking} order.
 *
 * @param days the week's list dates that held papers, oldest first, each ranked
 * @param papers every paper listed in the week once, with the counters of its most recently
 *     observed listing, best first
 * @param countsAsOf when the newest of the days' counters was first seen; null without days
 */
public record RankedWeek(Week week, List<RankedDay> days, List<Paper> papers, Instant countsAsOf) {
  public RankedWeek {
    days = List.copyOf(days);
    papers = List.copyOf(papers);
  }

  /** The first {@code n} papers (fewer if the week has fewer). */
  public List<Paper> top(int n) {
    return papers.subList(0, Math.min(n, papers.size()));
  }

  public boolean isEmpty() {
    return papers.isEmpty();
  }
}
