package dev.paperboy.util;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * UTC instants as text, fast: the API's and the archive's timestamps are all of the form {@code
 * 2026-02-20T03:40:00.123Z}, and {@link Instant#parse} costs a second of JIT compilation and much
 * of a backfill's time on them. Other forms go to {@link Instant#parse}, so the result is always
 * the same as its.
 *
 * <pre>
 * parse("2026-02-20T03:40:00Z")        = 2026-02-20T03:40:00Z
 * parse("2026-02-20T03:40:00.5Z")      = 2026-02-20T03:40:00.500Z
 * parse("2026-02-20T03:40:00+09:00")   = 2026-02-19T18:40:00Z   (by Instant.parse)
 * format(2026-02-20T03:40:00.123456Z)  = "2026-02-20T03:40:00.123Z"
 * </pre>
 */
public final class Instants {
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Instants() {}

  /** Parses an ISO-8601 instant, as {@link Instant#parse} does. */
  public static Instant parse(CharSequence text) {
    int n = text.length();
    if (n < 20
        || n > 30
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(n - 1) != 'Z'
        || (n > 20 && (text.charAt(19) != '.' || n == 21))) {
      return Instant.parse(text);
    }
    int nanos = 0;
    for (int i = 20; i < n - 1; i++) {
      int d = digit(text, i);
      if (d < 0) {
        return Instant.parse(text);
      }
      nanos = nanos * 10 + d;
    }
    for (int i = n - 21; i < 9; i++) {
      nanos *= 10;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    int hour = number(text, 11, 13);
    int minute = number(text, 14, 16);
    int second = number(text, 17, 19);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return Instant.parse(text);
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return Instant.parse(text);
    }
  }

  /**
   * Formats {@code instant} in UTC with milliseconds and a fixed width for years 0 to 9999, so that
   * text order is time order: {@code 2026-02-20T03:40:00.000Z}. Null stays null.
   */
  public static String format(Instant instant) {
    if (instant == null) {
      return null;
    }
    LocalDateTime t =
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
    char[] out = new char[24];
    put(out, 0, t.getYear(), 4);
    out[4] = '-';
    put(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, t.getHour(), 2);
    out[13] = ':';
    put(out, 14, t.getMinute(), 2);
    out[16] = ':';
    put(out, 17, t.getSecond(), 2);
    out[19] = '.';
    put(out, 20, t.getNano() / 1_000_000, 3);
    out[23] = 'Z';
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int number(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int d = digit(text, i);
      if (d < 0) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static int digit(CharSequence text, int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }
}
