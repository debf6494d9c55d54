package dev.paperboy.media;

import dev.paperboy.util.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to polite hosts (arXiv asks for one request per 3 s): each request to such a host
 * gets the next free slot and waits for it. Other hosts are not held back. Thread-safe.
 */
final class HostPacer {
  private final Map<String, Duration> intervals;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> nextSlot = new HashMap<>();

  HostPacer(Map<String, Duration> intervals, Clock clock, Sleeper sleeper) {
    this.intervals = Map.copyOf(intervals);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until a request to {@code host} may start. */
  void await(String host) throws InterruptedException {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    Duration interval = intervals.get(h);
    if (interval == null || interval.isZero()) {
      return;
    }
    Instant slot;
    synchronized (this) {
      Instant now = clock.instant();
      Instant next = nextSlot.getOrDefault(h, now);
      slot = next.isAfter(now) ? next : now;
      nextSlot.put(h, slot.plus(interval));
    }
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }
}
