package dev.paperboy.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-20T03:40:00Z",
        "2026-02-20T03:40:00.5Z",
        "2026-02-20T03:40:00.123Z",
        "2026-02-20T03:40:00.123456789Z",
        "2024-02-29T23:59:59.999Z",
        "2026-02-20T03:40:00+09:00",
        "1970-01-01T00:00:00Z"
      })
  void parsesAsInstantParseDoes(String text) {
    assertThat(Instants.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-02-30T03:40:00Z", "2026-02-20T25:40:00Z", "2026-0a-20T03:40:00Z", "x"})
  void refusesWhatInstantParseRefuses(String text) {
    assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void formatsWithFixedWidthMillis() {
    assertThat(Instants.format(Instant.parse("2026-02-20T03:40:00Z")))
        .isEqualTo("2026-02-20T03:40:00.000Z");
    assertThat(Instants.format(Instant.parse("2026-02-20T03:40:00.123456Z")))
        .isEqualTo("2026-02-20T03:40:00.123Z");
    assertThat(Instants.format(null)).isNull();
    Instant t = Instant.parse("0999-01-02T03:04:05.006Z");
    assertThat(Instants.parse(Instants.format(t))).isEqualTo(t);
  }
}
