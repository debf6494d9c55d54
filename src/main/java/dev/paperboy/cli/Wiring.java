package dev.paperboy.cli;

import dev.paperboy.alerts.Anomaly;
import dev.paperboy.alerts.AnomalyRules;
import dev.paperboy.alerts.Webhook;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.ArchiveException;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigFile;
import dev.paperboy.config.DigestSettings;
import dev.paperboy.config.Settings;
import dev.paperboy.digest.DigestException;
import dev.paperboy.digest.Digester;
import dev.paperboy.digest.Provider;
import dev.paperboy.digest.Summarizer;
import dev.paperboy.digest.SummarizerFactory;
import dev.paperboy.digest.Usage;
import dev.paperboy.hf.DirectorySource;
import dev.paperboy.hf.HfApiSource;
import dev.paperboy.hf.PaperSource;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.job.ArchiveRebuild;
import dev.paperboy.job.DailyJob;
import dev.paperboy.job.DigestStep;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.RunSummary;
import dev.paperboy.media.Illustrator;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.publish.Templates;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Sleeper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds the pipeline's parts from {@link Settings}: the one place that knows all packages. */
final class Wiring {
  private Wiring() {}

  /** A source flag as given on the command line: URLs as they are, folders made absolute. */
  static String absoluteUnlessUrl(String source) {
    return source.startsWith("http://") || source.startsWith("https://")
        ? source
        : Path.of(source).toAbsolutePath().normalize().toString();
  }

  static Archive openArchive(Path site, Settings settings, Clock clock) {
    return Archive.open(site.resolve(settings.db()), clock);
  }

  /**
   * Opens the archive, first restoring it from the site's data files when it is missing (a fresh CI
   * runner, a lost cache) or unreadable (moved aside as {@code FILE.unreadable}), and says so.
   */
  static Archive openOrRebuild(Path site, Settings settings, Clock clock, Console console) {
    Path file = site.resolve(settings.db());
    boolean missing = !Files.exists(file);
    Archive archive;
    try {
      archive = Archive.open(file, clock);
    } catch (ArchiveException e) {
      if (!Files.isRegularFile(file)) {
        throw e;
      }
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
      try {
        Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
      } catch (java.io.IOException moveError) {
        throw e;
      }
      console
          .err()
          .println(
              "paperboy: the archive "
                  + file
                  + " is unreadable ("
                  + e.getMessage()
                  + "); moved it to "
                  + aside
                  + " and rebuilding it.");
      archive = Archive.open(file, clock);
      missing = true;
    }
    if (missing && !ArchiveRebuild.dataFiles(site).isEmpty()) {
      console
          .out()
          .println(
              "No archive at "
                  + file
                  + ": rebuilding it from "
                  + site.resolve("_data/papers")
                  + " before going on.");
      console.out().println(ArchiveRebuild.run(site, archive, clock).line());
    }
    return archive;
  }

  static PaperSource source(Path site, Settings settings, Clock clock) {
    if (settings.sourceIsUrl()) {
      URI base;
      try {
        base = URI.create(settings.source());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("source '" + settings.source() + "' is not a valid URL", e);
      }
      return new HfApiSource(
          base,
          System.getenv("HF_TOKEN"),
          userAgent(),
          settings.timeout(),
          new RetryPolicy(settings.maxAttempts(), Duration.ofSeconds(2), Duration.ofMinutes(5)),
          settings.run().timeoutsToGiveUp(),
          Sleeper.REAL,
          clock);
    }
    Path dir = site.resolve(settings.source());
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(
          "source folder "
              + dir
              + " does not exist. Give an API URL (https://huggingface.co) or a folder of"
              + " daily_papers-YYYY-MM-DD.json files.");
    }
    return new DirectorySource(dir, clock);
  }

  static String userAgent() {
    return "paperboy/" + Version.current() + " (Hugging Face Daily Papers to a Korean blog digest)";
  }

  static DailyJob job(
      Path site, Settings settings, Archive archive, Clock clock, boolean refreshDigest) {
    SiteWriter writer = new SiteWriter(site);
    Templates templates = new Templates(site);
    return new DailyJob(
            source(site, settings, clock),
            archive,
            writer,
            new DailyPost(templates, settings.post()),
            settings.top(),
            Version.generator(),
            clock,
            settings.digest().enabled()
                ? digest(settings, archive, refreshDigest, writer, templates)
                    .withLinesFor(settings.digest().dailySummaries() ? settings.top() : 0)
                : null)
        .withBudget(settings.run().budget());
  }

  /** The monthly report step. */
  static MonthlyStep monthly(Path site, Settings settings, Archive archive, Clock clock) {
    return new MonthlyStep(
        archive,
        new SiteWriter(site),
        new MonthlyPost(
            new Templates(site),
            settings.post(),
            settings.monthly(),
            settings.digest().permalink()),
        clock);
  }

  /** The digest step alone, for {@code paperboy digest}. */
  static DigestStep digest(Path site, Settings settings, Archive archive, boolean refresh) {
    return digest(settings, archive, refresh, new SiteWriter(site), new Templates(site));
  }

  /** The digest step; the model's key is read from the environment. */
  private static DigestStep digest(
      Settings settings, Archive archive, boolean refresh, SiteWriter writer, Templates templates) {
    DigestSettings d = settings.digest();
    Optional<Summarizer> summarizer;
    try {
      summarizer = SummarizerFactory.create(d.model(), System::getenv);
    } catch (DigestException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    Digester digester =
        new Digester(
            summarizer,
            archive.analyses(),
            d.budget(),
            new Usage(),
            d.concurrency(),
            new RetryPolicy(d.maxAttempts(), Duration.ofSeconds(2), Duration.ofMinutes(2)),
            Sleeper.REAL);
    DigestPost post =
        new DigestPost(
            templates, settings.post(), d.title(), d.categories(), d.tags(), d.permalink());
    Illustrator illustrator =
        settings.media().enabled()
            ? Illustrator.create(
                settings.media(),
                archive.media(),
                writer,
                userAgent(),
                Clock.systemUTC(),
                Sleeper.REAL)
            : null;
    return new DigestStep(
        digester, post, writer, d.top(), refresh, d.budget().pricing(), illustrator);
  }

  /**
   * Sends the run's anomalies to the webhook named by {@code alerts.webhook-env}, once, when there
   * are any and a URL is set; says on stderr when it could not be delivered.
   */
  static void alert(
      Path site, Settings settings, RunSummary summary, Clock clock, Console console) {
    String url = settings.alerts().webhookUrl(System::getenv);
    if (url == null) {
      return;
    }
    List<Anomaly> anomalies = AnomalyRules.of(summary, clock);
    if (anomalies.isEmpty()) {
      return;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      console
          .err()
          .println("paperboy: " + settings.alerts().webhookEnv() + " is not a URL; no alert sent.");
      return;
    }
    Optional<String> problem = new Webhook(uri).send(site.toString(), anomalies);
    if (problem.isPresent()) {
      console.err().println("paperboy: the alert could not be sent: " + problem.get());
    } else {
      console.out().println("Alert sent: " + anomalies.size() + " problem(s).");
    }
  }

  /** Where a site remembers that it was told about the missing model. */
  static final String HINT_SHOWN = ".paperboy/model-hint-shown";

  /**
   * The hint about configuring a model, when the digest runs without one: on a terminal every time,
   * otherwise (cron) once per site, so that a mailed cron log does not repeat it every day.
   */
  static Optional<String> modelHint(Path site, Settings settings) {
    DigestSettings d = settings.digest();
    if (!d.enabled() || d.model().provider() != Provider.NONE) {
      return Optional.empty();
    }
    if (!Terminal.interactive()) {
      SiteWriter writer = new SiteWriter(site);
      if (writer.exists(HINT_SHOWN)) {
        return Optional.empty();
      }
      writer.write(
          HINT_SHOWN, "The no-model hint was printed once; delete this file to see it again.\n");
    }
    return Optional.of(
        "Digest: no language model configured, so the top-"
            + d.top()
            + " digest shows Hugging Face's AI summaries, marked as such. For a Korean LLM"
            + " analysis set digest.provider and digest.model in "
            + ConfigFile.DEFAULT_PATH
            + " (paperboy config --write --site DIR writes one) and the provider's API key"
            + " variable; --no-digest skips the digest.");
  }
}
