package dev.paperboy.digest;

import java.util.Optional;

/** A three-step rating as the post shows it: 상 (high), 중 (medium), 하 (low). */
public enum Level {
  HIGH("상"),
  MEDIUM("중"),
  LOW("하");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /** The Korean label written in posts and expected from the model. */
  public String label() {
    return label;
  }

  /** The level whose label is {@code text} (surrounding whitespace ignored). */
  public static Optional<Level> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    for (Level level : values()) {
      if (level.label.equals(t)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
