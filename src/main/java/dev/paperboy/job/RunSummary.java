package dev.paperboy.job;

import dev.paperboy.archive.Archive;
import dev.paperboy.delivery.Feeds;
import dev.paperboy.delivery.PushReport;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.site.SiteWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a whole run: one entry per date, one per monthly report written, and the archive
 * totals after it.
 *
 * @param restored the dates whose post or data file had gone from the site, published again
 * @param push what was pushed to team chat after the dates (never part of the exit code)
 * @param feeds what happened to the feed files
 * @param weeks one per weekly edition written
 */
public record RunSummary(
    List<DateOutcome> outcomes,
    List<MonthlyStep.Outcome> months,
    Archive.Stats archive,
    Path archiveFile,
    DigestStep.Summary digest,
    Set<LocalDate> restored,
    PushReport push,
    Feeds.Report feeds,
    List<WeeklyStep.Outcome> weeks) {
  public RunSummary {
    outcomes = List.copyOf(outcomes);
    months = List.copyOf(months);
    restored = Set.copyOf(restored);
    push = push == null ? PushReport.NONE : push;
    feeds = feeds == null ? Feeds.Report.NONE : feeds;
    weeks = weeks == null ? List.of() : List.copyOf(weeks);
  }

  /** A summary of the dates, before anything was delivered. */
  public RunSummary(
      List<DateOutcome> outcomes,
      List<MonthlyStep.Outcome> months,
      Archive.Stats archive,
      Path archiveFile,
      DigestStep.Summary digest,
      Set<LocalDate> restored) {
    this(
        outcomes,
        months,
        archive,
        archiveFile,
        digest,
        restored,
        PushReport.NONE,
        Feeds.Report.NONE,
        List.of());
  }

  /** This summary with what was delivered after the dates. */
  public RunSummary delivered(PushReport pushed, Feeds.Report written) {
    return new RunSummary(
        outcomes, months, archive, archiveFile, digest, restored, pushed, written, weeks);
  }

  /** This summary with the weekly editions written after the dates. */
  public RunSummary withWeeks(List<WeeklyStep.Outcome> written) {
    return new RunSummary(
        outcomes, months, archive, archiveFile, digest, restored, push, feeds, written);
  }

  /** The dates whose daily post this run created: news, as the push understands it. */
  public List<LocalDate> created() {
    return outcomes.stream()
        .filter(
            o ->
                o instanceof DateOutcome.Published p
                    && p.files().get(DailyPost.path(p.date())) == SiteWriter.Result.CREATED)
        .map(DateOutcome::date)
        .toList();
  }

  /** A summary of a run without a digest that restored nothing. */
  public RunSummary(
      List<DateOutcome> outcomes,
      List<MonthlyStep.Outcome> months,
      Archive.Stats archive,
      Path archiveFile) {
    this(outcomes, months, archive, archiveFile, DigestStep.Summary.none(), Set.of());
  }

  /**
   * 0 when every date went well (empty and not-yet dates included), 1 when any failed, a monthly
   * report could not be written, or the digest's model could not be reached (the posts were still
   * published, with Hugging Face's summaries: cron must notice).
   */
  public int exitCode() {
    return outcomes.stream().anyMatch(DateOutcome::failed)
            || months.stream().anyMatch(MonthlyStep.Outcome.Failed.class::isInstance)
            || weeks.stream().anyMatch(WeeklyStep.Outcome.Failed.class::isInstance)
            || (digest.modelUnreachable() && count(DateOutcome.Published.class) > 0)
        ? 1
        : 0;
  }

  /** Counts outcomes of one kind. */
  public long count(Class<? extends DateOutcome> kind) {
    return outcomes.stream().filter(kind::isInstance).count();
  }

  /** The closing report of a run, for standard output. */
  public List<String> lines() {
    long created = published(SiteWriter.Result.CREATED);
    long updated = published(SiteWriter.Result.UPDATED);
    long unchanged = published(SiteWriter.Result.UNCHANGED);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "Done: %d date(s): %d published (%d new, %d updated, %d unchanged), %d empty,"
                + " %d not yet listed, %d failed%s.",
            outcomes.size(),
            count(DateOutcome.Published.class),
            created,
            updated,
            unchanged,
            count(DateOutcome.Empty.class),
            count(DateOutcome.NotYet.class),
            count(DateOutcome.Failed.class) + count(DateOutcome.Refused.class),
            count(DateOutcome.NotFetched.class) == 0
                ? ""
                : ", " + count(DateOutcome.NotFetched.class) + " not fetched"));
    for (DateOutcome o : outcomes) {
      if (o instanceof DateOutcome.Published p && restored.contains(p.date())) {
        lines.add(p.date() + ": post missing from the site, published again.");
      }
    }
    if (count(DateOutcome.Published.class) > 0) {
      lines.addAll(digest.lines());
    }
    months.stream()
        .filter(m -> !(m instanceof MonthlyStep.Outcome.Failed))
        .map(MonthlyStep::describe)
        .forEach(lines::add);
    weeks.stream()
        .filter(w -> !(w instanceof WeeklyStep.Outcome.Failed))
        .map(WeeklyStep::describe)
        .forEach(lines::add);
    lines.addAll(push.lines());
    feeds.line().ifPresent(lines::add);
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "Archive: %d papers, %d upvote snapshots, %d list dates in %s",
            archive.papers(),
            archive.snapshots(),
            archive.listDates(),
            archiveFile));
    return lines;
  }

  /**
   * What went wrong or deserves a look, for standard error: dates not fetched, weekdays with no
   * papers, skipped entries, a model that could not be reached, a monthly report not written.
   */
  public List<String> problems() {
    List<String> lines = new ArrayList<>();
    List<DateOutcome.NotFetched> notFetched =
        outcomes.stream()
            .filter(DateOutcome.NotFetched.class::isInstance)
            .map(DateOutcome.NotFetched.class::cast)
            .toList();
    if (!notFetched.isEmpty()) {
      lines.add(
          "Not fetched: "
              + notFetched.size()
              + " date(s), "
              + notFetched.get(0).date()
              + (notFetched.size() > 1 ? " to " + notFetched.get(notFetched.size() - 1).date() : "")
              + ": "
              + notFetched.get(0).reason()
              + ". The next run tries them again.");
    }
    for (DateOutcome o : outcomes) {
      if (o instanceof DateOutcome.Empty e && e.weekday()) {
        lines.add(
            "Note: "
                + e.date()
                + " is a weekday with no papers listed (a holiday, or not listed yet).");
      }
    }
    List<String> skipped =
        outcomes.stream()
            .filter(DateOutcome.Published.class::isInstance)
            .flatMap(
                o ->
                    ((DateOutcome.Published) o)
                        .skipped().stream().map(reason -> o.date() + " " + reason))
            .toList();
    if (!skipped.isEmpty()) {
      lines.add(
          "Skipped: "
              + skipped.size()
              + " unusable entr"
              + (skipped.size() == 1 ? "y" : "ies")
              + " of the source, the rest published (first: "
              + skipped.get(0)
              + ").");
    }
    if (count(DateOutcome.Published.class) > 0) {
      lines.addAll(digest.problems());
    }
    months.stream()
        .filter(MonthlyStep.Outcome.Failed.class::isInstance)
        .map(MonthlyStep::describe)
        .forEach(lines::add);
    weeks.stream()
        .filter(WeeklyStep.Outcome.Failed.class::isInstance)
        .map(WeeklyStep::describe)
        .forEach(lines::add);
    lines.addAll(push.problems());
    if (feeds.problem() != null) {
      lines.add(feeds.problem());
    }
    return lines;
  }

  private long published(SiteWriter.Result result) {
    return outcomes.stream()
        .filter(o -> o instanceof DateOutcome.Published p && p.overall() == result)
        .count();
  }
}
