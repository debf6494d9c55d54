package dev.paperboy.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * How a validated {@link Analysis} is kept in the archive's cache: written here and read back here,
 * by the digest and by the archive browser alike. Reading is lenient about keys it does not know
 * (an analysis cached by a later version), strict about the record's own checks.
 */
public final class AnalysisJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisJson() {}

  /** The cached form of {@code analysis}. */
  public static String write(Analysis analysis) {
    try {
      return JSON.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an analysis could not be written as JSON", e);
    }
  }

  /** The analysis cached as {@code body}; empty when it is not one (an old or damaged entry). */
  public static Optional<Analysis> read(String body) {
    try {
      return Optional.of(JSON.readValue(body, Analysis.class));
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
