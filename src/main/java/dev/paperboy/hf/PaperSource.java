package dev.paperboy.hf;

import java.time.LocalDate;

/** Where daily lists come from: the live API, or a folder of recorded responses. */
public interface PaperSource {

  /**
   * Fetches one list date.
   *
   * @throws HfApiException when the source answered with an error that retrying did not cure
   * @throws SourceFormatException when the answer is not a Daily Papers list
   */
  FetchOutcome fetch(LocalDate date);

  /** A short description for logs and provenance, e.g. the base URL. */
  String describe();
}
