package dev.paperboy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs Paperboy in a child JVM, as cron would: for lock, kill and file-mode tests. */
final class Processes {
  private Processes() {}

  /** The command line of a child {@code paperboy ARGS}, optionally under {@code sh -c PREFIX}. */
  static List<String> paperboy(List<String> args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.paperboy.cli.Main"));
    command.addAll(args);
    return command;
  }

  /** Starts {@code paperboy ARGS}; its stderr is discarded. */
  static Process start(List<String> args) throws IOException {
    return new ProcessBuilder(paperboy(args))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * Reads the child's stdout until a line starts with {@code prefix}, returns that line, and keeps
   * draining the rest in the background so that a full pipe never stalls the child.
   */
  static String awaitLine(Process process, String prefix) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith(prefix)) {
      // the run is not there yet
    }
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discarded
                }
              } catch (IOException e) {
                // the child is gone
              }
            });
    return line;
  }
}
