package dev.paperboy.cli;

import dev.paperboy.job.Context;
import dev.paperboy.job.StatusReport;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy status}: what happened lately, from the archive alone. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    header = "Say what happened lately, from the archive alone.",
    versionProvider = Version.class,
    description = {
      "Answers \"why is there nothing today?\" from the archive, without fetching: the recent",
      "list dates (published, empty, not yet listed, failed and why), the last run, the",
      "digests analysed vs fallen back, the images stored vs failed, and this month's model",
      "calls and cost."
    },
    footer = {"", "Example:", "  paperboy status --site ~/blog"})
public final class StatusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "14",
      description = "How many recent list dates to show (default: ${DEFAULT-VALUE}).")
  int days;

  private final Context base;

  StatusCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    if (days < 1 || days > 366) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--days must be between 1 and 366, not " + days);
    }
    Context context = where.context(base);
    StatusReport.lines(context, days).forEach(context.console().out()::println);
    return 0;
  }
}
