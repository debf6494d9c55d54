package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.Settings;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.DigestJob;
import dev.paperboy.site.SiteLock;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy digest}: re-run the deep digest of archived dates, and nothing else. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Writes the deep digest post (_posts/DATE-daily-papers-top5.md) of dates already in the",
      "archive, without fetching anything: a Korean analysis of the top papers by the model",
      "configured under digest: in the config file (see 'paperboy config').",
      "",
      "Analyses are cached by paper, abstract, prompt version and model, so running it again",
      "makes no model call unless --refresh-digest is given. Numbers the model writes must",
      "occur in the abstract; papers whose analysis cannot be validated, or that exceed the",
      "run's budget, show Hugging Face's own AI summary under a visible label."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy digest --site ~/blog --date 2026-02-20",
      "  paperboy digest --site ~/blog --date 2026-02-20 --refresh-digest",
      "  paperboy digest --site ~/blog --from 2026-02-01 --to 2026-02-28",
      "",
      "Environment: OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY, by provider.",
      "Exit codes: 0 ok, 1 a date is not archived or its post could not be written,",
      "2 usage error, 3 configuration error, 4 another run held the site too long."
    })
public final class DigestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @ArgGroup(exclusive = true, multiplicity = "1")
  DailyCommand.Dates dates;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many papers the digest covers (default: digest.top, 5).")
  Integer top;

  @CommandLine.Mixin DigestOptions digestOptions;

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    Settings settings = settings();
    List<LocalDate> plan = plan();
    Clock clock = Clock.systemUTC();
    try (SiteLock lock = where.lock(settings, console);
        Archive archive = Wiring.openOrRebuild(where.site, settings, clock, console)) {
      DigestJob job =
          new DigestJob(
              archive, Wiring.digest(where.site, settings, archive, digestOptions.refresh));
      Wiring.modelHint(where.site, settings).ifPresent(console.out()::println);
      int[] done = {0};
      List<DigestJob.Outcome> outcomes =
          job.run(
              plan,
              outcome -> {
                String prefix =
                    String.format(
                        Locale.ROOT, "[%d/%d] %s  ", ++done[0], plan.size(), outcome.date());
                switch (outcome) {
                  case DigestJob.Outcome.Written w ->
                      console
                          .out()
                          .println(prefix + w.papers() + " papers, " + w.report().describe());
                  case DigestJob.Outcome.Weekend w ->
                      console.out().println(prefix + "no papers (weekend)");
                  case DigestJob.Outcome.NotArchived n ->
                      console
                          .err()
                          .println(
                              prefix
                                  + "FAILED: no archived papers for this date; run 'paperboy daily"
                                  + " --site "
                                  + where.site
                                  + " --date "
                                  + n.date()
                                  + "' first.");
                  case DigestJob.Outcome.Failed f ->
                      console.err().println(prefix + "FAILED: " + f.message());
                }
              });
      job.summaryLines().forEach(console.out()::println);
      boolean failed =
          outcomes.stream()
              .anyMatch(
                  o ->
                      o instanceof DigestJob.Outcome.NotArchived
                          || o instanceof DigestJob.Outcome.Failed);
      return failed ? 1 : 0;
    }
  }

  private List<LocalDate> plan() {
    if (dates.date != null) {
      return List.of(dates.date);
    }
    try {
      return DatePlan.range(dates.range.from, dates.range.to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Settings settings() {
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Settings settings = where.settings();
    if (top != null) {
      if (top < 1 || top > 20) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--top must be between 1 and 20, not " + top);
      }
      settings = settings.withDigest(settings.digest().withTop(top));
    }
    settings = digestOptions.apply(settings);
    return settings.withDigest(settings.digest().withEnabled(true));
  }
}
