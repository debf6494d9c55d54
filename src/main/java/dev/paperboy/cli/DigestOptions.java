package dev.paperboy.cli;

import dev.paperboy.job.Settings;
import picocli.CommandLine.Option;

/** The digest options shared by {@code daily} and {@code digest}. */
final class DigestOptions {
  @Option(
      names = "--refresh-digest",
      description = "Ask the model again even for papers whose analysis is cached.")
  boolean refresh;

  @Option(
      names = "--no-images",
      description = "Download no thumbnail or figure for the digest in this run.")
  boolean noImages;

  /** {@code settings} with these flags applied. */
  Settings apply(Settings settings) {
    return noImages ? settings.withMedia(settings.media().withEnabled(false)) : settings;
  }
}
