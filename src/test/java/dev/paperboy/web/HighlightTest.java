package dev.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks in untrusted text: escaped, and the only markup is the marks. */
class HighlightTest {
  @Test
  void termsAreMarkedInEscapedText() {
    assertThat(Highlight.html("RLHF <b>reward</b> Reward", List.of("reward")).toString())
        .isEqualTo("RLHF &lt;b&gt;<mark>reward</mark>&lt;/b&gt; <mark>Reward</mark>");
  }

  @Test
  void aSnippetsMarksBecomeMarkAndItsTextStaysText() {
    assertThat(Highlight.snippet("a \u0001<b>\u0002 c", '\u0001', '\u0002').toString())
        .isEqualTo("a <mark>&lt;b&gt;</mark> c");
    assertThat(
            Highlight.snippet("\u0002stray \u0007bell \u0001open", '\u0001', '\u0002').toString())
        .as("a stray end mark and other control characters are dropped; an open mark is closed")
        .isEqualTo("stray bell <mark>open</mark>");
    assertThat(Highlight.snippet("\"'&", '\u0001', '\u0002').toString())
        .isEqualTo("&quot;&#39;&amp;");
    assertThat(Highlight.snippet(null, '\u0001', '\u0002')).isNull();
  }

  @Test
  void aWindowShowsTheFirstMatchCutAtSpaces() {
    assertThat(Highlight.window("one two three four five", List.of("four"), 12))
        .isEqualTo("…three four…");
    assertThat(Highlight.window("one two three four five", List.of("absent"), 12))
        .isEqualTo("one two…");
    assertThat(Highlight.window("short", List.of("x"), 12)).isEqualTo("short");
    String abstractText = "a ".repeat(400) + "needle " + "b ".repeat(400);
    String w = Highlight.window(abstractText, List.of("NEEDLE"), 100);
    assertThat(w).contains("needle").startsWith("…").endsWith("…");
    assertThat(w.length()).isLessThanOrEqualTo(102);
  }
}
