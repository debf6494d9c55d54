package dev.paperboy.radar;

import java.util.List;
import java.util.Map;

/**
 * What a set of papers matched: the watchlists (in the config file's order) and each matched
 * paper's matches, by arXiv id.
 */
public record Matches(List<Watchlist> watchlists, Map<String, List<Match>> byPaper) {
  public static final Matches NONE = new Matches(List.of(), Map.of());

  public Matches {
    watchlists = List.copyOf(watchlists);
    byPaper = Map.copyOf(byPaper);
  }

  /** What paper {@code id} matched; empty when nothing. */
  public List<Match> of(String id) {
    return byPaper.getOrDefault(id, List.of());
  }

  /** Whether paper {@code id} matched watchlist {@code name}. */
  public boolean matched(String id, String name) {
    return of(id).stream().anyMatch(m -> m.name().equals(name));
  }
}
