package dev.paperboy.publish;

import dev.paperboy.hf.TextCleaner;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.regex.Pattern;

/**
 * Makes untrusted text safe inside a Jekyll Markdown post, where three languages meet: Liquid runs
 * first, then kramdown (GFM), which passes raw HTML through to the page.
 *
 * <ul>
 *   <li>HTML: {@code & < >} become entities, so no tag or entity survives.
 *   <li>Liquid: {@code {} and {@code }} become the entities {@code &#123;} and {@code &#125;}, so
 *       no {@code {{}, {@code {%} or {@code {% endraw %}} can appear; text that held a Liquid
 *       delimiter is also wrapped in {@code {% raw %}…{% endraw %}}.
 *   <li>Markdown: emphasis, code, link, table, math and strike-through characters are
 *       backslash-escaped; line breaks are folded, so no block syntax can start.
 * </ul>
 */
public final class MarkdownText {
  private static final Pattern SITE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+/?");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private MarkdownText() {}

  /** Escapes one line of inline text; null becomes the empty string. */
  public static String inline(String text) {
    String line = TextCleaner.singleLine(text);
    if (line == null || line.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(line.length() + 16);
    boolean liquid = false;
    char previous = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      liquid |= isLiquidDelimiter(previous, c);
      previous = c;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '\\', '`', '*', '_', '[', ']', '|', '$', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return liquid ? "{% raw %}" + out + "{% endraw %}" : out.toString();
  }

  /** Whether two characters are a Liquid delimiter: <code>{{ {% %} }}</code>. */
  private static boolean isLiquidDelimiter(char first, char second) {
    return (first == '{' && (second == '{' || second == '%'))
        || (second == '}' && (first == '}' || first == '%'));
  }

  /** Cuts one line of text to at most {@code max} characters plus an ellipsis. */
  public static String cut(String text, int max) {
    String line = TextCleaner.singleLine(text);
    if (line == null || line.length() <= max) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
    return line.substring(0, end).stripTrailing() + "…";
  }

  /** {@link #url} as a value templates print without escaping again; null stays null. */
  public static SafeString link(String url) {
    String safe = url(url);
    return safe == null ? null : new SafeString(safe);
  }

  /**
   * A site path such as {@code /assets/img/papers/2602.12345/thumb.jpg} or {@code /posts/x/}
   * (letters, digits and {@code . _ ~ - /}, no {@code ..}), or an http(s) URL as {@link #link}
   * makes it; null for anything else.
   */
  public static SafeString path(String path) {
    if (path != null && SITE_PATH.matcher(path).matches() && !path.contains("..")) {
      return new SafeString(path);
    }
    return link(path);
  }

  /**
   * Makes an http(s) URL safe as a Markdown link destination: characters that could close the link,
   * open HTML or Liquid, or break the line are percent-encoded. Anything that is not an absolute
   * http(s) URL gives null.
   */
  public static String url(String url) {
    String clean = TextCleaner.url(url);
    if (clean == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(clean.length());
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if ("()<>\"'{}|\\^`[]".indexOf(c) >= 0 || c < 0x21 || c > 0x7E) {
        out.append('%').append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
