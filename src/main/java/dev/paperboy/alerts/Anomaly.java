package dev.paperboy.alerts;

import java.time.LocalDate;

/**
 * Something a blog owner should hear about after an unattended run.
 *
 * @param date the list date concerned, or null for the run as a whole
 */
public record Anomaly(Kind kind, LocalDate date, String message) {
  /** The kinds of trouble worth an alert. */
  public enum Kind {
    /** A date failed, was not fetched, or could not be written. */
    FAILURE,
    /** A weekday whose list closed with no papers (the API changed, or a holiday). */
    EMPTY_WEEKDAY,
    /** The source repeated the previous day's list. */
    REPEATED_LIST,
    /** A model is configured, yet every paper of a digest fell back to HF's summary. */
    DIGEST_ALL_FELL_BACK,
    /** A month's report could not be written. */
    MONTHLY_NOT_WRITTEN,
    /** A message to a team chat was not sent (the line says which target, date and why). */
    PUSH_FAILED
  }

  /** One line for a chat message, e.g. {@code 2026-02-20: …}. */
  public String line() {
    return (date == null ? "" : date + ": ") + message;
  }
}
