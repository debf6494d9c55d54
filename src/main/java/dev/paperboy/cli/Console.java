package dev.paperboy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command prints: progress and results to {@code out}, problems to {@code err}. Both are
 * UTF-8 whatever the platform charset is, so Korean output survives {@code LANG=C}.
 */
public record Console(PrintWriter out, PrintWriter err) {

  /** The process's standard output and error, encoded as UTF-8. */
  public static Console system() {
    return new Console(
        utf8(new FileOutputStream(FileDescriptor.out)),
        utf8(new FileOutputStream(FileDescriptor.err)));
  }

  /** A console printing UTF-8 to the given streams. */
  public static Console of(OutputStream out, OutputStream err) {
    return new Console(utf8(out), utf8(err));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
