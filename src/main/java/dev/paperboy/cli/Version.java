package dev.paperboy.cli;

import dev.paperboy.util.Build;
import picocli.CommandLine;

/** {@code --version}: the build's version and the Java running it. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      Build.generator(), "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"
    };
  }
}
