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
      description = "The Jekyll site folder to write into (created if missing).")
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

  /** {@code base} for this site, with its settings. */
  Context context(Context base) {
    return base.at(site, settings());
  }
}
