package dev.paperboy.hf;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The rules of the Daily Papers' list dates, in one place: a list date is a UTC date; weekends are
 * empty (the API answers {@code []}); a date's list keeps growing until it closes, about 02:30 UTC
 * the next day (01:30 under US daylight saving time).
 *
 * <pre>
 * weekend(2026-08-22)                       = true   (a Saturday)
 * closed(2026-08-20, 2026-08-21T02:59:00Z)  = false
 * closed(2026-08-20, 2026-08-21T03:01:00Z)  = true
 * </pre>
 */
public final class ListDates {
  private ListDates() {}

  /** Whether {@code date} is a Saturday or a Sunday, when nothing is listed. */
  public static boolean weekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Whether the list of {@code date} has closed by {@code now}: 03:00 UTC the next day. */
  public static boolean closed(LocalDate date, Instant now) {
    return now.isAfter(date.plusDays(1).atTime(3, 0).toInstant(ZoneOffset.UTC));
  }
}
