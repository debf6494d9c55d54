package dev.paperboy.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.digest.Budget;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Pricing;
import dev.paperboy.digest.Provider;
import dev.paperboy.media.MediaSettings;
import dev.paperboy.publish.MonthlySettings;
import dev.paperboy.publish.Permalink;
import dev.paperboy.publish.PostSettings;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the YAML config file ({@code SITE/_paperboy/config.yml} by default; the bundled {@code
 * config.example.yml} documents every key) by binding it to {@link FileConfig}. Unknown keys are
 * errors, so a typo is reported rather than silently ignored, and so are keys that look like
 * secrets: those come from environment variables only. Every problem is a {@link ConfigException}
 * whose message names the key.
 */
public final class ConfigFile {
  /** The default location, relative to the site. */
  public static final String DEFAULT_PATH = "_paperboy/config.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper BINDER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .build();
  private static final Pattern BASE_PATH =
      Pattern.compile("(https?://[A-Za-z0-9.-]+(:\\d+)?)?(/[A-Za-z0-9._~-]+)*/?");
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
      text = Files.readString(file, StandardCharsets.UTF_8);
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
    refuseSecrets(root, "");
    FileConfig file = bind(root);
    checkRanges(file, "");
    try {
      return over(base, file);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static FileConfig bind(JsonNode root) {
    try {
      return BINDER.treeToValue(root, FileConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String key = path(e);
      String known =
          e.getKnownPropertyIds().stream()
              .map(String::valueOf)
              .sorted()
              .collect(Collectors.joining(", "));
      throw new ConfigException("unknown key '" + key + "'; known keys: " + known, e);
    } catch (MismatchedInputException e) {
      throw new ConfigException(
          "'" + path(e) + "' must be " + expected(e.getTargetType()) + valueOf(root, e), e);
    } catch (JacksonException e) {
      throw new ConfigException("cannot read the file: " + e.getOriginalMessage(), e);
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String valueOf(JsonNode root, JsonMappingException e) {
    JsonNode node = root;
    for (JsonMappingException.Reference r : e.getPath()) {
      node = r.getFieldName() != null ? node.path(r.getFieldName()) : node.path(r.getIndex());
    }
    return node.isValueNode() ? ", not '" + node.asText() + "'" : "";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type == Integer.class || type == Long.class || type == int.class) {
      return "a whole number";
    }
    if (type == Double.class) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list, e.g. [a, b]";
    }
    if (type == String.class) {
      return "a single value";
    }
    return "a mapping of keys to values";
  }

  private static void refuseSecrets(JsonNode node, String prefix) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = prefix + field.getKey();
      if (SECRET.matcher(field.getKey().toLowerCase(Locale.ROOT)).matches()) {
        throw new ConfigException(
            "key '"
                + key
                + "' looks like a secret; secrets come from environment variables only"
                + " (HF_TOKEN, OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY). Remove it"
                + " from the file.");
      }
      refuseSecrets(field.getValue(), key + ".");
    }
  }

  /** Checks every {@link Range} of {@code record} and of the records it holds. */
  private static void checkRanges(Record record, String prefix) {
    if (record == null) {
      return;
    }
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String key = prefix + kebab(c.getName());
      Range range = c.getAnnotation(Range.class);
      if (range != null && value instanceof Number n) {
        double v = n.doubleValue();
        if (v < range.min() || v > range.max()) {
          throw new ConfigException(
              "'"
                  + key
                  + "' must be between "
                  + plain(range.min())
                  + " and "
                  + plain(range.max())
                  + ", not "
                  + n);
        }
      }
      if (value instanceof Record nested) {
        checkRanges(nested, key + ".");
      }
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private static Settings over(Settings b, FileConfig f) {
    FileConfig.Http http = or(f.http(), new FileConfig.Http(null, null));
    return new Settings(
        or(f.source(), b.source()),
        f.db() == null ? b.db() : Path.of(f.db()),
        or(f.top(), b.top()),
        or(f.catchUpDays(), b.catchUpDays()),
        or(f.refreshDays(), b.refreshDays()),
        seconds(http.timeoutSeconds(), b.timeout()),
        or(http.maxAttempts(), b.maxAttempts()),
        f.post() == null ? b.post() : post(b.post(), f.post()),
        f.digest() == null ? b.digest() : digest(b.digest(), f.digest()),
        f.media() == null ? b.media() : media(b.media(), f.media()),
        f.run() == null ? b.run() : run(b.run(), f.run()),
        f.alerts() == null || f.alerts().webhookEnv() == null
            ? b.alerts()
            : new AlertSettings(f.alerts().webhookEnv()),
        f.monthly() == null ? b.monthly() : monthly(b.monthly(), f.monthly()));
  }

  private static MonthlySettings monthly(MonthlySettings b, FileConfig.Monthly f) {
    return new MonthlySettings(
        or(f.enabled(), b.enabled()),
        or(f.top(), b.top()),
        or(f.title(), b.title()),
        or(f.categories(), b.categories()),
        or(f.tags(), b.tags()),
        permalink(f.permalink(), b.permalink(), "monthly.permalink"));
  }

  private static RunLimits run(RunLimits b, FileConfig.Run f) {
    return new RunLimits(
        seconds(f.lockWaitSeconds(), b.lockWait()),
        f.budgetMinutes() == null ? b.budget() : Duration.ofMinutes(f.budgetMinutes()),
        or(f.timeoutsToGiveUp(), b.timeoutsToGiveUp()));
  }

  private static PostSettings post(PostSettings b, FileConfig.Post f) {
    return new PostSettings(
        or(f.title(), b.title()),
        parse(f.time(), b.time(), LocalTime::parse, "'post.time' must look like 09:15:00"),
        parse(
            f.timezone(),
            b.zone(),
            ZoneId::of,
            "'post.timezone' must be a zone id such as Asia/Seoul"),
        or(f.categories(), b.categories()),
        or(f.tags(), b.tags()),
        or(f.author(), b.author()),
        permalink(f.permalink(), b.permalink(), "post.permalink"));
  }

  private static DigestSettings digest(DigestSettings b, FileConfig.Digest f) {
    ModelSettings m = b.model();
    Provider provider =
        f.provider() == null
            ? m.provider()
            : Provider.of(f.provider())
                .orElseThrow(
                    () ->
                        new ConfigException(
                            "'digest.provider' must be one of none, openai, anthropic, gemini,"
                                + " ollama, not '"
                                + f.provider()
                                + "'"));
    ModelSettings model =
        new ModelSettings(
            provider,
            or(f.model(), m.model()),
            or(f.baseUrl(), m.baseUrl()),
            or(f.apiKeyEnv(), m.keyVariable()),
            seconds(f.timeoutSeconds(), m.timeout()),
            or(f.maxOutputTokens(), m.maxOutputTokens()),
            or(f.temperature(), m.temperature()));
    Budget bb = b.budget();
    FileConfig.Price price = or(f.price(), new FileConfig.Price(null, null));
    FileConfig.Budget budget = or(f.budget(), new FileConfig.Budget(null, null, null));
    Pricing pricing =
        new Pricing(
            or(price.inputPerMillion(), bb.pricing().inputPerMillion()),
            or(price.outputPerMillion(), bb.pricing().outputPerMillion()));
    return new DigestSettings(
        or(f.enabled(), b.enabled()),
        model,
        or(f.top(), b.top()),
        or(f.concurrency(), b.concurrency()),
        or(f.maxAttempts(), b.maxAttempts()),
        new Budget(
            or(budget.maxCalls(), bb.maxCalls()),
            or(budget.maxTokens(), bb.maxTokens()),
            or(budget.maxCostUsd(), bb.maxCostUsd()),
            pricing),
        or(f.title(), b.title()),
        or(f.categories(), b.categories()),
        or(f.tags(), b.tags()),
        permalink(f.permalink(), b.permalink(), "digest.permalink"),
        or(f.dailySummaries(), b.dailySummaries()));
  }

  private static MediaSettings media(MediaSettings b, FileConfig.Media f) {
    String basePath = or(f.basePath(), b.basePath());
    if (!BASE_PATH.matcher(basePath).matches()) {
      throw new ConfigException(
          "'media.base-path' must be a URL path such as /assets/img/papers, not '"
              + basePath
              + "'");
    }
    URI arxivBase = b.arxivBase();
    if (f.arxivBase() != null) {
      try {
        arxivBase = URI.create(f.arxivBase());
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "'media.arxiv-base' is not a valid URL: '" + f.arxivBase() + "'", e);
      }
      if (arxivBase.getHost() == null) {
        throw new ConfigException(
            "'media.arxiv-base' must be an http(s) URL, not '" + f.arxivBase() + "'");
      }
    }
    return new MediaSettings(
        or(f.enabled(), b.enabled()),
        or(f.allowedHosts(), b.allowedHosts()),
        or(f.maxBytes(), b.maxBytes()),
        or(f.maxWidth(), b.maxWidth()),
        or(f.maxPixels(), b.maxPixels()),
        or(f.maxFigures(), b.maxFigures()),
        arxivBase,
        seconds(f.arxivIntervalSeconds(), b.arxivInterval()),
        basePath,
        seconds(f.timeoutSeconds(), b.timeout()),
        f.retryAfterDays() == null ? b.retryAfter() : Duration.ofDays(f.retryAfterDays()));
  }

  private static Permalink permalink(String pattern, Permalink fallback, String key) {
    try {
      return pattern == null ? fallback : new Permalink(pattern);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("'" + key + "' " + e.getMessage(), e);
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static Duration seconds(Integer value, Duration fallback) {
    return value == null ? fallback : Duration.ofSeconds(value);
  }

  private static <T> T parse(String value, T fallback, Function<String, T> parser, String rule) {
    if (value == null) {
      return fallback;
    }
    try {
      return parser.apply(value);
    } catch (DateTimeException e) {
      throw new ConfigException(rule + ", not '" + value + "'", e);
    }
  }

  /** A numeric key's bounds, as {@link Range} declares them. */
  public record Bounds(String key, double min, double max) {}

  /** Every numeric key of the file format with its bounds, for tests and documentation. */
  public static List<Bounds> bounds() {
    return bounds(FileConfig.class, "");
  }

  private static List<Bounds> bounds(Class<?> type, String prefix) {
    List<Bounds> all = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      String key = prefix + kebab(c.getName());
      Range range = c.getAnnotation(Range.class);
      if (range != null) {
        all.add(new Bounds(key, range.min(), range.max()));
      }
      if (c.getType().isRecord()) {
        all.addAll(bounds(c.getType(), key + "."));
      }
    }
    return all;
  }

  private static String kebab(String name) {
    return PropertyNamingStrategies.KebabCaseStrategy.INSTANCE.translate(name);
  }
}
