package dev.paperboy.cli;

import dev.paperboy.PaperboyException;
import dev.paperboy.config.ConfigException;
import dev.paperboy.job.Context;
import dev.paperboy.site.SiteBusyException;
import dev.paperboy.util.Console;
import dev.paperboy.util.Environment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code paperboy <command> [options]}. */
@Command(
    name = "paperboy",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Turns the Hugging Face Daily Papers into Korean Jekyll posts, keeping every paper and its"
          + " upvote history in an SQLite archive.",
      "",
      "Start with: paperboy demo   (offline, on bundled sample days)",
      "Every day:  paperboy daily --site ~/blog",
      "Monthly:    written by daily; on demand: paperboy monthly --site ~/blog --month 2026-02",
      "Weekly:     written by daily; on demand: paperboy weekly --site ~/blog --week 2026-W34",
      "Browse:     paperboy serve --site ~/blog   (search the archive at http://127.0.0.1:8080/)"
    },
    subcommands = {
      DailyCommand.class,
      DigestCommand.class,
      MonthlyCommand.class,
      WeeklyCommand.class,
      DemoCommand.class,
      ConfigCommand.class,
      StatusCommand.class,
      ServeCommand.class,
      InitCommand.class,
      ArchiveCommand.class,
      UnpublishCommand.class,
      PushCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 all went well, 1 a date failed (the others were still published),",
      "            2 usage error, 3 configuration error, 4 another run held the site too long."
    })
public final class PaperboyCommand implements Runnable {
  /** Exit code: some dates failed. */
  public static final int PARTIAL_FAILURE = 1;

  /** Exit code: the configuration is unusable. */
  public static final int CONFIG_ERROR = 3;

  /** Exit code: another run held the site for longer than run.lock-wait-seconds. */
  public static final int SITE_BUSY = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: try 'daily', 'digest' or 'demo'.");
  }

  /**
   * A usage error in one line: a mistyped command is named with the closest command, e.g. {@code
   * unknown command 'dialy'; did you mean daily?}.
   */
  private static String describe(CommandLine.ParameterException e, CommandLine command) {
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !command.getSubcommands().isEmpty()
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      String typed = u.getUnmatched().get(0);
      String closest = closest(typed, command.getSubcommands().keySet());
      return "unknown command '"
          + typed
          + "'"
          + (closest == null ? "" : "; did you mean " + closest + "?");
    }
    String message = e.getMessage().replaceAll("\\s+", " ").strip();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    return message;
  }

  /** The name in {@code names} nearest to {@code typed} (at most 2 edits away), or null. */
  static String closest(String typed, java.util.Collection<String> names) {
    String best = null;
    int bestDistance = 3;
    for (String name : names) {
      int d = distance(typed.toLowerCase(java.util.Locale.ROOT), name);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** A list date as given on the command line: {@code YYYY-MM-DD}, said plainly when it is not. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2026-02-20");
    }
  }

  static YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a month; expected YYYY-MM, e.g. 2026-02");
    }
  }

  /** Runs the command line and returns the exit code: the entry point, on the system clock. */
  public static int execute(String[] args, Console console) {
    return execute(args, Context.of(Clock.systemUTC(), Environment.system(), console));
  }

  /** Runs the command line on {@code clock} with the process environment (tests). */
  static int execute(String[] args, Console console, Clock clock) {
    return execute(args, Context.of(clock, Environment.system(), console));
  }

  /**
   * Runs the command line in {@code context}: every command that takes a {@link Context} in its
   * constructor is given this one.
   */
  static int execute(String[] args, Context context) {
    Console console = context.console();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            try {
              return type.cast(type.getDeclaredConstructor(Context.class).newInstance(context));
            } catch (NoSuchMethodException e) {
              return CommandLine.defaultFactory().create(type);
            }
          }
        };
    CommandLine cli = new CommandLine(new PaperboyCommand(), factory);
    cli.setUsageHelpWidth(100);
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.registerConverter(LocalDate.class, PaperboyCommand::date);
    cli.registerConverter(YearMonth.class, PaperboyCommand::month);
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          CommandLine command = e.getCommandLine();
          String name = command.getCommandSpec().qualifiedName();
          console
              .err()
              .println(name + ": " + describe(e, command) + " (see '" + name + " --help')");
          return command.getCommandSpec().exitCodeOnInvalidInput();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ConfigException) {
            console.err().println("paperboy: configuration error: " + e.getMessage());
            return CONFIG_ERROR;
          }
          if (e instanceof SiteBusyException) {
            console.err().println("paperboy: " + e.getMessage());
            return SITE_BUSY;
          }
          if (e instanceof PaperboyException) {
            console.err().println("paperboy: " + e.getMessage());
            return PARTIAL_FAILURE;
          }
          console.err().println("paperboy: unexpected error, please report it with this trace:");
          e.printStackTrace(console.err());
          return PARTIAL_FAILURE;
        });
    return cli.execute(args);
  }
}
