package dev.paperboy.web;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Locale;

/**
 * Marks the search terms in untrusted text for HTML: the text is escaped, and each occurrence of a
 * term (case ignored) is wrapped in {@code <mark>}. Pure; the only markup in the result is its own.
 *
 * <pre>
 * html("RLHF &lt;b&gt;reward&lt;/b&gt;", [reward]) = "RLHF &amp;lt;b&amp;gt;&lt;mark&gt;reward&lt;/mark&gt;&amp;lt;/b&amp;gt;"
 * </pre>
 */
public final class Highlight {
  private Highlight() {}

  /** The escaped text with its matches marked; null stays null. */
  public static SafeString html(String text, List<String> terms) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    boolean[] marked = new boolean[text.length()];
    for (String term : terms) {
      String t = term.toLowerCase(Locale.ROOT);
      if (t.isEmpty() || t.length() != term.length() || lower.length() != text.length()) {
        continue;
      }
      for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length())) {
        for (int j = i; j < i + t.length(); j++) {
          marked[j] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      if (marked[i] != open) {
        out.append(marked[i] ? "<mark>" : "</mark>");
        open = marked[i];
      }
      escape(text.charAt(i), out);
    }
    if (open) {
      out.append("</mark>");
    }
    return new SafeString(out.toString());
  }

  /**
   * A passage SQLite's {@code snippet()} marked ({@code start} and {@code end} around each match),
   * escaped, with its marks as {@code <mark>}; other control characters are dropped, and a stray
   * end mark is ignored. Null stays null.
   *
   * <pre>
   * snippet("a \u0001&lt;b&gt;\u0002 c", '\u0001', '\u0002') = "a &lt;mark&gt;&amp;lt;b&amp;gt;&lt;/mark&gt; c"
   * </pre>
   */
  public static SafeString snippet(String marked, char start, char end) {
    if (marked == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(marked.length() + 32);
    boolean open = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == start && !open) {
        out.append("<mark>");
        open = true;
      } else if (c == end && open) {
        out.append("</mark>");
        open = false;
      } else if (!Character.isISOControl(c)) {
        escape(c, out);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return new SafeString(out.toString());
  }

  /**
   * At most {@code max} characters of {@code text} around the first place a term occurs (case
   * ignored), cut at spaces, with {@code …} where text was left out; the start when no term does.
   *
   * <pre>
   * window("one two three four five", [four], 12) = "…three four…"
   * </pre>
   */
  public static String window(String text, List<String> terms, int max) {
    if (text.length() <= max) {
      return text;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int first = -1;
    for (String term : terms) {
      int i = lower.length() == text.length() ? lower.indexOf(term.toLowerCase(Locale.ROOT)) : -1;
      if (i >= 0 && (first < 0 || i < first)) {
        first = i;
      }
    }
    int start = first < 0 ? 0 : Math.max(0, Math.min(first - max / 4, text.length() - max));
    if (start > 0) {
      start = text.lastIndexOf(' ', start) + 1;
    }
    int end = Math.min(text.length(), start + max);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }

  static void escape(char c, StringBuilder out) {
    switch (c) {
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '&' -> out.append("&amp;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }
}
