package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.job.Context;
import dev.paperboy.job.MonthlyStep;
import dev.paperboy.job.SiteRun;
import dev.paperboy.util.Console;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy unpublish}: take a list date off the blog, for good. */
@Command(
    name = "unpublish",
    mixinStandardHelpOptions = true,
    header = "Take a list date off the blog, for good.",
    versionProvider = Version.class,
    description = {
      "Takes a list date off the blog: deletes its daily post, digest post and data file,",
      "rewrites its month's report without it, and records it in _paperboy/unpublished.yml",
      "(commit it with the deletions) so that no later 'paperboy daily' publishes it again, on",
      "this machine or on GitHub Actions. A post that simply goes missing from the site is",
      "published again by the next 'daily'; this is how to say you want it gone.",
      "'paperboy daily --date DATE' publishes it again and takes it off the list."
    },
    footer = {"", "Example:", "  paperboy unpublish --site ~/blog --date 2026-03-17"})
public final class UnpublishCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @CommandLine.Mixin CreateOption creating;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The list date to take off the blog.")
  LocalDate date;

  private final Context base;

  UnpublishCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Context context = where.writable(base, spec, creating.create);
    Console console = context.console();
    SiteRun.Unpublishing done;
    try (RunPrinter printer = new RunPrinter(console, "unpublish", context.site())) {
      done = new SiteRun(context, printer).unpublish(date);
    }
    console
        .out()
        .println(
            "Unpublished "
                + date
                + (done.removed().isEmpty()
                    ? " (the site held none of its files)"
                    : ": removed " + String.join(", ", done.removed()))
                + ". Plain 'daily' runs leave it alone; 'daily --date "
                + date
                + "' publishes it again.");
    if (done.month() != null) {
      console.out().println(MonthlyStep.describe(done.month()));
    }
    console.out().println("Commit _paperboy/unpublished.yml with the deletions.");
    return done.month() instanceof MonthlyStep.Outcome.Failed ? 1 : 0;
  }
}
