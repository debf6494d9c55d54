package dev.paperboy.job;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which list dates a run processes. Explicit dates are taken as given; without them a run does what
 * is owed in the last {@code catchUpDays} (every date not yet published, a failed one in the middle
 * of the window included) and refreshes the {@code refreshDays} most recent dates.
 */
public final class DatePlan {
  /** The longest explicit range a run accepts. */
  public static final int MAX_RANGE_DAYS = 3_700;

  private DatePlan() {}

  /** Every date from {@code from} to {@code to}, inclusive. */
  public static List<LocalDate> range(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
      throw new IllegalArgumentException(
          "the range " + from + " to " + to + " is longer than " + MAX_RANGE_DAYS + " days");
    }
    return from.datesUntil(to.plusDays(1)).toList();
  }

  /** {@link #catchUp} with what {@code archive}'s ledger says of the window. */
  public static List<LocalDate> catchUp(
      LocalDate todayUtc, Archive archive, int catchUpDays, int refreshDays) {
    Map<LocalDate, LedgerStatus> known = new HashMap<>();
    archive
        .ledger()
        .entries(todayUtc.minusDays(catchUpDays), todayUtc)
        .forEach(entry -> known.put(entry.date(), entry.status()));
    return catchUp(todayUtc, known, catchUpDays, refreshDays);
  }

  /**
   * The dates a run without explicit dates processes, oldest first: every date of the last {@code
   * catchUpDays} whose posts are owed (never looked at, failed, or fetched but not published; a
   * weekend or holiday already seen empty is not owed), and the {@code refreshDays} most recent
   * dates, whose lists and upvotes are still growing.
   *
   * @param todayUtc the current UTC date: list dates are UTC dates
   * @param known what the ledger says of the dates in the window
   */
  public static List<LocalDate> catchUp(
      LocalDate todayUtc, Map<LocalDate, LedgerStatus> known, int catchUpDays, int refreshDays) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (LocalDate d : range(todayUtc.minusDays(catchUpDays), todayUtc)) {
      LedgerStatus status = known.get(d);
      if (status == null || status == LedgerStatus.FAILED || status == LedgerStatus.FETCHED) {
        dates.add(d);
      }
    }
    for (int i = 0; i < refreshDays; i++) {
      dates.add(todayUtc.minusDays(i));
    }
    return List.copyOf(dates);
  }
}
