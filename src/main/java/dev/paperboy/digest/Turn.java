package dev.paperboy.digest;

import java.util.Objects;

/** One message of a conversation with a model. */
public record Turn(Role role, String text) {
  /** Who speaks. */
  public enum Role {
    SYSTEM,
    USER,
    ASSISTANT
  }

  public Turn {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
  }

  public static Turn system(String text) {
    return new Turn(Role.SYSTEM, text);
  }

  public static Turn user(String text) {
    return new Turn(Role.USER, text);
  }

  public static Turn assistant(String text) {
    return new Turn(Role.ASSISTANT, text);
  }
}
