package dev.paperboy.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes Jekyll front matter through the YAML mapper, never by string concatenation, so that no
 * title can break out of its value. Strings are always quoted ({@code 1:20} stays a string).
 */
public final class FrontMatter {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());

  private FrontMatter() {}

  /** The front matter block for {@code fields}, in their iteration order, between {@code ---}. */
  public static String of(Map<String, ?> fields) {
    try {
      String body = YAML.writeValueAsString(fields).replace("\r\n", "\n");
      return "---\n" + body + (body.endsWith("\n") ? "" : "\n") + "---\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
