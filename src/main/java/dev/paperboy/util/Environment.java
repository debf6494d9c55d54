package dev.paperboy.util;

import java.util.Map;

/**
 * The process environment, where every secret comes from (API keys, webhook URLs, tokens). Passed
 * in rather than read with {@link System#getenv}, so that tests give their own.
 */
@FunctionalInterface
public interface Environment {
  /** The value of {@code name}, or null when it is unset. */
  String get(String name);

  /** The value of {@code name}, or null when it is unset or blank; stripped. */
  default String value(String name) {
    String v = get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The process's own environment. */
  static Environment system() {
    return System::getenv;
  }

  /** An environment holding exactly {@code values}. */
  static Environment of(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return copy::get;
  }
}
