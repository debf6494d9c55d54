package dev.paperboy.archive;

/** Where a list date stands. */
public enum LedgerStatus {
  /** Fetched and the API listed nothing (weekends, holidays). */
  EMPTY,
  /** Fetched and archived, but the posts are not (yet) written. */
  FETCHED,
  /** Posts written. */
  PUBLISHED,
  /** The last attempt failed; {@link LedgerEntry#reason()} says why. */
  FAILED,
  /** Removed by the blogger ({@code paperboy unpublish}): not published again unless asked. */
  UNPUBLISHED
}
