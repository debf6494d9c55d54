package dev.paperboy.job;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.LedgerEntry;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.FetchOutcome;
import dev.paperboy.hf.ListDates;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.PaperSource;
import dev.paperboy.hf.UnreachableException;
import dev.paperboy.publish.DailyData;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.radar.Matches;
import dev.paperboy.radar.Radar;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import dev.paperboy.site.SiteWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches, archives, ranks and publishes list dates, one at a time. One date's failure is recorded
 * in the ledger and reported; the other dates still go on. Idempotent: running it again over the
 * same input changes no file.
 */
public final class DailyJob {
  private static final Logger LOG = LoggerFactory.getLogger(DailyJob.class);
  private static final Executor VIRTUAL = Thread::startVirtualThread;

  private final PaperSource source;
  private final Archive archive;
  private final SiteWriter writer;
  private final DailyPost post;
  private final int top;
  private final String generator;
  private final Clock clock;
  private final DigestStep digest;
  private final MonthlyStep monthly;
  private final Duration budget;
  private final Radar radar;
  private final WeeklyStep weekly;

  /**
   * @param digest writes the digest post after each daily post; null for none
   * @param monthly writes the monthly report of every month whose dates changed ({@link
   *     MonthlyStep#owed}) and of the plan's month; null for none
   * @param budget the longest the run may take by the job's clock: dates not started by then are
   *     {@link DateOutcome.NotFetched}, left for the next run
   * @param radar the watchlists each day's papers are matched against ({@link Radar#NONE}: none)
   * @param weekly writes the weekly edition of every week whose dates changed or that ended since
   *     its edition was written; null for none
   */
  public DailyJob(
      PaperSource source,
      Archive archive,
      SiteWriter writer,
      DailyPost post,
      int top,
      String generator,
      Clock clock,
      DigestStep digest,
      MonthlyStep monthly,
      Duration budget,
      Radar radar,
      WeeklyStep weekly) {
    this.source = source;
    this.archive = archive;
    this.writer = writer;
    this.post = post;
    this.top = top;
    this.generator = generator;
    this.clock = clock;
    this.digest = digest;
    this.monthly = monthly;
    this.budget = budget;
    this.radar = radar;
    this.weekly = weekly;
  }

  /** {@link #run(DatePlan.Plan, Consumer)} of just these dates. */
  public RunSummary run(List<LocalDate> dates, Consumer<DateOutcome> progress) {
    return run(DatePlan.Plan.of(dates), progress);
  }

  /**
   * Processes {@code dates} in order, reporting each outcome to {@code progress} in that order.
   *
   * <p>Three dates are in hand at once: the next one is fetched (and parsed) on one thread while
   * this one is archived on the caller's, and the previous one's posts are rendered and written on
   * a third. Each stage handles its dates one at a time and in order, so fetches never overlap and
   * the archive sees the dates as a sequential run would. After the dates, the monthly reports are
   * written: of every month whose dates changed, and of the plan's month, which is finished when
   * the plan says so and none of its dates failed.
   */
  public RunSummary run(DatePlan.Plan plan, Consumer<DateOutcome> progress) {
    List<LocalDate> dates = plan.dates();
    int stale = writer.cleanStaleTemporaryFiles();
    if (stale > 0) {
      LOG.info("Removed {} temporary files left by an interrupted run", stale);
    }
    List<DateOutcome> outcomes = new ArrayList<>();
    try (ExecutorService fetcher = Executors.newSingleThreadExecutor();
        ExecutorService publisher = Executors.newSingleThreadExecutor()) {
      Future<FetchOutcome> next = dates.isEmpty() ? null : fetcher.submit(fetch(dates.get(0)));
      Future<DateOutcome> previous = null;
      Instant deadline = clock.instant().plus(budget);
      for (int i = 0; i < dates.size(); i++) {
        Future<FetchOutcome> fetching = next;
        next =
            i + 1 < dates.size() && !fetcher.isShutdown()
                ? fetcher.submit(fetch(dates.get(i + 1)))
                : null;
        Future<DateOutcome> current;
        if (clock.instant().isAfter(deadline)) {
          fetcher.shutdownNow();
          current =
              done(
                  new DateOutcome.NotFetched(
                      dates.get(i),
                      "the run's time budget of " + budget.toMinutes() + " min was used up"));
        } else {
          current = archive(dates.get(i), fetching, publisher);
        }
        if (previous != null) {
          report(ledgered(await(previous)), outcomes, progress);
        }
        previous = current;
      }
      if (previous != null) {
        report(ledgered(await(previous)), outcomes, progress);
      }
    }
    return new RunSummary(
            outcomes,
            months(outcomes, plan),
            archive.stats(),
            archive.file(),
            digest == null ? DigestStep.Summary.none() : digest.summary(),
            plan.restored())
        .withWeeks(weeks(outcomes));
  }

  private List<WeeklyStep.Outcome> weeks(List<DateOutcome> outcomes) {
    if (weekly == null) {
      return List.of();
    }
    return weekly.owed(outcomes).stream()
        .map(
            week ->
                weekly.write(
                    week,
                    outcomes.stream()
                        .filter(o -> week.contains(o.date()))
                        .noneMatch(DateOutcome::failed)))
        .toList();
  }

  private List<MonthlyStep.Outcome> months(List<DateOutcome> outcomes, DatePlan.Plan plan) {
    if (monthly == null) {
      return List.of();
    }
    Set<YearMonth> months = monthly.owed(outcomes);
    if (plan.month() != null) {
      months.add(plan.month());
    }
    if (months.isEmpty()) {
      return List.of();
    }
    // Months are independent: their reports are written side by side, one per core (a backfill
    // writes every month's at the end; the archive serialises their reads).
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Future<MonthlyStep.Outcome>> writing = new ArrayList<>();
    try (ExecutorService writers = Executors.newFixedThreadPool(Math.min(cores, months.size()))) {
      for (YearMonth month : months) {
        List<DateOutcome> ofMonth =
            outcomes.stream().filter(o -> YearMonth.from(o.date()).equals(month)).toList();
        boolean datesWell = ofMonth.stream().noneMatch(DateOutcome::failed);
        // A month whose every archived list date was fetched in this run (a backfill, a
        // month's range) has current counts: once it has ended, its report is final.
        Set<LocalDate> fetched = new TreeSet<>();
        ofMonth.stream()
            .filter(o -> o instanceof DateOutcome.Published || o instanceof DateOutcome.Empty)
            .forEach(o -> fetched.add(o.date()));
        List<LocalDate> listed = archive.listings().listDates(month.atDay(1), month.atEndOfMonth());
        boolean wholeMonth = !listed.isEmpty() && fetched.containsAll(listed);
        boolean finish = datesWell && (wholeMonth || (plan.finish() && month.equals(plan.month())));
        writing.add(writers.submit(() -> monthly.write(month, finish)));
      }
    }
    return writing.stream().map(DailyJob::await).toList();
  }

  private Callable<FetchOutcome> fetch(LocalDate date) {
    return () -> source.fetch(date);
  }

  private static void report(
      DateOutcome outcome, List<DateOutcome> outcomes, Consumer<DateOutcome> progress) {
    outcomes.add(outcome);
    progress.accept(outcome);
  }

  /**
   * Marks a published date so in the ledger, on the archiving thread: the publishing thread never
   * waits for the archive while the next date is being recorded.
   */
  private DateOutcome ledgered(DateOutcome outcome) {
    if (outcome instanceof DateOutcome.Published p) {
      try {
        archive.ledger().markPublished(p.date(), clock.instant());
      } catch (PaperboyException e) {
        return fail(p.date(), e.getMessage(), e);
      }
    }
    return outcome;
  }

  /** The value of a stage's future; a stage's own exception is rethrown as it was. */
  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException | CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Archives one fetched date and hands its posts to {@code publisher}; a date that ends here (not
   * listed yet, empty, refused, failed) comes back completed. Never throws for a problem with the
   * date.
   */
  private Future<DateOutcome> archive(
      LocalDate date, Future<FetchOutcome> fetching, ExecutorService publisher) {
    try {
      return switch (await(fetching)) {
        case FetchOutcome.NotYet notYet -> done(new DateOutcome.NotYet(date));
        case FetchOutcome.Listed listed -> archive(listed.list(), publisher);
      };
    } catch (UnreachableException e) {
      return done(new DateOutcome.NotFetched(date, e.getMessage()));
    } catch (PaperboyException e) {
      return done(fail(date, e.getMessage(), e));
    } catch (RuntimeException e) {
      return done(fail(date, "Unexpected error: " + e, e));
    }
  }

  private static Future<DateOutcome> done(DateOutcome outcome) {
    return CompletableFuture.completedFuture(outcome);
  }

  private Future<DateOutcome> archive(DailyList list, ExecutorService publisher) {
    LocalDate date = list.date();
    if (list.isEmpty()) {
      int before = archive.ledger().entry(date).map(LedgerEntry::paperCount).orElse(0);
      if (before > 0) {
        return done(
            fail(
                date,
                "The source now lists no papers for "
                    + date
                    + ", which had "
                    + before
                    + "; kept the archived list and the published post. Run again later.",
                null));
      }
      archive.listings().record(list);
      return done(new DateOutcome.Empty(date, !ListDates.weekend(date)));
    }
    Set<String> ids = new TreeSet<>(list.papers().stream().map(Paper::id).toList());
    var previous = archive.listings().previousList(date);
    if (previous.isPresent() && previous.get().ids().equals(ids)) {
      String reason =
          "Refused: the list of "
              + date
              + " is identical to that of "
              + previous.get().date()
              + " ("
              + ids.size()
              + " papers); the source repeated a list.";
      archive.ledger().markFailed(date, reason);
      return done(new DateOutcome.Refused(date, reason));
    }
    RankedDay day = Ranking.rank(archive.listings().record(list));
    if (!list.skipped().isEmpty()) {
      LOG.warn("{}: skipped {}", date, String.join("; ", list.skipped()));
    }
    return publisher.submit(() -> publish(day, list.skipped()));
  }

  /** What the digest step spent so far; null without a digest. */
  DigestStep.Spent spent() {
    return digest == null ? null : digest.spent();
  }

  /**
   * Writes the posts of an archived day (the ledger is marked by {@link #ledgered}). Never throws.
   */
  private DateOutcome publish(RankedDay day, List<String> skipped) {
    LocalDate date = day.date();
    try {
      // With a model the digest goes first: its analyses, and its one-line summaries of the other
      // papers, are the daily post's Korean lines. Without one, the two posts are written at once.
      boolean linesFirst = digest != null && digest.writesLines();
      DigestStep.Report report = linesFirst ? digest.publish(day) : null;
      Future<DigestStep.Report> digesting =
          digest == null || linesFirst
              ? null
              : CompletableFuture.supplyAsync(() -> digest.publish(day), VIRTUAL);
      Map<String, String> lines = report == null ? Map.of() : report.lines();
      Matches watched = radar.matches(day.papers());
      Map<String, SiteWriter.Result> files = new LinkedHashMap<>();
      files.put(
          DailyPost.path(date),
          writer.write(DailyPost.path(date), post.render(day, top, lines, watched)));
      files.put(
          DailyData.path(date),
          writer.write(DailyData.path(date), DailyData.render(day, generator, lines, watched)));
      if (digesting != null) {
        report = await(digesting);
      }
      if (report != null) {
        files.put(report.path(), report.file());
      }
      return new DateOutcome.Published(date, day.papers().size(), files, report, skipped);
    } catch (PaperboyException e) {
      return fail(date, e.getMessage(), e);
    } catch (RuntimeException e) {
      return fail(date, "Unexpected error: " + e, e);
    }
  }

  private DateOutcome fail(LocalDate date, String message, Exception e) {
    if (e != null && !(e instanceof PaperboyException)) {
      LOG.error("{} failed", date, e);
    }
    try {
      archive.ledger().markFailed(date, message);
    } catch (PaperboyException ledgerError) {
      LOG.error(
          "Cannot record the failure of {} in the ledger: {}", date, ledgerError.getMessage());
    }
    return new DateOutcome.Failed(date, message);
  }
}
