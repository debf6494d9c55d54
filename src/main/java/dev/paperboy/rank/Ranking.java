package dev.paperboy.rank;

import dev.paperboy.hf.Paper;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a day's papers: upvotes descending, then comments descending, then arXiv id
 * ascending. Total and stable, so the same counters always give the same list.
 */
public final class Ranking {
  /** The ranking order. */
  public static final Comparator<Paper> ORDER =
      Comparator.comparingInt((Paper p) -> p.counts().upvotes())
          .reversed()
          .thenComparing(Comparator.comparingInt((Paper p) -> p.counts().comments()).reversed())
          .thenComparing(Paper::id);

  private Ranking() {}

  /** All papers, ranked. */
  public static List<Paper> rank(List<Paper> papers) {
    return papers.stream().sorted(ORDER).toList();
  }

  /** The first {@code n} papers of the ranking (fewer if the day has fewer). */
  public static List<Paper> top(List<Paper> papers, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    return papers.stream().sorted(ORDER).limit(n).toList();
  }
}
