package dev.paperboy.archive;

import dev.paperboy.PaperboyException;
import java.nio.file.Path;

/** The archive database could not be opened, migrated or written. */
public final class ArchiveException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public ArchiveException(Path file, String what, Throwable cause) {
    super(what + " (" + file + "): " + cause.getMessage(), cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
