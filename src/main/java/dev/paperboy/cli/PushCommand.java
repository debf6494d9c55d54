package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.delivery.PushReport;
import dev.paperboy.job.Context;
import dev.paperboy.job.SiteRun;
import dev.paperboy.util.Console;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy push}: send one list date to team chat by hand. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    header = "Send one list date to team chat by hand.",
    versionProvider = Version.class,
    description = {
      "Sends the daily post of one list date to the push targets of _paperboy/config.yml",
      "(Slack, Discord, Telegram, a JSON webhook), or to one of them: a date a platform refused,",
      "one older than max-age-days, or one sent already (it is sent again). Runs of 'daily' push",
      "each new date once by themselves. Secrets come from the environment only (url-env,",
      "token-env) and are never printed."
    },
    footer = {
      "",
      "Example:",
      "  paperboy push --site ~/blog --date 2026-03-17 --target team-slack",
      "",
      "Exit codes: 0 sent, 1 not sent to some target, 2 usage error, 3 configuration error."
    })
public final class PushCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The list date whose daily post to send.")
  LocalDate date;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description = "Only this push target (default: every one).")
  String target;

  private final Context base;

  PushCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(where.site)) {
      throw new ConfigException("--site " + where.site + " is not a folder.");
    }
    Context context = where.writable(base, spec, false);
    Console console = context.console();
    PushReport report;
    try (RunPrinter printer = new RunPrinter(console, "push", context.site())) {
      try {
        report = new SiteRun(context, printer).push(date, target);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    report.lines().forEach(console.out()::println);
    report.problems().forEach(console.err()::println);
    return report.failing() || report.sent() == 0 ? 1 : 0;
  }
}
