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
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final Pattern SECRET =
      Pattern.compile("(?:.*[-_])?(?:api[-_]?key|key|token|secret|password|passwd)");

  private ConfigFile() {}

  /**
   * Reads the file at {@code file}: every key checked (unknown keys, secrets, ranges), nothing
   * applied. A missing file reads as no keys when {@code required} is false (the default location),
   * and is an error otherwise.
   */
  public static FileConfig read(Path file, boolean required) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      if (required) {
        throw new ConfigException("Config file " + file + " does not exist.");
      }
      return FileConfig.EMPTY;
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
      return FileConfig.EMPTY;
    }
    try {
      return read(root);
    } catch (ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }

  /** The config of a parsed YAML tree, every key checked. */
  public static FileConfig read(JsonNode root) {
    refuseSecrets(root, "");
    FileConfig file = bind(root);
    checkRanges(file, "");
    return file;
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
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseSecrets(
            node.get(i), prefix.substring(0, Math.max(0, prefix.length() - 1)) + "[" + i + "].");
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = prefix + field.getKey();
      String name = field.getKey().toLowerCase(Locale.ROOT);
      if (name.endsWith("-env") && field.getValue().isValueNode()) {
        checkVariableName(key, field.getValue().asText());
        continue;
      }
      if (SECRET.matcher(name).matches()) {
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

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  /** Prefixes of keys and tokens that services hand out. */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?i)(sk|pk|rk)[-_].*|hf_.*|gh[pousr]_.*|github_pat_.*|xox[abposr]-.*|AKIA.*|AIza.*"
              + "|glpat-.*|https?:.*|\\d+:.*");

  /**
   * A {@code *-env} key names an environment variable; a value that is not a variable name, or
   * looks like a key or a URL, is refused without being printed: a secret pasted into the wrong
   * place must not end up in a log.
   */
  private static void checkVariableName(String key, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return;
    }
    boolean secretShaped =
        TOKEN.matcher(v).matches()
            || (v.length() >= 24
                && v.chars().anyMatch(Character::isLowerCase)
                && v.chars().anyMatch(Character::isUpperCase)
                && v.chars().anyMatch(Character::isDigit));
    if (secretShaped || !VARIABLE.matcher(v).matches()) {
      throw new ConfigException(
          "'"
              + key
              + "' must name an environment variable (e.g. OPENAI_API_KEY), and its value "
              + (secretShaped ? "looks like a secret itself" : "is not a variable name")
              + " (not printed). Put the secret in the environment and name the variable here.");
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
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Record item) {
            checkRanges(item, key + "[" + i + "].");
          }
        }
      }
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** A numeric key's bounds, as {@link Range} declares them. */
  public record Bounds(String key, double min, double max) {
    /**
     * Checks a value given for this key elsewhere, e.g. by a flag.
     *
     * @param name how the message names it, e.g. {@code --top}
     * @throws IllegalArgumentException naming {@code name}, the bounds and the value
     */
    public void check(Number value, String name) {
      double v = value.doubleValue();
      if (v < min || v > max) {
        throw new IllegalArgumentException(
            name + " must be between " + plain(min) + " and " + plain(max) + ", not " + value);
      }
    }
  }

  /** The bounds of one numeric key, e.g. {@code digest.top}. */
  public static Bounds bounds(String key) {
    return bounds().stream()
        .filter(b -> b.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no numeric config key " + key));
  }

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
