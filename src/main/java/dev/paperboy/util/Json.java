package dev.paperboy.util;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plain JSON mapper that most of Paperboy shares (Jackson's defaults; thread-safe once
 * configured). Formats with rules of their own (the data files, front matter, the config file, the
 * API's bodies, the browser's JSON) keep a mapper configured for them, next to the format.
 */
public final class Json {
  /** Jackson's defaults: records and trees, unknown properties refused. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}
}
