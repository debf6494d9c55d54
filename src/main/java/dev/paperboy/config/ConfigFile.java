package dev.paperboy.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.digest.Budget;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Pricing;
import dev.paperboy.digest.Provider;
import dev.paperboy.media.MediaSettings;
import dev.paperboy.publish.PostSettings;
import java.io.IOException;
import java.net.URI;
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
import java.util.regex.Pattern;

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
      Set.of(
          "source",
          "db",
          "top",
          "catch-up-days",
          "refresh-days",
          "http",
          "post",
          "digest",
          "media");
  private static final Set<String> HTTP = Set.of("timeout-seconds", "max-attempts");
  private static final Set<String> POST =
      Set.of("title", "time", "timezone", "author", "categories", "tags");
  private static final Set<String> DIGEST =
      Set.of(
          "enabled",
          "top",
          "provider",
          "model",
          "base-url",
          "api-key-env",
          "timeout-seconds",
          "max-attempts",
          "concurrency",
          "max-output-tokens",
          "temperature",
          "budget",
          "price",
          "title",
          "categories",
          "tags");
  private static final Set<String> MEDIA =
      Set.of(
          "enabled",
          "allowed-hosts",
          "max-bytes",
          "max-width",
          "max-pixels",
          "max-figures",
          "arxiv-base",
          "arxiv-interval-seconds",
          "base-path",
          "timeout-seconds",
          "retry-after-days");
  private static final Pattern BASE_PATH =
      Pattern.compile("(https?://[A-Za-z0-9.-]+(:\\d+)?)?(/[A-Za-z0-9._~-]+)*/?");
  private static final Set<String> BUDGET = Set.of("max-calls", "max-tokens", "max-cost-usd");
  private static final Set<String> PRICE = Set.of("input-per-million", "output-per-million");
  private static final Pattern SECRET =
      Pattern.compile("(?:.*[-_])?(?:api[-_]?key|key|token|secret|password|passwd)");

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
        postSettings,
        digest(base.digest(), root.path("digest")),
        media(base.media(), root.path("media")));
  }

  private static MediaSettings media(MediaSettings m, JsonNode node) {
    checkKeys(node, MEDIA, "media.");
    String basePath = text(node, "base-path", m.basePath());
    if (!BASE_PATH.matcher(basePath).matches()) {
      throw new ConfigException(
          "'media.base-path' must be a URL path such as /assets/img/papers, not '"
              + basePath
              + "'");
    }
    String arxiv = text(node, "arxiv-base", m.arxivBase().toString());
    URI arxivBase;
    try {
      arxivBase = URI.create(arxiv);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("'media.arxiv-base' is not a valid URL: '" + arxiv + "'", e);
    }
    if (arxivBase.getHost() == null) {
      throw new ConfigException("'media.arxiv-base' must be an http(s) URL, not '" + arxiv + "'");
    }
    int maxFigures = integer(node, "max-figures", m.maxFigures());
    int maxWidth = integer(node, "max-width", m.maxWidth());
    if (maxFigures > 10 || maxWidth < 16) {
      throw new ConfigException(
          "'media.max-figures' must be 0 to 10 and 'media.max-width' at least 16");
    }
    return new MediaSettings(
        bool(node, "enabled", m.enabled()),
        strings(node, "allowed-hosts", m.allowedHosts()),
        integer(node, "max-bytes", (int) Math.min(Integer.MAX_VALUE, m.maxBytes())),
        maxWidth,
        node.has("max-pixels") ? integer(node, "max-pixels", 0) : m.maxPixels(),
        maxFigures,
        arxivBase,
        node.has("arxiv-interval-seconds")
            ? Duration.ofSeconds(integer(node, "arxiv-interval-seconds", 0))
            : m.arxivInterval(),
        basePath,
        node.has("timeout-seconds")
            ? Duration.ofSeconds(integer(node, "timeout-seconds", 0))
            : m.timeout(),
        node.has("retry-after-days")
            ? Duration.ofDays(integer(node, "retry-after-days", 0))
            : m.retryAfter());
  }

  private static DigestSettings digest(DigestSettings d, JsonNode node) {
    checkKeys(node, DIGEST, "digest.");
    JsonNode budget = node.path("budget");
    JsonNode price = node.path("price");
    checkKeys(budget, BUDGET, "digest.budget.");
    checkKeys(price, PRICE, "digest.price.");
    ModelSettings m = d.model();
    String providerName = text(node, "provider", m.provider().id());
    Provider provider =
        Provider.of(providerName)
            .orElseThrow(
                () ->
                    new ConfigException(
                        "'digest.provider' must be one of none, openai, anthropic, gemini,"
                            + " ollama, not '"
                            + providerName
                            + "'"));
    ModelSettings model =
        new ModelSettings(
            provider,
            text(node, "model", m.model()),
            text(node, "base-url", m.baseUrl()),
            text(node, "api-key-env", m.keyVariable()),
            node.has("timeout-seconds")
                ? Duration.ofSeconds(integer(node, "timeout-seconds", 0))
                : m.timeout(),
            integer(node, "max-output-tokens", m.maxOutputTokens()),
            node.hasNonNull("temperature")
                ? Double.valueOf(number(node, "temperature", 0))
                : m.temperature());
    Budget b = d.budget();
    Pricing pricing =
        new Pricing(
            number(price, "input-per-million", b.pricing().inputPerMillion()),
            number(price, "output-per-million", b.pricing().outputPerMillion()));
    return new DigestSettings(
        bool(node, "enabled", d.enabled()),
        model,
        integer(node, "top", d.top()),
        integer(node, "concurrency", d.concurrency()),
        integer(node, "max-attempts", d.maxAttempts()),
        new Budget(
            integer(budget, "max-calls", b.maxCalls()),
            integer(budget, "max-tokens", (int) Math.min(Integer.MAX_VALUE, b.maxTokens())),
            number(budget, "max-cost-usd", b.maxCostUsd()),
            pricing),
        text(node, "title", d.title()),
        strings(node, "categories", d.categories()),
        strings(node, "tags", d.tags()));
  }

  private static boolean bool(JsonNode node, String key, boolean fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new ConfigException(
          "'" + key + "' must be true or false, not '" + value.asText() + "'");
    }
    return value.asBoolean();
  }

  private static double number(JsonNode node, String key, double fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (value.isNumber() && value.asDouble() >= 0) {
      return value.asDouble();
    }
    throw new ConfigException(
        "'" + key + "' must be a number of at least 0, not '" + value.asText() + "'");
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
      if (SECRET.matcher(lower).matches()) {
        throw new ConfigException(
            "key '"
                + prefix
                + key
                + "' looks like a secret; secrets come from environment variables only"
                + " (HF_TOKEN, OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY). Remove it"
                + " from the file.");
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
