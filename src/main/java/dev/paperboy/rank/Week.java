package dev.paperboy.rank;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week, Monday to Sunday, as {@code 2026-W34} names it. The weekly edition covers its list
 * dates and is dated the Saturday that ends its working week.
 */
public record Week(int year, int week) implements Comparable<Week> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public Week {
    LocalDate monday = monday(year, week);
    if (monday.get(IsoFields.WEEK_BASED_YEAR) != year
        || monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
      throw new IllegalArgumentException(year + " has no week " + week);
    }
  }

  /** The week of {@code date}. */
  public static Week of(LocalDate date) {
    return new Week(
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The week {@code text} names ({@code 2026-W34}).
   *
   * @throws IllegalArgumentException when it names none
   */
  public static Week parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a week like 2026-W34: " + text);
    }
    try {
      return new Week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a week: " + text, e);
    }
  }

  private static LocalDate monday(int year, int week) {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  public LocalDate monday() {
    return monday(year, week);
  }

  /** The Saturday that ends the working week: the weekly edition's date. */
  public LocalDate saturday() {
    return monday().plusDays(5);
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** Whether {@code date} is in this week. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(monday()) && !date.isAfter(sunday());
  }

  @Override
  public int compareTo(Week o) {
    return monday().compareTo(o.monday());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d-W%02d", year, week);
  }
}
