package dev.paperboy.rank;

import dev.paperboy.hf.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the API's own list of a week ({@code ?week=YYYY-Www}) differs from the weekly edition's merge
 * of the week's list dates. Pure. Example:
 *
 * <pre>
 * merge: A 120 (Mon), B 90 (Tue), C 40 (Fri)      API: A 131, B 90, D 12 (submitted Sunday)
 * → onlyInApi [D], onlyMerged [C], counts [A 120 → 131], top 10 by the same rule differs
 * </pre>
 *
 * @param merged how many papers the merge holds
 * @param listed how many the API's week list holds
 * @param onlyInApi papers the API lists for the week that no archived list date of it held
 * @param onlyMerged papers of the week's list dates that the API's week list leaves out
 * @param counts papers in both whose upvotes differ (the merge has the latest counts it saw)
 * @param sameTop whether both give the same top {@code top} papers, in the same order, when ranked
 *     by {@link Ranking#ORDER}
 */
public record WeekDiff(
    Week week,
    int merged,
    int listed,
    List<Paper> onlyInApi,
    List<Paper> onlyMerged,
    List<Count> counts,
    int top,
    boolean sameTop) {
  public WeekDiff {
    onlyInApi = List.copyOf(onlyInApi);
    onlyMerged = List.copyOf(onlyMerged);
    counts = List.copyOf(counts);
  }

  /** A paper's upvotes in the merge and in the API's week list. */
  public record Count(Paper paper, int merged, int api) {}

  /** Compares {@code merged} with the API's {@code api} list, over the first {@code top}. */
  public static WeekDiff of(RankedWeek merged, List<Paper> api, int top) {
    Map<String, Paper> ours = new LinkedHashMap<>();
    merged.papers().forEach(p -> ours.put(p.id(), p));
    Map<String, Paper> theirs = new LinkedHashMap<>();
    api.forEach(p -> theirs.putIfAbsent(p.id(), p));
    List<Paper> onlyInApi = new ArrayList<>();
    List<Count> counts = new ArrayList<>();
    for (Paper p : theirs.values()) {
      Paper o = ours.get(p.id());
      if (o == null) {
        onlyInApi.add(p);
      } else if (o.counts().upvotes() != p.counts().upvotes()) {
        counts.add(new Count(p, o.counts().upvotes(), p.counts().upvotes()));
      }
    }
    List<Paper> onlyMerged =
        ours.values().stream().filter(p -> !theirs.containsKey(p.id())).toList();
    List<String> ourTop = merged.top(top).stream().map(Paper::id).toList();
    List<String> theirTop =
        Ranking.rank(List.copyOf(theirs.values())).stream().limit(top).map(Paper::id).toList();
    return new WeekDiff(
        merged.week(),
        ours.size(),
        theirs.size(),
        onlyInApi,
        onlyMerged,
        counts,
        top,
        ourTop.equals(theirTop));
  }

  /** Whether the two lists hold the same papers with the same counts. */
  public boolean same() {
    return onlyInApi.isEmpty() && onlyMerged.isEmpty() && counts.isEmpty();
  }
}
