package dev.paperboy.media;

import dev.paperboy.net.FetchLimits;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the digest's images are fetched and stored.
 *
 * @param enabled false: posts get no image lines and nothing is downloaded
 * @param allowedHosts hosts images and pages may come from, redirects included; a host also allows
 *     its subdomains
 * @param maxBytes the largest body read from any URL
 * @param maxWidth images wider than this are scaled down
 * @param maxPixels the largest width × height decoded; larger headers are refused before decoding
 * @param maxFigures arXiv figures per paper
 * @param arxivBase where arXiv's HTML papers live ({@code https://arxiv.org})
 * @param arxivInterval the least time between two requests to the arXiv host
 * @param basePath the URL path posts use for the image folder, e.g. {@code /assets/img/papers}
 * @param timeout per request
 * @param retryAfter how long a failed or missing image is left alone before it is tried again
 */
public record MediaSettings(
    boolean enabled,
    List<String> allowedHosts,
    long maxBytes,
    int maxWidth,
    long maxPixels,
    int maxFigures,
    URI arxivBase,
    Duration arxivInterval,
    String basePath,
    Duration timeout,
    Duration retryAfter) {

  /** Where images are written, relative to the site. */
  public static final String FOLDER = "assets/img/papers";

  public MediaSettings {
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    Objects.requireNonNull(arxivBase, "arxivBase");
    Objects.requireNonNull(basePath, "basePath");
    if (maxBytes < 1 || maxWidth < 16 || maxPixels < 1 || maxFigures < 0) {
      throw new IllegalArgumentException("media limits must be positive");
    }
  }

  public static MediaSettings defaults() {
    return new MediaSettings(
        true,
        List.of("cdn-thumbnails.huggingface.co", "cdn-uploads.huggingface.co", "arxiv.org"),
        10L * 1024 * 1024,
        1200,
        40_000_000L,
        2,
        URI.create("https://arxiv.org"),
        Duration.ofSeconds(3),
        "/assets/img/papers",
        Duration.ofSeconds(30),
        Duration.ofDays(7));
  }

  /** Whether {@code host} is allowed, itself or as a subdomain of an allowed host. */
  public boolean allows(String host) {
    return limits().allows(host);
  }

  /**
   * What a download from the allowed hosts may be: at most {@code maxBytes}, within {@code
   * timeout}.
   */
  public FetchLimits limits() {
    return new FetchLimits(allowedHosts, maxBytes, timeout, "media.allowed-hosts");
  }

  public MediaSettings withEnabled(boolean value) {
    return new MediaSettings(
        value,
        allowedHosts,
        maxBytes,
        maxWidth,
        maxPixels,
        maxFigures,
        arxivBase,
        arxivInterval,
        basePath,
        timeout,
        retryAfter);
  }
}
