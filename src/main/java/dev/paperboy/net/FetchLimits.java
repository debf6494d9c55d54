package dev.paperboy.net;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What {@link Fetcher} may download: from which hosts (a host also allows its subdomains), how many
 * bytes at most, and within how long.
 *
 * @param hostsSetting the config key that lists the hosts, for the message refusing another host
 */
public record FetchLimits(
    List<String> allowedHosts, long maxBytes, Duration timeout, String hostsSetting) {
  public FetchLimits {
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether {@code host} is an allowed host or a subdomain of one. */
  public boolean allows(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return allowedHosts.stream().anyMatch(a -> h.equals(a) || h.endsWith("." + a));
  }
}
