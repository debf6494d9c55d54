package dev.paperboy.arxiv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paper's body as its arXiv HTML page (LaTeXML) gives it, as plain text: numbered sections (and
 * subsections) with their paragraphs, list items, figure captions and formulas written once, and
 * the tables with their captions and cells. The bibliography, footnote markers, citation numbers,
 * navigation and scripts are left out. Every string is untrusted data.
 *
 * @param sections in document order, appendices last
 * @param tables in document order
 */
public record FullText(List<Section> sections, List<Table> tables) {
  public FullText {
    sections = List.copyOf(sections);
    tables = List.copyOf(tables);
  }

  /** No body: a page with no section. */
  public static final FullText EMPTY = new FullText(List.of(), List.of());

  /**
   * One section, subsection or run-in paragraph.
   *
   * @param number as the paper numbers it: {@code 4}, {@code 4.2}, {@code A.1}; empty when
   *     unnumbered
   * @param level 1 for a section, 2 for a subsection, 3 below
   * @param appendix whether it belongs to an appendix
   * @param paragraphs its own text, without that of its subsections
   */
  public record Section(
      String number, String title, int level, boolean appendix, List<String> paragraphs) {
    public Section {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(title, "title");
      paragraphs = List.copyOf(paragraphs);
    }

    /** How a citation names it: {@code §4.2}, or the title when it has no number. */
    public String label() {
      return number.isEmpty() ? title : "§" + number;
    }
  }

  /**
   * One table.
   *
   * @param number as the paper numbers it ({@code 2}); empty when unnumbered
   * @param section the number of the section it appears in, or empty
   * @param rows each row's cells as text
   */
  public record Table(String number, String caption, List<List<String>> rows, String section) {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** How a citation names it: {@code 표 2}. */
    public String label() {
      return "표 " + number;
    }

    /** The caption and the rows, one line each, cells separated by {@code | }. */
    public String text() {
      StringBuilder out = new StringBuilder(caption);
      for (List<String> row : rows) {
        out.append('\n').append(String.join(" | ", row));
      }
      return out.toString();
    }
  }

  /**
   * The text a citation names, for checking what is cited against it: {@code §4} gives section 4
   * with its subsections and the tables in them, {@code §A.1} an appendix part, {@code 표 2} table
   * 2's caption and cells. Empty when the paper has no such section or table.
   */
  public Optional<String> textOf(String label) {
    String l = label.strip();
    StringBuilder out = new StringBuilder();
    if (l.startsWith("§")) {
      String number = l.substring(1).strip();
      if (number.isEmpty()) {
        return Optional.empty();
      }
      boolean found = false;
      for (Section s : sections) {
        if (within(s.number(), number)) {
          found = true;
          out.append(s.title()).append('\n');
          s.paragraphs().forEach(p -> out.append(p).append('\n'));
        }
      }
      for (Table t : tables) {
        if (within(t.section(), number)) {
          out.append(t.text()).append('\n');
        }
      }
      return found ? Optional.of(out.toString()) : Optional.empty();
    }
    if (l.startsWith("표")) {
      String number = l.substring(1).strip();
      return tables.stream()
          .filter(t -> !t.number().isEmpty() && t.number().equals(number))
          .findFirst()
          .map(Table::text);
    }
    return Optional.empty();
  }

  private static boolean within(String number, String parent) {
    return !number.isEmpty()
        && (number.equals(parent)
            || number.startsWith(parent + ".")
            || number.startsWith(parent + "-"));
  }

  /** Whether the page held no section at all. */
  public boolean isEmpty() {
    return sections.isEmpty();
  }

  /** The characters of text it holds, tables included. */
  public int chars() {
    int n = 0;
    for (Section s : sections) {
      n += s.title().length();
      for (String p : s.paragraphs()) {
        n += p.length();
      }
    }
    for (Table t : tables) {
      n += t.caption().length();
      for (List<String> row : t.rows()) {
        for (String cell : row) {
          n += cell.length() + 3;
        }
      }
    }
    return n;
  }
}
