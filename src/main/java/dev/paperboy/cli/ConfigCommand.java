package dev.paperboy.cli;

import dev.paperboy.config.ConfigFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code paperboy config}: prints the documented example config file. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Prints an example config file with every key documented.",
      "Save it as SITE/" + ConfigFile.DEFAULT_PATH + " and edit what you need:",
      "  paperboy config > ~/blog/" + ConfigFile.DEFAULT_PATH
    })
public final class ConfigCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (InputStream in =
        ConfigCommand.class.getClassLoader().getResourceAsStream("config.example.yml")) {
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
