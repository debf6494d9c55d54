package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.Settings;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Provider;
import dev.paperboy.hf.DirectorySource;
import dev.paperboy.job.DailyJob;
import dev.paperboy.job.DateOutcome;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.RunSummary;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Bundled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy demo}: the whole pipeline, offline, on bundled sample days. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Runs the whole pipeline offline on real API responses bundled with Paperboy",
      "and writes a small Jekyll site you can look at or build with 'jekyll build'."
    })
public final class DemoCommand implements Callable<Integer> {
  /** The bundled sample list dates (resources {@code samples/daily_papers-DATE.json}). */
  static final List<LocalDate> SAMPLE_DATES =
      List.of(LocalDate.of(2025, 10, 8), LocalDate.of(2026, 6, 12), LocalDate.of(2026, 8, 20));

  private static final List<String> SCAFFOLD = List.of("_config.yml", "index.md");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      defaultValue = "paperboy-demo",
      description = "Folder to write the demo site into (default: ${DEFAULT-VALUE}).")
  Path site;

  @Option(
      names = "--train",
      hidden = true,
      description =
          "Also digest a day with a stand-in local model (for ./paperboy's start-up cache).")
  boolean train;

  @Override
  public Integer call() throws IOException {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    Path root = site.toAbsolutePath().normalize();
    SiteWriter writer = new SiteWriter(root);
    for (String file : SCAFFOLD) {
      if (!Files.exists(root.resolve(file))) {
        writer.write(file, Bundled.bytes("demo-site/" + file));
      }
    }
    Path samples = Files.createTempDirectory("paperboy-samples");
    try {
      for (LocalDate date : SAMPLE_DATES) {
        String name = DirectorySource.fileName(date);
        Files.write(samples.resolve(name), Bundled.bytes("samples/" + name));
      }
      // Offline: bundled papers, no model, no image downloads.
      Settings defaults = Settings.defaults();
      Settings settings =
          defaults.withSource(samples.toString()).withMedia(defaults.media().withEnabled(false));
      Clock clock = Clock.systemUTC();
      console
          .out()
          .printf("Paperboy demo: %d bundled sample days into %s%n", SAMPLE_DATES.size(), root);
      try (Archive archive = Wiring.openArchive(root, settings, clock)) {
        DailyJob job =
            Wiring.job(root, settings, archive, clock, false)
                .withMonthly(Wiring.monthly(root, settings, archive, clock), null, false);
        RunSummary summary = job.run(SAMPLE_DATES, new Progress(console, SAMPLE_DATES.size()));
        console.out().println();
        console.out().println("Wrote:");
        for (DateOutcome outcome : summary.outcomes()) {
          if (outcome instanceof DateOutcome.Published p) {
            p.files().keySet().stream()
                .sorted()
                .forEach(f -> console.out().println("  " + root.resolve(f)));
          }
        }
        for (MonthlyStep.Outcome month : summary.months()) {
          if (month instanceof MonthlyStep.Outcome.Written) {
            console.out().println("  " + root.resolve(MonthlyPost.path(month.month())));
          }
        }
        summary.lines().forEach(console.out()::println);
        if (train) {
          train(settings, clock);
        }
        console.out().println();
        console.out().println("Next:");
        console.out().println("  jekyll build -s " + root + "          # or: jekyll serve");
        console
            .out()
            .println("  ./paperboy daily --site " + root + "   # today's papers from the live API");
        return summary.exitCode();
      }
    } finally {
      try (var files = Files.list(samples)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(samples);
    }
  }

  /**
   * Runs a digest with a model, against {@link TrainingModel}, into a scratch site that is deleted
   * afterwards: the start-up cache then holds the model client's classes too.
   */
  private static void train(Settings settings, Clock clock) throws IOException {
    Path scratch = Files.createTempDirectory("paperboy-train");
    try (TrainingModel model = new TrainingModel()) {
      Settings trained =
          settings.withDigest(
              settings
                  .digest()
                  .withModel(
                      new ModelSettings(
                          Provider.OPENAI,
                          "training",
                          model.baseUrl(),
                          null,
                          Duration.ofSeconds(30),
                          4096,
                          null)));
      try (Archive archive = Wiring.openArchive(scratch, trained, clock)) {
        Wiring.job(scratch, trained, archive, clock, true)
            .run(List.of(SAMPLE_DATES.get(SAMPLE_DATES.size() - 1)), outcome -> {});
      }
    } finally {
      try (var files = Files.walk(scratch)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
