package dev.paperboy.util;

/**
 * What this build of Paperboy is: its version (from the jar manifest; {@code dev} from classes).
 */
public final class Build {
  private Build() {}

  /** The running version, e.g. {@code 0.1.0}. */
  public static String version() {
    String version = Build.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The generator string recorded in output provenance, e.g. {@code paperboy 0.1.0}. */
  public static String generator() {
    return "paperboy " + version();
  }

  /** The User-Agent of every request Paperboy sends. */
  public static String userAgent() {
    return "paperboy/" + version() + " (Hugging Face Daily Papers to a Korean blog digest)";
  }
}
