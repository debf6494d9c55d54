package dev.paperboy.cli;

import dev.paperboy.PaperboyException;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.Settings;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.DigestStep;
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
      "2 usage error, 3 configuration error."
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
    try (Archive archive = Wiring.openArchive(where.site, settings, clock)) {
      DigestStep step = Wiring.digest(where.site, settings, archive, digestOptions.refresh);
      Wiring.modelHint(settings).ifPresent(console.out()::println);
      int failed = 0;
      int done = 0;
      for (LocalDate date : plan) {
        done++;
        String prefix = String.format(Locale.ROOT, "[%d/%d] %s  ", done, plan.size(), date);
        ArchivedDay day = archive.day(date);
        if (day.papers().isEmpty()) {
          if (plan.size() == 1 || isWeekday(date)) {
            console
                .err()
                .println(
                    prefix
                        + "FAILED: no archived papers for this date; run 'paperboy daily --site "
                        + where.site
                        + " --date "
                        + date
                        + "' first.");
            failed++;
          } else {
            console.out().println(prefix + "no papers (weekend)");
          }
          continue;
        }
        try {
          DigestStep.Report report = step.publish(day);
          console.out().println(prefix + day.papers().size() + " papers, " + report.describe());
        } catch (PaperboyException e) {
          console.err().println(prefix + "FAILED: " + e.getMessage());
          failed++;
        }
      }
      step.summaryLines().forEach(console.out()::println);
      return failed == 0 ? 0 : 1;
    }
  }

  private static boolean isWeekday(LocalDate date) {
    return date.getDayOfWeek().getValue() <= 5;
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
