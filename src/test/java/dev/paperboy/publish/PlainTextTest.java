package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void nothingCanOpenATagCloseAnAttributeRunLiquidOrLink() {
    String hostile =
        "a <script>x</script> \"q\" 'r' & {{ site.title }} {% endraw %} [l](javascript:x) *b* `c`";

    String escaped = PlainText.escape(hostile);

    assertThat(escaped)
        .doesNotContain("<", ">", "\"", "'", "{", "}", "[", "]", "`", "*")
        .contains("&lt;script&gt;", "&quot;q&quot;", "&#39;r&#39;", "&amp;", "&#123;&#123;");
    assertThat(PlainText.escape("line\nbreak\ttab")).isEqualTo("line break tab");
    assertThat(PlainText.escape(null)).isEmpty();
  }
}
