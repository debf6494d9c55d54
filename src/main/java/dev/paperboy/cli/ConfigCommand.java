package dev.paperboy.cli;

import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigFile;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Bundled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy config}: prints, or writes into a site, the documented example config file. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    header = "Print the documented config file, or write it into a site.",
    versionProvider = Version.class,
    description = {
      "Prints an example config file with every key documented, or writes it into a site:",
      "  paperboy config --write --site ~/blog   (creates ~/blog/" + ConfigFile.DEFAULT_PATH + ")",
      "An existing file is kept unless --force is given."
    })
public final class ConfigCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--write",
      description = "Write SITE/" + ConfigFile.DEFAULT_PATH + " instead of printing (with --site).")
  boolean write;

  @Option(names = "--site", paramLabel = "DIR", description = "The site to write the file into.")
  Path site;

  @Option(names = "--force", description = "With --write: replace an existing config file.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    byte[] example = Bundled.bytes("config.example.yml");
    if (!write) {
      if (site != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--site goes with --write");
      }
      spec.commandLine().getOut().print(new String(example, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (site == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--write needs --site DIR");
    }
    if (Files.exists(site) && !Files.isDirectory(site)) {
      throw new ConfigException("--site " + site + " is a file, not a folder.");
    }
    Path file = site.resolve(ConfigFile.DEFAULT_PATH);
    if (Files.exists(file) && !force) {
      spec.commandLine()
          .getErr()
          .println("paperboy config: " + file + " exists; kept it (--force replaces it).");
      return 1;
    }
    new SiteWriter(site).write(ConfigFile.DEFAULT_PATH, example);
    spec.commandLine().getOut().println("Wrote " + file + "; edit it, then run paperboy daily.");
    return 0;
  }
}
