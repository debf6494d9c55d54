package dev.paperboy.rank;

import dev.paperboy.archive.ArchivedDay;
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

  /** The ranking rule in words, as the data files state it. */
  public static final String DESCRIPTION = "upvotes desc, comments desc, arxiv id asc";

  private Ranking() {}

  /** All papers, ranked. */
  public static List<Paper> rank(List<Paper> papers) {
    return papers.stream().sorted(ORDER).toList();
  }

  /** The archived day, ranked. */
  public static RankedDay rank(ArchivedDay day) {
    return new RankedDay(day.date(), rank(day.papers()), day.countsAsOf(), day.source());
  }
}
