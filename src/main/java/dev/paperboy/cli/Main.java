package dev.paperboy.cli;

import dev.paperboy.util.Console;

/** The {@code paperboy} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(PaperboyCommand.execute(args, Console.system()));
  }
}
