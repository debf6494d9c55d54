package dev.paperboy.rank;

import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * A month's archived days, ranked, and its papers merged and ranked: a paper listed on several
   * dates counts once, with the counters of the listing observed last (ties: the later date).
   *
   * <pre>
   * 06-03: A 👍 10 (seen 06-04), B 👍 5;  06-17: A 👍 40 (seen 06-18), C 👍 7
   *   → papers A 👍 40, C 👍 7, B 👍 5
   * </pre>
   */
  public static RankedMonth rank(YearMonth month, List<ArchivedDay> days) {
    for (ArchivedDay day : days) {
      if (!YearMonth.from(day.date()).equals(month)) {
        throw new IllegalArgumentException(day.date() + " is not in " + month);
      }
    }
    Merged m = merge(days);
    return new RankedMonth(month, m.days(), m.papers(), m.asOf());
  }

  /** A week's archived days, ranked, and its papers merged and ranked as a month's are. */
  public static RankedWeek rank(Week week, List<ArchivedDay> days) {
    for (ArchivedDay day : days) {
      if (!week.contains(day.date())) {
        throw new IllegalArgumentException(day.date() + " is not in " + week);
      }
    }
    Merged m = merge(days);
    return new RankedWeek(week, m.days(), m.papers(), m.asOf());
  }

  private record Merged(List<RankedDay> days, List<Paper> papers, Instant asOf) {}

  private static Merged merge(List<ArchivedDay> days) {
    Map<String, Paper> latest = new HashMap<>();
    Map<String, Instant> seen = new HashMap<>();
    Instant asOf = null;
    List<RankedDay> ranked = new ArrayList<>();
    for (ArchivedDay day : days.stream().sorted(Comparator.comparing(ArchivedDay::date)).toList()) {
      ranked.add(rank(day));
      Instant at = day.countsAsOf() == null ? Instant.MIN : day.countsAsOf();
      for (Paper p : day.papers()) {
        Instant before = seen.get(p.id());
        if (before == null || !at.isBefore(before)) {
          latest.put(p.id(), p);
          seen.put(p.id(), at);
        }
      }
      if (day.countsAsOf() != null && (asOf == null || day.countsAsOf().isAfter(asOf))) {
        asOf = day.countsAsOf();
      }
    }
    return new Merged(ranked, rank(List.copyOf(latest.values())), asOf);
  }

  /** The archived day, ranked. */
  public static RankedDay rank(ArchivedDay day) {
    return new RankedDay(day.date(), rank(day.papers()), day.countsAsOf(), day.source());
  }
}
