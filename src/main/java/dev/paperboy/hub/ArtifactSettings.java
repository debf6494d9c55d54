package dev.paperboy.hub;

import java.net.URI;
import java.time.Duration;

/**
 * Whether and where the digest asks the Hub what cites its papers ({@code digest.artifacts.*}).
 *
 * @param enabled false: the digest's "바로 써 보기" shows the code repository only
 * @param hubBase the Hub's API base; null for the daily list's own API (none with a folder source)
 * @param maxAge how long an answer is kept before the Hub is asked again
 */
public record ArtifactSettings(boolean enabled, URI hubBase, Duration maxAge) {
  public static ArtifactSettings defaults() {
    return new ArtifactSettings(true, null, Duration.ofDays(7));
  }
}
