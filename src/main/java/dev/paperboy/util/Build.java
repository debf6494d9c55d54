package dev.paperboy.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What this build of Paperboy is: its version (from the jar manifest; {@code dev} from classes) and
 * the Git commit it was built from ({@code paperboy-git.properties}, written by the build; none for
 * a build outside a Git checkout).
 */
public final class Build {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final Properties GIT = git();

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

  /** The full id of the commit this build was made from, if it was made in a Git checkout. */
  public static Optional<String> commit() {
    String id = GIT.getProperty("git.commit.id", "");
    return COMMIT.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  /** Whether the checkout had changes that were not committed when this build was made. */
  public static boolean dirty() {
    return Boolean.parseBoolean(GIT.getProperty("git.dirty", "false"));
  }

  /** The checkout's {@code origin} remote when this build was made, if it had one. */
  public static Optional<String> origin() {
    String url = GIT.getProperty("git.remote.origin.url", "");
    return url.isBlank() || url.equals("Unknown") ? Optional.empty() : Optional.of(url);
  }

  private static Properties git() {
    Properties p = new Properties();
    try (InputStream in = Build.class.getResourceAsStream("/paperboy-git.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build information: as for a build outside a checkout
    }
    return p;
  }
}
