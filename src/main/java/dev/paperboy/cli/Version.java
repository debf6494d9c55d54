package dev.paperboy.cli;

import picocli.CommandLine;

/** The version from the jar manifest ({@code dev} when run from classes). */
public final class Version implements CommandLine.IVersionProvider {

  /** The running version, e.g. {@code 0.1.0}. */
  public static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The generator string recorded in output provenance. */
  public static String generator() {
    return "paperboy " + current();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "paperboy " + current(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"
    };
  }
}
