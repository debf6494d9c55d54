package dev.paperboy.cli;

import dev.paperboy.util.Console;
import dev.paperboy.util.Http;

/** The {@code paperboy} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = PaperboyCommand.execute(args, Console.system());
    Http.closeAll();
    System.exit(code);
  }
}
