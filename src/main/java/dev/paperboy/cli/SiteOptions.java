package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigFile;
import dev.paperboy.job.Context;
import dev.paperboy.job.Settings;
import dev.paperboy.job.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that works on a site: the site, its archive, its config file. */
final class SiteOptions {
  @Option(
      names = "--site",
      required = true,
      paramLabel = "DIR",
      description = "The Jekyll site's folder.")
  Path site;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Archive database (default: SITE/.paperboy/archive.db).")
  Path db;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (default: SITE/" + ConfigFile.DEFAULT_PATH + " if present).")
  Path config;

  /** Defaults, then the config file, then {@code --db}. */
  Settings settings() {
    if (Files.exists(site) && !Files.isDirectory(site)) {
      throw new ConfigException("--site " + site + " is a file, not a folder.");
    }
    Path file = config != null ? config : site.resolve(ConfigFile.DEFAULT_PATH);
    Settings settings = SettingsFile.apply(Settings.defaults(), file, config != null);
    return db == null ? settings : settings.withDb(db.toAbsolutePath());
  }

  /** {@code base} for this site, with its settings, for a command that only reads it. */
  Context context(Context base) {
    return base.at(site, settings());
  }

  /** Files and folders that make a folder a site this command may write into. */
  private static final java.util.List<String> SITE_MARKS =
      java.util.List.of(
          "_config.yml", "_config.yaml", "_config.toml", "_posts", "_paperboy", ".paperboy");

  /**
   * {@code base} for this site, for a command that writes into it: refused (exit 2) when {@code
   * --site} is missing, or is a folder with files that is not a Jekyll site, unless {@code
   * --create}: a typo in a cron line must not publish into the wrong folder.
   */
  Context writable(Context base, picocli.CommandLine.Model.CommandSpec spec, boolean create) {
    if (!create) {
      if (!Files.exists(site)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--site "
                + site
                + " does not exist; check the path, or pass --create to start a site"
                + " there");
      }
      if (Files.isDirectory(site) && !isSite(site) && !isEmpty(site)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--site "
                + site
                + " is not a Jekyll site (no _config.yml or _posts); check the path, or pass"
                + " --create to write into it anyway");
      }
    }
    return context(base);
  }

  private static boolean isSite(Path dir) {
    return SITE_MARKS.stream().anyMatch(mark -> Files.exists(dir.resolve(mark)));
  }

  private static boolean isEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
