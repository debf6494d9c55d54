package dev.paperboy.util;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether a person is watching: standard input and output are a terminal. On JDK 22 and later
 * {@link System#console()} exists even when output is redirected (cron, CI logs), so its {@code
 * isTerminal()} decides; on JDK 21 a console exists only on a terminal.
 */
final class Terminal {
  private Terminal() {}

  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
