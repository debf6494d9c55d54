package dev.paperboy.job;

import dev.paperboy.alerts.Anomaly;
import dev.paperboy.alerts.Webhook;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.ArchiveException;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.archive.RunLog;
import dev.paperboy.archive.WatchIndex;
import dev.paperboy.config.ConfigException;
import dev.paperboy.delivery.PushReport;
import dev.paperboy.digest.Usage;
import dev.paperboy.hf.HfApiSource;
import dev.paperboy.hf.Paper;
import dev.paperboy.publish.DailyData;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.radar.MiniLm;
import dev.paperboy.radar.Radar;
import dev.paperboy.rank.Week;
import dev.paperboy.rank.WeekDiff;
import dev.paperboy.site.SiteLock;
import dev.paperboy.site.SiteWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One run over a site, the same sequence for every command that writes: take the site's lock, open
 * the archive (rebuilding it from the site's data files when it is missing or unreadable), plan the
 * dates, run the job (dates, then monthly reports), keep what the run did in the run log, and send
 * the run's anomalies to the alert webhook. What happens on the way is told to {@code events}; the
 * result is returned.
 *
 * <pre>
 * RunSummary s = new SiteRun(context, printer).publish(new DatePlan.Request.CatchUp(), false);
 * </pre>
 */
public final class SiteRun {
  private final Context context;
  private final Consumer<RunEvent> events;
  private final Pipeline pipeline;

  public SiteRun(Context context, Consumer<RunEvent> events) {
    this.context = context;
    this.events = events;
    this.pipeline = new Pipeline(context);
  }

  /** Fetches, archives and publishes what {@code request} asks for, with the monthly reports. */
  public RunSummary publish(DatePlan.Request request, boolean refreshDigest) {
    return locked(
        archive -> {
          Settings settings = context.settings();
          boolean monthly =
              settings.monthly().enabled() || request instanceof DatePlan.Request.Month;
          DatePlan.Plan plan =
              DatePlan.of(
                  request,
                  archive,
                  context.todayUtc(),
                  settings,
                  settings.monthly().enabled(),
                  settings.sourceIsUrl(),
                  site());
          events.accept(new RunEvent.Planned(plan, settings.source()));
          DailyJob job = pipeline.job(archive, refreshDigest, monthly);
          pipeline.modelHint().ifPresent(hint -> events.accept(new RunEvent.Hint(hint)));
          Instant started = context.clock().instant();
          RunSummary summary =
              deliver(
                  archive, job.run(plan, outcome -> events.accept(new RunEvent.DateDone(outcome))));
          republished(summary);
          log(archive, started, summary, job.spent());
          alert(AnomalyRules.of(summary, context.clock()));
          return summary;
        });
  }

  /**
   * After the dates: pushes what is news (the dates whose daily post this run created) and what
   * earlier runs owe to team chat, and writes the feeds. Never fails the run: a feed that cannot be
   * written is a problem line, like a push that failed.
   */
  private RunSummary deliver(Archive archive, RunSummary summary) {
    PushReport pushed = pipeline.pusher(archive).push(summary.created());
    return summary.delivered(pushed, pipeline.feeds().write());
  }

  /**
   * Writes the weekly edition of {@code week} from the archive as it is (null: the week of the
   * newest archived list date); empty when the archive holds no list date at all.
   */
  public Optional<WeeklyStep.Outcome> weekly(Week week) {
    return locked(
        archive -> {
          Week target =
              week != null ? week : archive.listings().lastListDate().map(Week::of).orElse(null);
          return target == null
              ? Optional.<WeeklyStep.Outcome>empty()
              : Optional.of(pipeline.weekly(archive).write(target));
        });
  }

  /**
   * Compares the weekly edition's merge of {@code week}'s list dates with the API's own list of the
   * week ({@code ?week=YYYY-Www}), writing nothing.
   *
   * @throws ConfigException when the site's source is a folder, not the API
   */
  public WeekDiff compareWeek(Week week) {
    return locked(
        archive -> {
          if (!(pipeline.source() instanceof HfApiSource api)) {
            throw new ConfigException(
                "comparing with the API's week list needs the API as source; this site reads "
                    + context.settings().source()
                    + " (pass --source https://huggingface.co)");
          }
          return WeekDiff.of(
              pipeline.weekly(archive).merge(week),
              api.week(week.toString()),
              context.settings().weekly().top());
        });
  }

  /** What applying the watchlists to the whole archive found. */
  public record Watched(int papers, int embedded, List<WatchIndex.Watched> watchlists) {}

  /**
   * Applies the site's watchlists to every archived paper and keeps the matches for the archive
   * browser (its watchlist filter and pages), embedding the papers an interest needs that have no
   * kept vector yet (once: minutes for a large archive, with progress). Takes the site's lock, so
   * it waits for a run in progress. With no watchlist it only clears what earlier ones matched, a
   * single transaction that needs no lock: browsing never waits for a run then.
   */
  public Watched watchlists() {
    if (context.settings().radar().watchlists().isEmpty()) {
      try (Archive archive = Archive.open(context.archiveFile(), context.clock())) {
        if (!archive.watched().watchlists().isEmpty()) {
          archive.watched().replace(List.of());
        }
      }
      return new Watched(0, 0, List.of());
    }
    return locked(
        archive -> {
          Radar radar = pipeline.radar(archive);
          Map<String, Paper> latest = new LinkedHashMap<>();
          for (ArchivedDay day :
              archive.listings().days(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))) {
            day.papers().forEach(p -> latest.put(p.id(), p));
          }
          List<Paper> papers = List.copyOf(latest.values());
          int before = archive.embeddings().count(MiniLm.MODEL);
          List<WatchIndex.Row> rows =
              radar.index(
                  papers, done -> events.accept(new RunEvent.Watching(done, papers.size())));
          archive.watched().replace(rows);
          return new Watched(
              papers.size(),
              archive.embeddings().count(MiniLm.MODEL) - before,
              archive.watched().watchlists());
        });
  }

  /** Sends {@code date} to {@code target} (every target when null) by hand. */
  public PushReport push(LocalDate date, String target) {
    return locked(archive -> pipeline.pusher(archive).pushByHand(date, target));
  }

  /**
   * Takes the dates a run published off the site's list of unpublished dates: only an explicit date
   * gets there (plain runs leave listed dates alone).
   */
  private void republished(RunSummary summary) {
    SiteWriter writer = pipeline.writer();
    java.util.Set<LocalDate> unpublished = Unpublished.read(writer);
    boolean changed =
        unpublished.removeIf(
            date ->
                summary.outcomes().stream()
                    .anyMatch(o -> o instanceof DateOutcome.Published && o.date().equals(date)));
    if (changed) {
      Unpublished.write(writer, unpublished);
    }
  }

  /**
   * What {@link #unpublish} did.
   *
   * @param removed the site files it deleted
   * @param month the month's report, rewritten without the date (null when monthly reports are off)
   */
  public record Unpublishing(LocalDate date, List<String> removed, MonthlyStep.Outcome month) {
    public Unpublishing {
      removed = List.copyOf(removed);
    }
  }

  /**
   * Removes a date from the site at the blogger's request: its daily post, digest post and data
   * file are deleted, the date is recorded as unpublished (in the site's {@value Unpublished#PATH},
   * committed with it, and in the ledger) so that no plain run publishes it again, and its month's
   * report is rewritten without it.
   */
  public Unpublishing unpublish(LocalDate date) {
    return locked(
        archive -> {
          SiteWriter writer = pipeline.writer();
          List<String> removed = new ArrayList<>();
          for (String path :
              List.of(DailyPost.path(date), DigestPost.path(date), DailyData.path(date))) {
            if (writer.delete(path)) {
              removed.add(path);
            }
          }
          java.util.Set<LocalDate> unpublished = Unpublished.read(writer);
          unpublished.add(date);
          Unpublished.write(writer, unpublished);
          archive.ledger().markUnpublished(date);
          MonthlyStep.Outcome month =
              context.settings().monthly().enabled()
                  ? pipeline.monthly(archive).write(java.time.YearMonth.from(date), false)
                  : null;
          return new Unpublishing(date, removed, month);
        });
  }

  /** The site as the plan sees it: which dates' files it holds, which were unpublished. */
  private DatePlan.Site site() {
    SiteWriter writer = pipeline.writer();
    return new DatePlan.Site() {
      @Override
      public boolean complete(LocalDate date) {
        return writer.exists(DailyPost.path(date)) && writer.exists(DailyData.path(date));
      }

      @Override
      public java.util.Set<LocalDate> unpublished() {
        return Unpublished.read(writer);
      }

      @Override
      public boolean weekFinal(Week week) {
        return WeeklyStep.isFinal(writer, week);
      }
    };
  }

  /** Writes the digest post of archived dates, fetching nothing. */
  public DigestJob.Result digest(List<LocalDate> dates, boolean refresh) {
    return locked(
        archive -> {
          DigestJob job = new DigestJob(archive, pipeline.digest(archive, refresh, 0));
          pipeline.modelHint().ifPresent(hint -> events.accept(new RunEvent.Hint(hint)));
          Instant started = context.clock().instant();
          DigestJob.Result result =
              job.run(dates, outcome -> events.accept(new RunEvent.DigestDone(outcome)));
          archive.runs().record(result.run(started, context.clock().instant()));
          return result;
        });
  }

  /** Restores the archive from the site's data files, on demand. */
  public ArchiveRebuild.Result rebuild() {
    try (SiteLock lock = lock();
        Archive archive = Archive.open(context.archiveFile(), context.clock())) {
      return ArchiveRebuild.run(context.site(), archive, context.clock());
    }
  }

  private <T> T locked(Function<Archive, T> work) {
    try (SiteLock lock = lock();
        Archive archive = openOrRebuild()) {
      return work.apply(archive);
    }
  }

  private SiteLock lock() {
    return SiteLock.acquire(
        context.site(),
        context.settings().run().lockWait(),
        holder ->
            events.accept(
                new RunEvent.Waiting(context.site(), holder, context.settings().run().lockWait())));
  }

  /**
   * Opens the archive, first restoring it from the site's data files when it is missing (a fresh CI
   * runner, a lost cache) or unreadable (moved aside as {@code FILE.unreadable}).
   */
  private Archive openOrRebuild() {
    Path file = context.archiveFile();
    boolean missing = !Files.exists(file);
    Archive archive;
    try {
      archive = Archive.open(file, context.clock());
    } catch (ArchiveException e) {
      if (!Files.isRegularFile(file)) {
        throw e;
      }
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
      } catch (IOException moveError) {
        throw e;
      }
      events.accept(new RunEvent.ArchiveMovedAside(file, aside, e.getMessage()));
      archive = Archive.open(file, context.clock());
      missing = true;
    }
    if (missing && !ArchiveRebuild.dataFiles(context.site()).isEmpty()) {
      ArchiveRebuild.Result result = ArchiveRebuild.run(context.site(), archive, context.clock());
      events.accept(
          new RunEvent.Rebuilt(file, context.site().resolve(ArchiveRebuild.FOLDER), result));
    }
    return archive;
  }

  /** Keeps what a finished run did and spent in the archive's run log, for {@code status}. */
  private void log(Archive archive, Instant startedAt, RunSummary summary, DigestStep.Spent spent) {
    Usage.Totals u = spent == null ? null : spent.usage();
    archive
        .runs()
        .record(
            new RunLog.Run(
                startedAt,
                context.clock().instant(),
                summary.outcomes().size(),
                (int) summary.count(DateOutcome.Published.class),
                (int) summary.outcomes().stream().filter(DateOutcome::failed).count(),
                summary.exitCode(),
                u == null ? 0 : u.analyzed(),
                u == null ? 0 : u.cached(),
                u == null ? 0 : u.fallbacks(),
                u == null ? 0 : u.calls(),
                u == null ? 0 : u.inputTokens(),
                u == null ? 0 : u.outputTokens(),
                spent == null ? 0 : spent.costUsd(),
                spent == null ? 0 : spent.imagesStored(),
                spent == null ? 0 : spent.imagesFailed()));
  }

  /**
   * Sends {@code anomalies} to the webhook named by {@code alerts.webhook-env}, once, when there
   * are any and a URL is set.
   */
  private void alert(List<Anomaly> anomalies) {
    String url = context.settings().alerts().webhookUrl(context.env());
    if (url == null || anomalies.isEmpty()) {
      return;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      events.accept(
          new RunEvent.AlertFailed(
              context.settings().alerts().webhookEnv() + " is not a URL; no alert sent"));
      return;
    }
    Optional<String> problem =
        new Webhook(uri).send(context.site().toString(), new ArrayList<>(anomalies));
    events.accept(
        problem
            .<RunEvent>map(RunEvent.AlertFailed::new)
            .orElseGet(() -> new RunEvent.AlertSent(anomalies.size())));
  }
}
