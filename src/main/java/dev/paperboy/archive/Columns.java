package dev.paperboy.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.util.Instants;
import dev.paperboy.util.Json;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * How the archive's values are stored, registered once on its {@link Jdbi} so that statements bind
 * records ({@code bindMethods}) and queries map rows to records without per-column code:
 *
 * <ul>
 *   <li>{@link Instant}: UTC text with milliseconds, fixed width so that text order is time order,
 *       e.g. {@code 2026-02-20T03:40:00.000Z};
 *   <li>{@link LocalDate}: {@code 2026-02-20};
 *   <li>enums: their lower-case name ({@code published});
 *   <li>{@code List<String>}: a JSON array.
 * </ul>
 */
final class Columns {
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Columns() {}

  static Jdbi register(Jdbi jdbi) {
    jdbi.registerArgument(new Arguments());
    jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> parse(rs.getString(col)));
    jdbi.registerColumnMapper(
        LocalDate.class,
        (rs, col, ctx) -> rs.getString(col) == null ? null : LocalDate.parse(rs.getString(col)));
    jdbi.registerColumnMapper(
        java.time.YearMonth.class,
        (rs, col, ctx) ->
            rs.getString(col) == null ? null : java.time.YearMonth.parse(rs.getString(col)));
    jdbi.registerColumnMapper(
        new GenericType<List<String>>() {}, (rs, col, ctx) -> strings(rs.getString(col)));
    jdbi.registerColumnMapper((ColumnMapperFactory) Columns::enumMapper);
    return jdbi;
  }

  static String format(Instant instant) {
    return Instants.format(instant);
  }

  static Instant parse(String text) {
    return text == null ? null : Instants.parse(text);
  }

  /** Binds the types above, chosen by their declared type (or the value's, for Object). */
  private static final class Arguments implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
      Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
      if (raw == null && type instanceof Class<?> c) {
        raw = c;
      }
      if (raw == null || !handles(raw)) {
        return Optional.empty();
      }
      return Optional.of(value -> text(text(value)));
    }

    @Override
    public Optional<Argument> build(Type type, Object value, ConfigRegistry config) {
      Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
      if (raw == null) {
        raw = asClass(type, value);
      }
      return raw != null && handles(raw) ? Optional.of(text(text(value))) : Optional.empty();
    }

    private static boolean handles(Class<?> raw) {
      return Instant.class.equals(raw)
          || LocalDate.class.equals(raw)
          || raw.isEnum()
          || List.class.isAssignableFrom(raw);
    }

    private static String text(Object value) {
      return switch (value) {
        case null -> null;
        case Instant i -> format(i);
        case LocalDate d -> d.toString();
        case Enum<?> e -> e.name().toLowerCase(Locale.ROOT);
        case List<?> l -> json(l);
        default -> throw new IllegalArgumentException("cannot store " + value.getClass());
      };
    }

    private static Argument text(String text) {
      return (position, statement, ctx) -> {
        if (text == null) {
          statement.setNull(position, Types.VARCHAR);
        } else {
          statement.setString(position, text);
        }
      };
    }
  }

  private static Class<?> asClass(Type type, Object value) {
    if (type instanceof Class<?> c && c != Object.class) {
      return c;
    }
    return value == null ? null : value.getClass();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<ColumnMapper<?>> enumMapper(Type type, ConfigRegistry config) {
    if (!(type instanceof Class<?> c) || !c.isEnum()) {
      return Optional.empty();
    }
    return Optional.of(
        (rs, col, ctx) -> {
          String text = rs.getString(col);
          return text == null ? null : Enum.valueOf((Class) c, text.toUpperCase(Locale.ROOT));
        });
  }

  private static String json(List<?> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(String json) {
    try {
      return json == null ? List.of() : JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
