package dev.paperboy.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void joinsHardLineBreaksAndFoldsWhitespace() {
    assertThat(TextCleaner.singleLine("Deep\n  learning\r\n\tis  here "))
        .isEqualTo("Deep learning is here");
  }

  @Test
  void removesControlAndBidiOverrideCharacters() {
    assertThat(TextCleaner.singleLine("a\u0000b\u202Ec\u2066d\uFEFFe\u0007")).isEqualTo("abcde");
  }

  @Test
  void keepsRightToLeftTextAndEmoji() {
    assertThat(TextCleaner.singleLine("שלום 🤗 مرحبا")).isEqualTo("שלום 🤗 مرحبا");
  }

  @Test
  void normalisesDecomposedHangul() {
    assertThat(TextCleaner.singleLine("\u1112\u1161\u11AB")).isEqualTo("한");
  }

  @Test
  void undoesTexEscapesOfPlainCharacters() {
    assertThat(TextCleaner.abstractText("72.6\\% mean, R\\&D, a\\_b", "u"))
        .isEqualTo("72.6% mean, R&D, a_b");
  }

  @Test
  void stripsBracedArxivPlaceholders() {
    assertThat(
            TextCleaner.abstractText(
                "Code: https://github.com/a/b/{this https URL}.", "https://github.com/a/b"))
        .isEqualTo("Code: https://github.com/a/b/.");
  }

  @Test
  void replacesBarePlaceholderWhoseUrlWasLost() {
    assertThat(TextCleaner.abstractText("Code at this https\nURL.", "https://github.com/x/y"))
        .isEqualTo("Code at https://github.com/x/y.");
  }

  @Test
  void urlsAreCompactedAndOnlyHttp() {
    assertThat(TextCleaner.url(" https://github.com/sirano1004/\nMargin-Apative "))
        .isEqualTo("https://github.com/sirano1004/Margin-Apative");
    assertThat(TextCleaner.url("javascript:alert(1)")).isNull();
    assertThat(TextCleaner.url("ftp://example.com/x")).isNull();
    assertThat(TextCleaner.url("not a url")).isNull();
    assertThat(TextCleaner.url("")).isNull();
    assertThat(TextCleaner.url(null)).isNull();
  }

  @Test
  void relativeHubUrlsAreResolved() {
    assertThat(TextCleaner.hubUrl("/avatars/abc.svg"))
        .isEqualTo("https://huggingface.co/avatars/abc.svg");
  }
}
