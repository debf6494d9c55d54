package dev.paperboy.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in plain words why a file operation failed: "permission denied", "the disk is full", "the
 * file system is read-only", instead of an exception's class name. Messages that name the path come
 * from the caller.
 *
 * <pre>
 * describe(new AccessDeniedException("/srv/blog/_posts/x.md"))   = "permission denied"
 * describe(new FileSystemException("/x", null, "No space left on device")) = "the disk is full (No space left on device)"
 * </pre>
 */
public final class IoProblems {
  private IoProblems() {}

  /** The cause of {@code e} in a few words, for a one-line message. */
  public static String describe(IOException e) {
    String reason =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage();
    return describe(e, reason == null ? e.getClass().getSimpleName() : reason);
  }

  /** The cause named by a message such as SQLite's {@code [SQLITE_FULL]} or the OS's text. */
  public static String describe(String message) {
    return describe(null, message == null ? "unknown cause" : message);
  }

  private static String describe(IOException e, String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    if (e instanceof AccessDeniedException
        || lower.contains("permission denied")
        || lower.contains("sqlite_perm")
        || lower.contains("access denied")) {
      return "permission denied";
    }
    if (lower.contains("no space left")
        || lower.contains("sqlite_full")
        || lower.contains("disk quota")) {
      return "the disk is full (" + reason + ")";
    }
    if (lower.contains("read-only") || lower.contains("sqlite_readonly")) {
      return "the file system is read-only (" + reason + ")";
    }
    if (lower.contains("sqlite_cantopen") || lower.contains("unable to open the database")) {
      return "cannot open the file: its folder is missing, read-only or not writable by this user ("
          + reason
          + ")";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    return reason;
  }
}
