package dev.paperboy.net;

import dev.paperboy.util.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces requests to polite hosts (arXiv asks for one request per 3 s on one connection): requests
 * to such a host run one at a time, each starting at least the interval after the previous one.
 * Other hosts are not held back. Thread-safe.
 */
public final class HostPacer {
  private final Map<String, Duration> intervals;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastStart = new ConcurrentHashMap<>();

  public HostPacer(Map<String, Duration> intervals, Clock clock, Sleeper sleeper) {
    this.intervals = Map.copyOf(intervals);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Runs {@code request} to {@code host} in its turn. {@code check} runs first, once the turn has
   * come but before any waiting, so a request that will not be sent costs no wait.
   */
  <T> T paced(String host, Runnable check, Callable<T> request) throws Exception {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    Duration interval = intervals.get(h);
    if (interval == null || interval.isZero()) {
      check.run();
      return request.call();
    }
    ReentrantLock lock = locks.computeIfAbsent(h, k -> new ReentrantLock());
    lock.lockInterruptibly();
    try {
      check.run();
      Instant last = lastStart.get(h);
      if (last != null) {
        Duration wait = Duration.between(clock.instant(), last.plus(interval));
        if (!wait.isNegative() && !wait.isZero()) {
          sleeper.sleep(wait);
        }
      }
      Instant now = clock.instant();
      lastStart.put(
          h, last == null || now.isAfter(last.plus(interval)) ? now : last.plus(interval));
      return request.call();
    } finally {
      lock.unlock();
    }
  }
}
