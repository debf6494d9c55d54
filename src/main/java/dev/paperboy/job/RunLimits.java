package dev.paperboy.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a run may wait and last, so that a cron job never piles up or hangs.
 *
 * @param lockWait how long a run waits for another run on the same site before it gives up (exit 4)
 * @param budget the longest a whole run may take; dates not started by then are left for the next
 *     run (reported, exit 1)
 * @param timeoutsToGiveUp how many timed-out API requests in a row make the run stop fetching
 */
public record RunLimits(Duration lockWait, Duration budget, int timeoutsToGiveUp) {
  public RunLimits {
    Objects.requireNonNull(lockWait, "lockWait");
    Objects.requireNonNull(budget, "budget");
  }

  public static RunLimits defaults() {
    return new RunLimits(Duration.ofMinutes(5), Duration.ofMinutes(30), 2);
  }
}
