package dev.paperboy.digest;

import dev.paperboy.arxiv.FullText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citations a model writes into its prose, {@code (§4.2)} for a section and {@code (표 2)} for a
 * table, checked against the paper's body. Pure. Examples, for a paper with sections 1–5 (4 with
 * 4.1 and 4.2) and tables 1–2:
 *
 * <pre>
 * clean("속도가 2배 빠르다 (§4.2).")        → "속도가 2배 빠르다 (§4.2)."
 * clean("정확도가 오른다 (§9).")            → "정확도가 오른다."
 * clean("비용이 준다 (§4, 표 7).")          → "비용이 준다 (§4)."
 * strip("속도가 2배 빠르다 (§4.2, 표 1).")  → "속도가 2배 빠르다."
 * textOf("§4")                              → section 4's text, 4.1 and 4.2 and their tables included
 * </pre>
 *
 * Without a body ({@link #NONE}) every citation is invalid: an abstract-only analysis cites
 * nothing.
 */
final class Citations {
  private static final String ONE =
      "(?:§\\s*(?:[A-Z]?\\.?\\d+(?:\\.\\d+)*|[IVXL]+-[A-Z](?:\\.\\d+)?|[A-Z]+)"
          + "|표\\s*[A-Z]?\\.?\\d+)";
  private static final Pattern CITATION =
      Pattern.compile("\\s*\\(\\s*(" + ONE + "(?:\\s*[,;·/]\\s*" + ONE + ")*)\\s*\\)");
  private static final Pattern PART = Pattern.compile(ONE);

  static final Citations NONE = new Citations(FullText.EMPTY);

  private final FullText text;

  Citations(FullText text) {
    this.text = text;
  }

  /** {@code prose} with every citation of a section or table the paper lacks removed. */
  String clean(String prose) {
    Matcher m = CITATION.matcher(prose);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String> valid = new ArrayList<>();
      Matcher part = PART.matcher(m.group(1));
      while (part.find()) {
        String label = normal(part.group());
        if (textOf(label).isPresent() && !valid.contains(label)) {
          valid.add(label);
        }
      }
      m.appendReplacement(
          out,
          valid.isEmpty() ? "" : Matcher.quoteReplacement(" (" + String.join(", ", valid) + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** How many citations in {@code prose} name a section or table the paper lacks. */
  List<String> invalid(String prose) {
    List<String> out = new ArrayList<>();
    Matcher m = CITATION.matcher(prose);
    while (m.find()) {
      Matcher part = PART.matcher(m.group(1));
      while (part.find()) {
        String label = normal(part.group());
        if (textOf(label).isEmpty() && !out.contains(label)) {
          out.add(label);
        }
      }
    }
    return out;
  }

  /** {@code prose} without any citation: what its numbers are checked in. */
  static String strip(String prose) {
    return CITATION.matcher(prose).replaceAll("");
  }

  /** The text that {@code label} ({@code §4.2}, {@code 표 2}) names, if the paper has it. */
  Optional<String> textOf(String label) {
    return text.textOf(normal(label));
  }

  /** Whether {@code source} is a single citation label, such as {@code §4.2} or {@code (표 2)}. */
  boolean isLabel(String source) {
    return source != null && PART.matcher(bare(source)).matches();
  }

  private static String bare(String label) {
    String l = label.strip();
    return l.startsWith("(") && l.endsWith(")") ? l.substring(1, l.length() - 1).strip() : l;
  }

  /** {@code §4.2}, {@code 표 2}: parentheses dropped, one space after 표, none after §. */
  static String normal(String label) {
    String l = bare(label);
    if (l.startsWith("§")) {
      return "§" + l.substring(1).strip();
    }
    return "표 " + l.substring(1).strip();
  }
}
