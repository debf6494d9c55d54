package dev.paperboy.web;

import dev.paperboy.PaperboyException;

/** A request the browser cannot answer as asked: a 4xx with a message for the user. */
public final class BadRequestException extends PaperboyException {
  private final int status;

  public BadRequestException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status, 400 or 404. */
  public int status() {
    return status;
  }
}
