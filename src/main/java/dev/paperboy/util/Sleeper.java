package dev.paperboy.util;

import java.time.Duration;

/** Waits between retries. Tests pass a recording sleeper so that nothing really waits. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}
