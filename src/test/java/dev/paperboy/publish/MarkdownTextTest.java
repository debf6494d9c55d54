package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void plainTextIsUnchanged() {
    assertThat(MarkdownText.inline("Diffusion models, 95% sparsity (16.2x)"))
        .isEqualTo("Diffusion models, 95% sparsity (16.2x)");
  }

  @Test
  void htmlAndLiquidBecomeEntities() {
    assertThat(MarkdownText.inline("<b>{{x}}</b> & co"))
        .isEqualTo("{% raw %}&lt;b&gt;&#123;&#123;x&#125;&#125;&lt;/b&gt; &amp; co{% endraw %}");
  }

  @Test
  void endrawInsideTextCannotCloseTheRawBlock() {
    String escaped = MarkdownText.inline("a {% endraw %} b");

    assertThat(escaped).isEqualTo("{% raw %}a &#123;% endraw %&#125; b{% endraw %}");
    assertThat(escaped.substring(9, escaped.length() - 12)).doesNotContain("{%");
  }

  @Test
  void markdownSpecialsAreBackslashed() {
    assertThat(MarkdownText.inline("*a* _b_ `c` [d] |e| $f$ ~g~ \\h"))
        .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\|e\\| \\$f\\$ \\~g\\~ \\\\h");
  }

  @Test
  void lineBreaksAreFolded() {
    assertThat(MarkdownText.inline("a\n# b\n- c")).isEqualTo("a # b - c");
  }

  @Test
  void nullIsEmpty() {
    assertThat(MarkdownText.inline(null)).isEmpty();
  }

  @Test
  void cutKeepsSurrogatePairsWhole() {
    assertThat(MarkdownText.cut("ab🤗cd", 3)).isEqualTo("ab…");
    assertThat(MarkdownText.cut("short", 10)).isEqualTo("short");
  }

  @Test
  void urlsAreCheckedAndEncodedForLinkDestinations() {
    assertThat(MarkdownText.url("https://example.com/a_(b)"))
        .isEqualTo("https://example.com/a_%28b%29");
    assertThat(MarkdownText.url("javascript:alert(1)")).isNull();
    assertThat(MarkdownText.url("https://github.com/a/b")).isEqualTo("https://github.com/a/b");
  }
}
