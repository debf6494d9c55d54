package dev.paperboy.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which list dates a run processes. Explicit dates are taken as given; without them a run catches
 * up every date after the last published one (at most {@code catchUpDays} back) and refreshes the
 * {@code refreshDays} most recent dates, whose lists and upvotes are still growing.
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

  /**
   * The dates a run without explicit dates processes, oldest first.
   *
   * @param todayUtc the current UTC date: list dates are UTC dates
   * @param lastPublished the newest date whose posts were ever written
   */
  public static List<LocalDate> catchUp(
      LocalDate todayUtc, Optional<LocalDate> lastPublished, int catchUpDays, int refreshDays) {
    LocalDate earliest = todayUtc.minusDays(catchUpDays);
    LocalDate start =
        lastPublished.map(d -> d.plusDays(1)).filter(d -> d.isAfter(earliest)).orElse(earliest);
    TreeSet<LocalDate> dates = new TreeSet<>();
    if (!start.isAfter(todayUtc)) {
      dates.addAll(range(start, todayUtc));
    }
    for (int i = 0; i < refreshDays; i++) {
      dates.add(todayUtc.minusDays(i));
    }
    return List.copyOf(dates);
  }
}
