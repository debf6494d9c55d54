package dev.paperboy.archive;

import dev.paperboy.PaperboyException;
import dev.paperboy.util.IoProblems;
import java.nio.file.Path;

/** The archive database could not be opened, migrated or written. */
public final class ArchiveException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public ArchiveException(Path file, String what, Throwable cause) {
    super(what + " (" + file + "): " + IoProblems.describe(rootMessage(cause)), cause);
    this.file = file;
  }

  /** The innermost message: SQLite's own ({@code [SQLITE_FULL] …}), not Jdbi's wrapping of it. */
  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : cause.getMessage();
  }

  public Path file() {
    return file;
  }
}
