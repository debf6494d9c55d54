package dev.paperboy.delivery;

import java.time.Duration;

/** How a platform answered a message. */
sealed interface Answer {
  /** It took the message. */
  record Accepted() implements Answer {}

  /** Rate limited: try again after {@code after}. */
  record Later(Duration after) implements Answer {}

  /** It failed for now (5xx, timeout, no network): a later run tries again. */
  record Transient(String reason) implements Answer {}

  /** It refused the message for good (4xx: a revoked webhook, a bot removed from the chat). */
  record Lasting(String reason) implements Answer {}
}
