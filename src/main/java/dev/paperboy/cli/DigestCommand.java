package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.job.Context;
import dev.paperboy.job.DatePlan;
import dev.paperboy.job.DigestJob;
import dev.paperboy.job.Settings;
import dev.paperboy.job.SiteRun;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy digest}: re-run the deep digest of archived dates, and nothing else. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    header = "Write the deep digest of archived dates again, fetching nothing.",
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

  @CommandLine.Mixin CreateOption creating;

  @ArgGroup(exclusive = true, multiplicity = "1")
  DailyCommand.Dates dates;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many papers the digest covers (default: digest.top, 5).")
  Integer top;

  @CommandLine.Mixin DigestOptions digestOptions;

  private final Context base;

  DigestCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Context context = where.writable(base, spec, creating.create);
    context = context.withSettings(settings(context.settings()));
    List<LocalDate> plan = plan();
    DigestJob.Result result;
    try (RunPrinter printer =
        new RunPrinter(context.console(), "digest", context.site()).digests(plan.size())) {
      result = new SiteRun(context, printer).digest(plan, digestOptions.refresh);
    }
    result.summary().lines().forEach(context.console().out()::println);
    result.summary().problems().forEach(context.console().err()::println);
    return result.failed() ? 1 : 0;
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

  private Settings settings(Settings settings) {
    if (top != null) {
      DailyCommand.check(spec, "digest.top", top, "--top");
      settings = settings.withDigest(settings.digest().withTop(top));
    }
    settings = digestOptions.apply(settings);
    return settings.withDigest(settings.digest().withEnabled(true));
  }
}
