package dev.paperboy.job;

import dev.paperboy.util.Console;
import dev.paperboy.util.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What every command and every part of a run works with: the clock (the only one: nothing below the
 * entry point reads the system clock), the environment (the only source of secrets), the console,
 * and, once a command has read its flags, the site and its settings. Built once by the command
 * factory ({@link #of}) and completed per command ({@link #at}).
 *
 * @param site the Jekyll site, or null before {@link #at}
 */
public record Context(Clock clock, Environment env, Console console, Path site, Settings settings) {
  public Context {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(console, "console");
    Objects.requireNonNull(settings, "settings");
  }

  /** A context with no site yet, and default settings. */
  public static Context of(Clock clock, Environment env, Console console) {
    return new Context(clock, env, console, null, Settings.defaults());
  }

  /** A copy for {@code site} with {@code settings}. */
  public Context at(Path site, Settings settings) {
    return new Context(clock, env, console, site.toAbsolutePath().normalize(), settings);
  }

  /** A copy with other settings (a flag applied, a demo's source). */
  public Context withSettings(Settings value) {
    return new Context(clock, env, console, site, value);
  }

  /** The current UTC date by this context's clock: list dates are UTC dates. */
  public LocalDate todayUtc() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** The archive file: the settings' path, resolved against the site. */
  public Path archiveFile() {
    return site.resolve(settings.db());
  }
}
