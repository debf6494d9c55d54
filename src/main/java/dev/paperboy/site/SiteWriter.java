package dev.paperboy.site;

import dev.paperboy.util.IoProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files inside a site folder, atomically and only when their bytes change.
 *
 * <p>A file is written to a temporary file under {@code SITE/.paperboy/tmp} (hidden from Jekyll),
 * flushed to disk, then renamed over the target, so a reader or a killed process never sees a
 * partial file. Paths that would leave the site folder are refused.
 */
public final class SiteWriter {
  /** What a write did. */
  public enum Result {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  private final Path site;
  private final Path tmp;
  private final boolean durable;
  private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public SiteWriter(Path site) {
    this(site, true);
  }

  private SiteWriter(Path site, boolean durable) {
    this.site = site.toAbsolutePath().normalize();
    this.tmp = this.site.resolve(".paperboy").resolve("tmp");
    this.durable = durable;
  }

  /**
   * A writer that skips flushing each file to disk before its rename, for output that is cheap to
   * write again (the archive browser's static export, tens of thousands of files, where the flushes
   * took 11 of 33 seconds). Writes stay atomic for readers; after a power cut a file may be empty
   * until the next export rewrites it.
   */
  public static SiteWriter regenerable(Path folder) {
    return new SiteWriter(folder, false);
  }

  public Path site() {
    return site;
  }

  /** The absolute path of {@code relative}, refused when it would leave the site. */
  public Path resolve(String relative) {
    Path target = site.resolve(relative).normalize();
    if (!target.startsWith(site) || target.equals(site) || Path.of(relative).isAbsolute()) {
      throw new SiteException(relative, "refusing to write outside the site folder " + site);
    }
    return target;
  }

  /** Whether the site has a regular file at {@code relative}. */
  public boolean exists(String relative) {
    return Files.isRegularFile(resolve(relative));
  }

  /** Writes UTF-8 text; see {@link #write(String, byte[])}. */
  public Result write(String relative, String text) {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Replaces the file at {@code relative} with {@code content} unless it already holds exactly
   * those bytes, in which case it is left untouched (its modification time included).
   */
  public Result write(String relative, byte[] content) {
    Path target = resolve(relative);
    try {
      boolean exists = Files.isRegularFile(target);
      if (exists && Arrays.equals(Files.readAllBytes(target), content)) {
        return Result.UNCHANGED;
      }
      folder(target.getParent());
      folder(tmp);
      Path temp =
          tmp.resolve(
              target.getFileName()
                  + "."
                  + Long.toHexString(ThreadLocalRandom.current().nextLong())
                  + ".tmp");
      try {
        // Created without explicit permissions, so the file gets the process umask's mode
        // (0644 under the usual 022) rather than createTempFile's 0600.
        try (FileChannel channel =
            FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(content);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          if (durable) {
            channel.force(true);
          }
        }
        if (exists) {
          keepMode(target, temp);
        }
        move(temp, target);
        temp = null;
      } finally {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      }
      return exists ? Result.UPDATED : Result.CREATED;
    } catch (IOException e) {
      throw new SiteException(
          relative, "cannot write " + target + ": " + IoProblems.describe(e), e);
    }
  }

  /**
   * Makes sure {@code dir} exists; a folder seen once is not looked at again (a backfill writes
   * thousands of files into a few folders).
   */
  private void folder(Path dir) throws IOException {
    if (!folders.contains(dir)) {
      Files.createDirectories(dir);
      folders.add(dir);
    }
  }

  /** Deletes the file at {@code relative} if there is one; returns whether there was. */
  public boolean delete(String relative) {
    Path target = resolve(relative);
    try {
      return Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new SiteException(
          relative, "cannot delete " + target + ": " + IoProblems.describe(e), e);
    }
  }

  /** A rewritten file keeps the mode it had (a blogger's 0664 stays 0664). */
  private static void keepMode(Path target, Path temp) throws IOException {
    try {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the rename keeps what the platform gives
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes temporary files a killed run left behind; returns how many. */
  public int cleanStaleTemporaryFiles() {
    if (!Files.isDirectory(tmp)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(tmp, "*.tmp")) {
      for (Path file : stale) {
        Files.deleteIfExists(file);
        removed++;
      }
    } catch (IOException e) {
      throw new SiteException(
          tmp.toString(),
          "cannot clean temporary files in " + tmp + ": " + IoProblems.describe(e),
          e);
    }
    return removed;
  }
}
