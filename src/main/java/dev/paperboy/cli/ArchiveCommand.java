package dev.paperboy.cli;

import dev.paperboy.job.ArchiveRebuild;
import dev.paperboy.job.Context;
import dev.paperboy.job.SiteRun;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code paperboy archive}: maintenance of the SQLite archive. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Maintain the archive (SITE/.paperboy/archive.db).",
    description = "Maintains the archive (SITE/.paperboy/archive.db).",
    subcommands = {ArchiveCommand.Rebuild.class})
public final class ArchiveCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'rebuild'.");
  }

  /** {@code paperboy archive rebuild}: restore the archive from the site's data files. */
  @Command(
      name = "rebuild",
      mixinStandardHelpOptions = true,
      header = "Restore the archive from the site's data files.",
      versionProvider = Version.class,
      description = {
        "Restores the archive from the site's own data files (_data/papers/daily-DATE.json):",
        "every paper with the counts its day showed, and the dates whose posts exist marked",
        "published. Dates already archived are updated, nothing is deleted. 'paperboy daily'",
        "does this by itself when the archive is missing or unreadable."
      },
      footer = {"", "Example:", "  paperboy archive rebuild --site ~/blog"})
  static final class Rebuild implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin SiteOptions where;

    @CommandLine.Mixin CreateOption creating;

    private final Context base;

    Rebuild(Context base) {
      this.base = base;
    }

    @Override
    public Integer call() {
      Context context = where.writable(base, spec, creating.create);
      ArchiveRebuild.Result result;
      try (RunPrinter printer = new RunPrinter(context.console(), "archive", context.site())) {
        result = new SiteRun(context, printer).rebuild();
      }
      context.console().out().println(result.line());
      return result.skipped().isEmpty() ? 0 : 1;
    }
  }
}
