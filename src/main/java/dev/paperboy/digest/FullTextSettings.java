package dev.paperboy.digest;

/**
 * Whether the digest reads the papers' bodies ({@code digest.fulltext.*}).
 *
 * @param enabled false: the model reads the abstract alone
 * @param maxChars what the model may read of one paper, the abstract included; see {@link Excerpt}
 *     for what is chosen first
 */
public record FullTextSettings(boolean enabled, int maxChars) {
  public static FullTextSettings defaults() {
    return new FullTextSettings(true, 40_000);
  }
}
