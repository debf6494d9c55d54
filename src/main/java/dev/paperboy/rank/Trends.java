package dev.paperboy.rank;

import dev.paperboy.archive.Listings;
import dev.paperboy.hf.Paper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the upvote history shows that a ranking does not. Pure: histories come from the archive's
 * snapshots (one observation per change of a paper's counters). Examples:
 *
 * <pre>
 * rising: A seen 10 at 09:00, 70 at 21:00   → +60 in 12 h = 5.0 an hour
 *         B seen 5 on Monday, 200 on Friday  → +195 in 96 h ≈ 2.0 an hour: A rises faster
 * late:   C was 14th on its day (first counts), is 6th of the week now → late bloomer
 * </pre>
 */
public final class Trends {
  private Trends() {}

  /**
   * A paper whose upvotes grew.
   *
   * @param first the upvotes first seen
   * @param latest the upvotes last seen
   * @param perHour the growth per hour between the two observations (at least one hour)
   */
  public record Rise(Paper paper, int first, int latest, double perHour) {
    public int growth() {
      return latest - first;
    }
  }

  /**
   * The {@code n} papers of {@code papers} whose upvotes grew fastest per hour between their first
   * and last observation, growth first; papers seen once or not growing are left out.
   */
  public static List<Rise> rising(
      List<Paper> papers, Map<String, List<Listings.Observation>> histories, int n) {
    List<Rise> out = new ArrayList<>();
    for (Paper p : papers) {
      List<Listings.Observation> h = histories.getOrDefault(p.id(), List.of());
      if (h.size() < 2) {
        continue;
      }
      Listings.Observation first = h.get(0);
      Listings.Observation last = h.get(h.size() - 1);
      int growth = last.upvotes() - first.upvotes();
      if (growth <= 0) {
        continue;
      }
      double hours = Math.max(1.0, Duration.between(time(first), time(last)).toMinutes() / 60.0);
      out.add(new Rise(p, first.upvotes(), last.upvotes(), growth / hours));
    }
    out.sort(
        Comparator.comparingDouble(Rise::perHour)
            .reversed()
            .thenComparing(Comparator.comparingInt(Rise::growth).reversed())
            .thenComparing(r -> r.paper().id()));
    return out.subList(0, Math.min(n, out.size()));
  }

  /**
   * A paper that was outside its day's top list when the day was first ranked and is in the week's
   * top list now.
   *
   * @param date its (first) list date in the week
   * @param dayRank its rank on that day by the counters first seen
   * @param rank its rank in the week now
   */
  public record Late(Paper paper, LocalDate date, int dayRank, int rank) {}

  /**
   * The late bloomers of {@code week}: ranked below {@code dayTop} on their own day by their first
   * observed counters, within the week's {@code weekTop} now, and with more upvotes now than first
   * seen (in a short week every paper is in the top 20; one that did not grow did not bloom); in
   * the week's order.
   */
  public static List<Late> late(
      RankedWeek week, Map<String, List<Listings.Observation>> histories, int dayTop, int weekTop) {
    Map<String, int[]> firstRank = new HashMap<>();
    Map<String, LocalDate> firstDay = new HashMap<>();
    for (RankedDay day : week.days()) {
      List<Paper> byFirst =
          day.papers().stream()
              .sorted(
                  Comparator.comparingInt((Paper p) -> firstUpvotes(p, histories))
                      .reversed()
                      .thenComparing(Paper::id))
              .toList();
      for (int i = 0; i < byFirst.size(); i++) {
        String id = byFirst.get(i).id();
        if (!firstDay.containsKey(id)) {
          firstDay.put(id, day.date());
          firstRank.put(id, new int[] {i + 1});
        }
      }
    }
    List<Late> out = new ArrayList<>();
    List<Paper> top = week.top(weekTop);
    for (int i = 0; i < top.size(); i++) {
      Paper p = top.get(i);
      int[] r = firstRank.get(p.id());
      if (r != null && r[0] > dayTop && p.counts().upvotes() > firstUpvotes(p, histories)) {
        out.add(new Late(p, firstDay.get(p.id()), r[0], i + 1));
      }
    }
    return out;
  }

  private static int firstUpvotes(Paper p, Map<String, List<Listings.Observation>> histories) {
    List<Listings.Observation> h = histories.getOrDefault(p.id(), List.of());
    return h.isEmpty() ? p.counts().upvotes() : h.get(0).upvotes();
  }

  private static Instant time(Listings.Observation o) {
    return o.seenAt() == null ? Instant.EPOCH : o.seenAt();
  }
}
