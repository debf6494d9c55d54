package dev.paperboy.job;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerStatus;
import dev.paperboy.rank.Week;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which list dates a run processes, and which monthly report it finishes. Explicit dates are taken
 * as given; without them a run does what is owed in the last {@code catchUpDays} (every date not
 * yet published, a failed one in the middle of the window included), refreshes the {@code
 * refreshDays} most recent dates, and, once after a month (or a week) has ended, fetches its dates
 * again to finish its report (or weekly edition) with current upvotes.
 */
public final class DatePlan {
  /** The longest explicit range a run accepts. */
  public static final int MAX_RANGE_DAYS = 3_700;

  private DatePlan() {}

  /** What a command asks a run to do. */
  public sealed interface Request {
    /** These dates, as given ({@code --date}, {@code --from}/{@code --to}). */
    record Dates(List<LocalDate> dates) implements Request {
      public Dates {
        dates = List.copyOf(dates);
      }
    }

    /** Whatever is owed: catch up, refresh, finish the month just ended (a plain run). */
    record CatchUp() implements Request {}

    /**
     * One month's report ({@code paperboy monthly}): its dates are fetched again when {@code
     * fetch}, and the report is then final.
     *
     * @param month null for the month of the newest archived list date
     */
    record Month(YearMonth month, boolean fetch) implements Request {}
  }

  /**
   * The dates of a run, oldest first, and the month whose report it writes besides those of the
   * dates it publishes.
   *
   * @param month the month to write (and finish, when {@code finish}); null for none
   * @param refetched how many of {@code dates} were added to fetch {@code month} again
   * @param week the week whose edition this run finishes, its dates fetched again; null for none
   * @param weekRefetched how many list dates of {@code week} are among {@code dates} for that
   * @param restored the dates published before whose post or data file is missing from the site:
   *     published again
   */
  public record Plan(
      List<LocalDate> dates,
      YearMonth month,
      boolean finish,
      int refetched,
      Week week,
      int weekRefetched,
      Set<LocalDate> restored) {
    public Plan {
      dates = List.copyOf(dates);
      restored = Set.copyOf(restored);
    }

    /** Just these dates, no month of its own. */
    public static Plan of(List<LocalDate> dates) {
      return new Plan(dates, null, false, 0, null, 0, Set.of());
    }
  }

  /** What the plan needs to know of the site itself, the truth the archive caches. */
  public interface Site {
    /** Whether the site holds the daily post and the data file of {@code date}. */
    boolean complete(LocalDate date);

    /** The dates the blogger unpublished ({@code paperboy unpublish}). */
    Set<LocalDate> unpublished();

    /** Whether the site holds the weekly edition of {@code week} and it is final. */
    boolean weekFinal(Week week);
  }

  /**
   * The plan for {@code request} on {@code archive} at {@code todayUtc}.
   *
   * @param monthly whether a plain run finishes the month just ended ({@code monthly.enabled}) and
   *     the week just ended ({@code weekly.enabled}) is read from {@code settings}
   * @param fetchAgain whether the source can give current upvotes (the API; recorded files are as
   *     current as they get, so a month read from them is final without fetching again)
   */
  public static Plan of(
      Request request,
      Archive archive,
      LocalDate todayUtc,
      Settings settings,
      boolean monthly,
      boolean fetchAgain,
      Site site) {
    return switch (request) {
      case Request.Dates d -> Plan.of(d.dates());
      case Request.CatchUp c -> {
        Map<LocalDate, LedgerStatus> known = known(archive, todayUtc, settings.catchUpDays());
        Set<LocalDate> unpublished = site.unpublished();
        TreeSet<LocalDate> restored = new TreeSet<>();
        known.forEach(
            (date, status) -> {
              if (status == LedgerStatus.PUBLISHED
                  && !unpublished.contains(date)
                  && !site.complete(date)) {
                restored.add(date);
              }
            });
        TreeSet<LocalDate> all =
            new TreeSet<>(catchUp(todayUtc, known, settings.catchUpDays(), settings.refreshDays()));
        all.addAll(restored);
        all.removeIf(unpublished::contains);
        YearMonth finishing = monthly ? toFinish(todayUtc, archive) : null;
        int refetched = 0;
        if (finishing != null && fetchAgain) {
          List<LocalDate> again =
              archive.listings().listDates(finishing.atDay(1), finishing.atEndOfMonth());
          again.stream().filter(d -> !unpublished.contains(d)).forEach(all::add);
          refetched = again.size();
        }
        Week week = null;
        int weekRefetched = 0;
        Week last = Week.of(todayUtc.minusWeeks(1));
        List<LocalDate> lastDates = archive.listings().listDates(last.monday(), last.sunday());
        if (settings.weekly().enabled()
            && fetchAgain
            && !lastDates.isEmpty()
            && !site.weekFinal(last)) {
          week = last;
          lastDates.stream().filter(d -> !unpublished.contains(d)).forEach(all::add);
          weekRefetched = lastDates.size();
        }
        yield new Plan(
            List.copyOf(all),
            finishing,
            finishing != null,
            refetched,
            week,
            weekRefetched,
            restored);
      }
      case Request.Month m -> {
        YearMonth month =
            m.month() != null
                ? m.month()
                : archive.listings().lastListDate().map(YearMonth::from).orElse(null);
        if (month == null) {
          yield Plan.of(List.of());
        }
        boolean fetch = m.fetch() && fetchAgain;
        List<LocalDate> dates =
            fetch ? archive.listings().listDates(month.atDay(1), month.atEndOfMonth()) : List.of();
        yield new Plan(dates, month, fetch || !fetchAgain, dates.size(), null, 0, Set.of());
      }
    };
  }

  /**
   * The month a plain run should finish: the one before the current UTC month, when the archive has
   * its papers and its report was never finished.
   */
  static YearMonth toFinish(LocalDate todayUtc, Archive archive) {
    YearMonth previous = YearMonth.from(todayUtc).minusMonths(1);
    boolean hasData =
        !archive.listings().listDates(previous.atDay(1), previous.atEndOfMonth()).isEmpty();
    return hasData && archive.monthReports().finished(previous).isEmpty() ? previous : null;
  }

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
    return catchUp(todayUtc, known(archive, todayUtc, catchUpDays), catchUpDays, refreshDays);
  }

  /** What {@code archive}'s ledger says of the catch-up window. */
  private static Map<LocalDate, LedgerStatus> known(
      Archive archive, LocalDate todayUtc, int catchUpDays) {
    Map<LocalDate, LedgerStatus> known = new HashMap<>();
    archive
        .ledger()
        .entries(todayUtc.minusDays(catchUpDays), todayUtc)
        .forEach(entry -> known.put(entry.date(), entry.status()));
    return known;
  }

  /**
   * The dates a run without explicit dates processes, oldest first: every date of the last {@code
   * catchUpDays} whose posts are owed (never looked at, failed, or fetched but not published; a
   * weekend or holiday already seen empty is not owed, nor a date the blogger unpublished), and the
   * {@code refreshDays} most recent dates, whose lists and upvotes are still growing.
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
      if (known.get(todayUtc.minusDays(i)) != LedgerStatus.UNPUBLISHED) {
        dates.add(todayUtc.minusDays(i));
      }
    }
    return List.copyOf(dates);
  }
}
