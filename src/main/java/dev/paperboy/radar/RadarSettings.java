package dev.paperboy.radar;

import java.util.List;

/**
 * The watchlists, in the config file's order.
 *
 * @param similarity the default least similarity for an {@code about} interest ({@code
 *     watchlist-similarity}); each watchlist may set its own
 */
public record RadarSettings(List<Watchlist> watchlists, double similarity) {
  /**
   * The default threshold, measured on a labelled set of 137 (interest, paper) pairs from the
   * fixtures ({@code radar/labelled.tsv}, RadarCalibrationTest): precision 0.88 and recall 0.88 at
   * 0.30, where precision stops rising and recall starts falling; the README has the table.
   */
  public static final double DEFAULT_SIMILARITY = 0.30;

  public RadarSettings {
    watchlists = List.copyOf(watchlists);
  }

  public static RadarSettings defaults() {
    return new RadarSettings(List.of(), DEFAULT_SIMILARITY);
  }

  /** Whether any watchlist matches by meaning, which needs the embedding model. */
  public boolean semantic() {
    return watchlists.stream().anyMatch(w -> w.about() != null);
  }
}
