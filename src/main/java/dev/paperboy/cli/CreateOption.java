package dev.paperboy.cli;

import picocli.CommandLine.Option;

/** {@code --create}: the commands that write into a site may start a new one. */
final class CreateOption {
  @Option(
      names = "--create",
      description = {
        "Start a new site: create --site when it does not exist, or",
        "write into a folder that is not a Jekyll site yet."
      })
  boolean create;
}
