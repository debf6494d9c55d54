package dev.paperboy.hf;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often and how long to retry a request: exponential backoff for 5xx and timeouts, and for 429
 * the server's own word ({@code RateLimit: "api";r=0;t=42} or {@code Retry-After}), capped.
 *
 * @param maxAttempts attempts in total, at least 1
 * @param initialBackoff the first wait; doubled after each failure
 * @param maxWait the longest single wait, whatever the server asks for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxWait) {
  private static final Pattern RESET = Pattern.compile("(?:^|;)\\s*t\\s*=\\s*(\\d+)");

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  /** The wait before attempt {@code attempt + 1} after a failure without server advice. */
  public Duration backoff(int attempt) {
    long factor = 1L << Math.min(attempt - 1, 20);
    Duration wait = initialBackoff.multipliedBy(factor);
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  /** The wait a 429 response asks for, falling back to {@link #backoff}. */
  public Duration rateLimitWait(HttpHeaders headers, int attempt, Clock clock) {
    Duration wait =
        headers
            .firstValue("RateLimit")
            .flatMap(RetryPolicy::resetSeconds)
            .or(() -> headers.firstValue("Retry-After").flatMap(v -> retryAfter(v, clock)))
            .orElseGet(() -> backoff(attempt));
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  private static Optional<Duration> resetSeconds(String rateLimit) {
    Matcher m = RESET.matcher(rateLimit);
    return m.find()
        ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))))
        : Optional.empty();
  }

  private static Optional<Duration> retryAfter(String value, Clock clock) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration until = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
