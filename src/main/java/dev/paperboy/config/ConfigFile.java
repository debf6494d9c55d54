package dev.paperboy.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.publish.PostSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the YAML config file ({@code SITE/_paperboy/config.yml} by default; the bundled {@code
 * config.example.yml} documents every key). Unknown keys are errors, so a typo is reported rather
 * than silently ignored, and so are keys that look like secrets: those come from environment
 * variables only.
 */
public final class ConfigFile {
  /** The default location, relative to the site. */
  public static final String DEFAULT_PATH = "_paperboy/config.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP =
      Set.of("source", "db", "top", "catch-up-days", "refresh-days", "http", "post");
  private static final Set<String> HTTP = Set.of("timeout-seconds", "max-attempts");
  private static final Set<String> POST =
      Set.of("title", "time", "timezone", "author", "categories", "tags");

  private ConfigFile() {}

  /**
   * Applies the file at {@code file} over {@code base}. A missing file is fine when {@code
   * required} is false (the default location), an error otherwise.
   */
  public static Settings apply(Settings base, Path file, boolean required) {
    String text;
    try {
      text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      if (required) {
        throw new ConfigException("Config file " + file + " does not exist.");
      }
      return base;
    } catch (IOException e) {
      throw new ConfigException("Cannot read config file " + file + ": " + e, e);
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw new ConfigException(
          "Config file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return base;
    }
    try {
      return apply(base, root);
    } catch (ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }

  static Settings apply(Settings base, JsonNode root) {
    checkKeys(root, TOP, "");
    JsonNode http = root.path("http");
    JsonNode post = root.path("post");
    checkKeys(http, HTTP, "http.");
    checkKeys(post, POST, "post.");
    PostSettings p = base.post();
    PostSettings postSettings =
        new PostSettings(
            text(post, "title", p.title()),
            time(post, p.time()),
            zone(post, p.zone()),
            strings(post, "categories", p.categories()),
            strings(post, "tags", p.tags()),
            text(post, "author", p.author()));
    return new Settings(
        text(root, "source", base.source()),
        root.has("db") ? Path.of(text(root, "db", null)) : base.db(),
        integer(root, "top", base.top()),
        integer(root, "catch-up-days", base.catchUpDays()),
        integer(root, "refresh-days", base.refreshDays()),
        http.has("timeout-seconds")
            ? Duration.ofSeconds(integer(http, "timeout-seconds", 0))
            : base.timeout(),
        integer(http, "max-attempts", base.maxAttempts()),
        postSettings);
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String prefix) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      throw new ConfigException(
          (prefix.isEmpty() ? "the file" : prefix.substring(0, prefix.length() - 1))
              + " must be a mapping of keys to values");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.contains("token") || lower.contains("key") || lower.contains("secret")) {
        throw new ConfigException(
            "key '"
                + prefix
                + key
                + "' looks like a secret; secrets come from environment variables only"
                + " (HF_TOKEN). Remove it from the file.");
      }
      if (!allowed.contains(key)) {
        throw new ConfigException(
            "unknown key '"
                + prefix
                + key
                + "'; known keys: "
                + String.join(", ", sorted(allowed)));
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static String text(JsonNode node, String key, String fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.isValueNode()) {
      throw new ConfigException("'" + key + "' must be a single value");
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String key, int fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.asInt();
    }
    if (value.isTextual() && value.asText().strip().matches("\\d{1,9}")) {
      return Integer.parseInt(value.asText().strip());
    }
    throw new ConfigException("'" + key + "' must be a whole number, not '" + value.asText() + "'");
  }

  private static LocalTime time(JsonNode post, LocalTime fallback) {
    String value = text(post, "time", null);
    try {
      return value == null ? fallback : LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException("'post.time' must look like 09:15:00, not '" + value + "'", e);
    }
  }

  private static ZoneId zone(JsonNode post, ZoneId fallback) {
    String value = text(post, "timezone", null);
    try {
      return value == null ? fallback : ZoneId.of(value);
    } catch (java.time.DateTimeException e) {
      throw new ConfigException(
          "'post.timezone' must be a zone id such as Asia/Seoul, not '" + value + "'", e);
    }
  }

  private static List<String> strings(JsonNode node, String key, List<String> fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.isArray()) {
      throw new ConfigException("'" + key + "' must be a list, e.g. [a, b]");
    }
    List<String> out = new ArrayList<>();
    value.forEach(item -> out.add(item.asText()));
    return out;
  }
}
