package dev.paperboy.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file that {@code paperboy init} writes and may write again: its first line says so and holds
 * the checksum of the rest, so a later init tells its own untouched output (rewritten when its
 * options changed) from a file the blogger edited (kept).
 *
 * <pre>
 * # Written by 'paperboy init' (checksum 0f3a9c1d2b4e5f60). Edit freely: a later init keeps …
 * name: Paperboy
 * …
 * </pre>
 */
public final class ManagedFile {
  private static final Pattern HEADER =
      Pattern.compile("^# Written by 'paperboy init' \\(checksum ([0-9a-f]{16})\\)[^\\n]*\\n");

  private ManagedFile() {}

  /** What init may do with a file as it is on disk. */
  public enum State {
    /** There is no such file. */
    MISSING,
    /** It is init's own output, untouched since: init may rewrite it. */
    UNTOUCHED,
    /** It was changed after init wrote it, or init did not write it: init keeps it. */
    EDITED
  }

  /** {@code body} as init writes it: the header line with the body's checksum, then the body. */
  public static String render(String body) {
    return "# Written by 'paperboy init' (checksum "
        + checksum(body)
        + "). Edit freely: a later 'paperboy init' keeps a file you changed unless --force.\n"
        + body;
  }

  /**
   * The state of a file whose text is {@code existing} (null when there is none), which init would
   * now write as {@code body}: a file that is exactly {@code body} without the header (as {@code
   * paperboy config --write} writes the config) is untouched too.
   */
  public static State state(String existing, String body) {
    if (existing == null) {
      return State.MISSING;
    }
    if (existing.equals(body)) {
      return State.UNTOUCHED;
    }
    Matcher m = HEADER.matcher(existing);
    if (!m.find()) {
      return State.EDITED;
    }
    return checksum(existing.substring(m.end())).equals(m.group(1))
        ? State.UNTOUCHED
        : State.EDITED;
  }

  static String checksum(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
