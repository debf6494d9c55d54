package dev.paperboy.config;

import dev.paperboy.PaperboyException;

/** The configuration is unusable: a bad file, value or missing requirement. Exit code 3. */
public final class ConfigException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
