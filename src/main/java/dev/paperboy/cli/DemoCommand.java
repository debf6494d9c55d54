package dev.paperboy.cli;

import dev.paperboy.digest.FullTextSettings;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Provider;
import dev.paperboy.hf.DirectorySource;
import dev.paperboy.job.Context;
import dev.paperboy.job.DateOutcome;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.RunSummary;
import dev.paperboy.job.Settings;
import dev.paperboy.job.SiteRun;
import dev.paperboy.job.WeeklyStep;
import dev.paperboy.media.MediaSettings;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.publish.WeeklyPost;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Bundled;
import dev.paperboy.util.Console;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
    header = "Run the whole pipeline offline on three bundled days.",
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
      names = "--warm-up",
      hidden = true,
      description =
          "Also digest a day with a stand-in local model, so that the class cache ./paperboy"
              + " records from this run holds the model client's classes.")
  boolean warmUp;

  private final Context base;

  DemoCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() throws IOException {
    Console console = base.console();
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
      Context context = base.at(root, settings);
      console
          .out()
          .printf("Paperboy demo: %d bundled sample days into %s%n", SAMPLE_DATES.size(), root);
      RunSummary summary;
      try (RunPrinter printer = new RunPrinter(console, "demo", root)) {
        summary =
            new SiteRun(context, printer).publish(new DatePlan.Request.Dates(SAMPLE_DATES), false);
      }
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
      for (WeeklyStep.Outcome week : summary.weeks()) {
        if (week instanceof WeeklyStep.Outcome.Written) {
          console.out().println("  " + root.resolve(WeeklyPost.path(week.week())));
        }
      }
      summary.lines().forEach(console.out()::println);
      summary.problems().forEach(console.err()::println);
      if (warmUp) {
        warmUp(context);
      }
      console.out().println();
      console.out().println("Next:");
      console.out().println("  jekyll build -s " + root + "          # or: jekyll serve");
      console
          .out()
          .println("  ./paperboy daily --site " + root + "   # today's papers from the live API");
      return summary.exitCode();
    } finally {
      try (var files = Files.list(samples)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(samples);
    }
  }

  /** {@code media}, switched off, with arXiv's pages read from {@code base} at once. */
  private static MediaSettings arxivAt(MediaSettings media, URI base) {
    return new MediaSettings(
        false,
        List.of(base.getHost()),
        media.maxBytes(),
        media.maxWidth(),
        media.maxPixels(),
        media.maxFigures(),
        base,
        Duration.ZERO,
        media.basePath(),
        media.timeout(),
        media.retryAfter());
  }

  /**
   * Runs a digest with a model, against {@link WarmUpModel}, into a scratch site that is deleted
   * afterwards: the class cache then holds the model client's classes too.
   */
  private static void warmUp(Context demo) throws IOException {
    Path scratch = Files.createTempDirectory("paperboy-warm-up");
    try (WarmUpModel model = new WarmUpModel()) {
      Settings settings = demo.settings();
      Settings withModel =
          settings
              .withDigest(
                  settings
                      .digest()
                      .withModel(
                          new ModelSettings(
                              Provider.OPENAI,
                              "warm-up",
                              model.baseUrl(),
                              null,
                              Duration.ofSeconds(30),
                              4096,
                              null))
                      .withFullText(FullTextSettings.defaults()))
              .withMedia(arxivAt(settings.media(), URI.create(model.root())));
      new SiteRun(demo.at(scratch, withModel), event -> {})
          .publish(
              new DatePlan.Request.Dates(List.of(SAMPLE_DATES.get(SAMPLE_DATES.size() - 1))), true);
    } finally {
      try (var files = Files.walk(scratch)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
