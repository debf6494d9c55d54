package dev.paperboy.util;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command prints: the report to {@code out}, failures, warnings and progress to {@code
 * err}. Both are UTF-8 whatever the platform charset is, so Korean output survives {@code LANG=C}.
 *
 * @param interactive whether a person is watching (a terminal), not a log (cron, CI)
 */
public record Console(PrintWriter out, PrintWriter err, boolean interactive) {

  /** The process's standard output and error, encoded as UTF-8. */
  public static Console system() {
    return new Console(
        utf8(new FileOutputStream(FileDescriptor.out)),
        utf8(new FileOutputStream(FileDescriptor.err)),
        Terminal.interactive());
  }

  /** A console printing UTF-8 to the given streams, as a log does (not interactive). */
  public static Console of(OutputStream out, OutputStream err) {
    return new Console(utf8(out), utf8(err), false);
  }

  /** A console printing to the given writers, as a log does (not interactive). */
  public static Console of(PrintWriter out, PrintWriter err) {
    return new Console(out, err, false);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
