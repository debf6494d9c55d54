package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.Settings;
import dev.paperboy.hf.DirectorySource;
import dev.paperboy.hf.HfApiSource;
import dev.paperboy.hf.PaperSource;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.job.DailyJob;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.publish.SiteWriter;
import dev.paperboy.publish.Templates;
import dev.paperboy.util.Sleeper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

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
          "paperboy/" + Version.current() + " (Hugging Face Daily Papers to a Korean blog digest)",
          settings.timeout(),
          new RetryPolicy(settings.maxAttempts(), Duration.ofSeconds(2), Duration.ofMinutes(5)),
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

  static DailyJob job(Path site, Settings settings, Archive archive, Clock clock) {
    return new DailyJob(
        source(site, settings, clock),
        archive,
        new SiteWriter(site),
        new DailyPost(new Templates(site), settings.post()),
        settings.top(),
        Version.generator(),
        clock);
  }
}
