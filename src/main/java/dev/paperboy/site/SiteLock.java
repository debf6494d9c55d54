package dev.paperboy.site;

import dev.paperboy.util.IoProblems;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One run per site at a time: an operating-system lock on {@code SITE/.paperboy/lock}, held for the
 * whole run. The OS releases it when the process ends, however it ends, so a killed run never
 * leaves the site locked. A second run waits up to a bounded time, then gives up with {@link
 * SiteBusyException}. While the lock is held the file names the holder (process id and start time),
 * which the waiting run prints.
 */
public final class SiteLock implements AutoCloseable {
  /** The lock file, relative to the site. */
  public static final String FILE = ".paperboy/lock";

  private final FileChannel channel;
  private final FileLock lock;

  private SiteLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the site's lock, waiting at most {@code wait} for another run to finish.
   *
   * @param waiting told once, with the holder's description, when the lock is taken by another run
   * @throws SiteBusyException when another run still holds it after {@code wait}
   * @throws SiteException when the lock file cannot be created (read-only site, permissions)
   */
  public static SiteLock acquire(Path site, Duration wait, Consumer<String> waiting) {
    Path file = site.toAbsolutePath().normalize().resolve(FILE);
    FileChannel channel;
    try {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new SiteException(
          FILE, "cannot create the lock " + file + ": " + IoProblems.describe(e), e);
    }
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = holder(file);
        waiting.accept(holder);
        lock = waitFor(channel, wait);
        if (lock == null) {
          closeQuietly(channel);
          throw new SiteBusyException(site, holder, wait);
        }
      }
      describeHolder(channel);
      return new SiteLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new SiteException(FILE, "cannot lock " + file + ": " + IoProblems.describe(e), e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** Blocks in the OS until the lock is free or {@code wait} has passed; null on time-out. */
  private static FileLock waitFor(FileChannel channel, Duration wait) throws IOException {
    if (wait.isZero() || wait.isNegative()) {
      return null;
    }
    Future<FileLock> locking =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return channel.lock();
              } catch (IOException | OverlappingFileLockException e) {
                return null;
              }
            },
            Thread::startVirtualThread);
    try {
      return locking.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      locking.cancel(true);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "another run" : text;
    } catch (IOException e) {
      return "another run";
    }
  }

  private static void describeHolder(FileChannel channel) throws IOException {
    String me =
        "paperboy process "
            + ProcessHandle.current().pid()
            + " (started "
            + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
            + ")\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing held
    }
  }

  @Override
  public void close() {
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // the OS releases it with the channel
    }
    closeQuietly(channel);
  }
}
