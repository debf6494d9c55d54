package dev.paperboy.publish;

import dev.paperboy.hf.TextCleaner;

/**
 * Untrusted text as a theme prints a front-matter value such as {@code description}: raw, into HTML
 * and attributes, without Markdown. One line; {@code & < > " '} and Liquid's braces become
 * entities, so nothing in it can open a tag, close an attribute or run Liquid.
 *
 * <pre>
 * escape("a <b> \"c\" {{ x }}") = "a &lt;b&gt; &quot;c&quot; &#123;&#123; x &#125;&#125;"
 * </pre>
 */
public final class PlainText {
  private PlainText() {}

  /** Escapes one line of text; null becomes the empty string. */
  public static String escape(String text) {
    String line = TextCleaner.singleLine(text);
    if (line == null || line.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '[' -> out.append("&#91;");
        case ']' -> out.append("&#93;");
        case '`' -> out.append("&#96;");
        case '*' -> out.append("&#42;");
        case '_' -> out.append("&#95;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
