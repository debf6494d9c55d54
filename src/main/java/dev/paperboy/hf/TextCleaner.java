package dev.paperboy.hf;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises untrusted API text into clean single-line strings and well-formed URLs. It does not
 * escape anything: that is the renderer's job, for its own output format.
 */
public final class TextCleaner {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2028\\u2029]+");
  private static final Pattern BRACED_PLACEHOLDER =
      Pattern.compile("\\{\\s*this\\s+https?\\s+URL\\s*\\}", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEX_ESCAPE = Pattern.compile("\\\\([%&_#$])");
  private static final Pattern BARE_PLACEHOLDER =
      Pattern.compile("\\bthis\\s+https?\\s+URL\\b", Pattern.CASE_INSENSITIVE);

  private TextCleaner() {}

  /**
   * Returns the text on one line: NFC-normalised, control and bidi-override characters removed,
   * every run of whitespace (line breaks included) folded into one space, trimmed. Null stays null.
   */
  public static String singleLine(String text) {
    if (text == null) {
      return null;
    }
    if (isCleanAscii(text)) {
      return text;
    }
    String nfc =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else if (!isInvisibleHazard(cp)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code text} is already what {@link #singleLine} makes of it, judged on printable ASCII
   * alone: no control characters, no leading, trailing or doubled spaces. Most API text is, and
   * skipping the code-point loop for it halves the cost of parsing a day.
   */
  private static boolean isCleanAscii(String text) {
    int n = text.length();
    if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isSpace(int cp) {
    return cp == ' '
        || (cp >= '\t' && cp <= '\r')
        || cp == 0x85
        || cp == 0xA0
        || (cp > 0xFF && Character.isWhitespace(cp))
        || cp == 0x2028
        || cp == 0x2029;
  }

  private static boolean isInvisibleHazard(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.SURROGATE
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
  }

  /**
   * Cleans an abstract: one line, TeX escapes of plain characters undone ({@code 72.6\\%} becomes
   * {@code 72.6%}), arXiv's {@code {this https URL}} artefacts removed, and a bare {@code this
   * https URL} whose real address was lost replaced by {@code fallbackUrl}.
   */
  public static String abstractText(String text, String fallbackUrl) {
    String line = singleLine(text);
    if (line == null) {
      return "";
    }
    if (line.indexOf('\\') >= 0) {
      line = TEX_ESCAPE.matcher(line).replaceAll("$1");
    }
    if (containsUrlWord(line)) {
      line = BRACED_PLACEHOLDER.matcher(line).replaceAll("");
      line = BARE_PLACEHOLDER.matcher(line).replaceAll(Matcher.quoteReplacement(fallbackUrl));
      line = WHITESPACE.matcher(line).replaceAll(" ").strip();
    }
    return line;
  }

  /**
   * Returns an absolute http(s) URL with all whitespace removed (the API has sent repository URLs
   * with embedded line breaks), or null when the value is absent or not such a URL.
   */
  public static String url(String text) {
    if (text == null) {
      return null;
    }
    String compact = hasSpace(text) ? WHITESPACE.matcher(text).replaceAll("") : text;
    if (compact.isEmpty() || compact.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      return null;
    }
    try {
      URI uri = new URI(compact);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || uri.getHost() == null) {
        return null;
      }
      return uri.toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static boolean hasSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds "url" in any case: the cheap test before the placeholder regexes.
   */
  private static boolean containsUrlWord(String text) {
    for (int i = text.length() - 3; i >= 0; i--) {
      if ((text.charAt(i + 2) | 0x20) == 'l'
          && (text.charAt(i + 1) | 0x20) == 'r'
          && (text.charAt(i) | 0x20) == 'u') {
        return true;
      }
    }
    return false;
  }

  /** Resolves a possibly relative Hub URL (avatars are often {@code /avatars/...}). */
  public static String hubUrl(String text) {
    if (text != null && text.startsWith("/") && !text.startsWith("//")) {
      return url("https://huggingface.co" + text);
    }
    return url(text);
  }
}
