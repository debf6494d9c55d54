package dev.paperboy.hf;

import java.time.LocalDate;

/** What asking a source for one list date gave. Errors are thrown, not returned. */
public sealed interface FetchOutcome {

  /** The date's list; empty on weekends and holidays. */
  record Listed(DailyList list) implements FetchOutcome {}

  /** The date has not started yet in UTC, so the source has nothing for it yet. */
  record NotYet(LocalDate date, String detail) implements FetchOutcome {}
}
