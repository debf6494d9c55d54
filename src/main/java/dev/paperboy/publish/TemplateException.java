package dev.paperboy.publish;

import dev.paperboy.PaperboyException;

/** A template is missing or does not render with the model Paperboy gives it. */
public final class TemplateException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final String template;

  public TemplateException(String template, String origin, Throwable cause) {
    super(
        "Template "
            + template
            + " ("
            + origin
            + ") failed: "
            + cause.getMessage()
            + ". Fix the override or delete it to use the bundled one.",
        cause);
    this.template = template;
  }

  public String template() {
    return template;
  }
}
