package dev.paperboy.arxiv;

import dev.paperboy.hf.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a paper's body out of its LaTeXML page into {@link FullText}. What it keeps and drops:
 *
 * <ul>
 *   <li>sections ({@code section.ltx_section}, {@code ltx_subsection}, {@code ltx_subsubsection},
 *       run-in {@code ltx_paragraph}, {@code ltx_appendix}; a {@code div} on older pages), each
 *       with its number from its {@code ltx_tag} ({@code 4.2 } gives {@code 4.2}, {@code Appendix
 *       A} gives {@code A}) and its own paragraphs, list items, formulas and figure captions;
 *   <li>tables ({@code figure.ltx_table}) with their number, caption and cells;
 *   <li>formulas written once (presentation MathML, else the TeX), as in figure captions;
 *   <li>dropped: the bibliography, footnotes, citation markers ({@code [12]} is not a result),
 *       unconverted macros, the page's header, navigation, footer and scripts.
 * </ul>
 *
 * The page is untrusted: nesting deeper than {@value #MAX_NESTING} levels inside a section is read
 * as flat text, and at most {@value #MAX_CHARS} characters, {@value #MAX_SECTIONS} sections and
 * {@value #MAX_TABLES} tables (of {@value #MAX_ROWS} rows) are kept. Text that reads as an
 * instruction stays text: it is data for the model, which is told so.
 */
final class BodyText {
  static final int MAX_CHARS = 600_000;
  static final int MAX_SECTIONS = 300;
  static final int MAX_TABLES = 80;
  static final int MAX_ROWS = 60;
  static final int MAX_CELL = 200;
  static final int MAX_PARAGRAPH = 6_000;
  static final int MAX_NESTING = 24;

  private static final String UNITS =
      "section.ltx_section, section.ltx_subsection, section.ltx_subsubsection,"
          + " section.ltx_paragraph, section.ltx_appendix, div.ltx_section, div.ltx_subsection,"
          + " div.ltx_subsubsection, div.ltx_appendix";
  private static final String DROPPED =
      "script, style, noscript, nav, header, footer, .ltx_page_header, .ltx_page_footer,"
          + " .ltx_page_navbar, .ltx_TOC, .ltx_bibliography, section#bib, .ltx_note, cite,"
          + " .ltx_ERROR, .ltx_authors, .ltx_dates, .ltx_abstract, .ltx_acknowledgements";
  private static final Evaluator UNIT = QueryParser.parse(UNITS);
  private static final Evaluator DROP = QueryParser.parse(DROPPED);
  private static final Evaluator TITLE = QueryParser.parse("> .ltx_title");
  private static final Evaluator TAG = QueryParser.parse(".ltx_tag");
  private static final Evaluator TITLE_TAG = QueryParser.parse("> .ltx_title .ltx_tag");
  private static final Evaluator APPENDIX_UNIT = QueryParser.parse(".ltx_appendix");
  private static final Evaluator TOP_UNIT = QueryParser.parse(".ltx_section, .ltx_appendix");
  private static final Evaluator SUBSECTION = QueryParser.parse(".ltx_subsection");
  private static final Evaluator TABLE_FIGURE = QueryParser.parse("figure.ltx_table");
  private static final Evaluator FIGURE = QueryParser.parse("figure");
  private static final Evaluator CAPTION = QueryParser.parse("figcaption");
  private static final Evaluator LIST = QueryParser.parse("ul, ol");
  private static final Evaluator BULLETS = QueryParser.parse("ul");
  private static final Evaluator ITEM = QueryParser.parse("> li");
  private static final Evaluator OWN_TAG = QueryParser.parse("> .ltx_tag");
  private static final Evaluator TEXT_BLOCK = QueryParser.parse("p, table, h1, h2, h3, h4, h5, h6");
  private static final Evaluator TABLE_TAG = QueryParser.parse(".ltx_tag_table, .ltx_tag");
  private static final Evaluator ROW = QueryParser.parse("tr");
  private static final Evaluator CELL = QueryParser.parse("> td, > th");
  private static final Pattern TABLE_NUMBER =
      Pattern.compile("(?i)table\\s+([A-Z]?\\.?\\d+(?:\\.\\d+)*)");

  /** The space a removed citation marker leaves before punctuation: {@code "inference ."}. */
  private static final Pattern DANGLING = Pattern.compile("\\s+([.,;:])(?=\\s|$)");

  private static final Pattern APPENDIX = Pattern.compile("(?i)appendix\\s+([A-Z]\\w*)");

  /** What a section number may look like; {@code FullText} citations use the same forms. */
  static final Pattern NUMBER =
      Pattern.compile(
          "[A-Z]?\\.?\\d{1,3}(?:\\.\\d{1,3}){0,4}|[A-Z]|[IVXL]{1,6}(?:-[A-Z](?:\\.\\d{1,2})?)?");

  private BodyText() {}

  /** The body of {@code doc}. Changes {@code doc}: read figures from it first. */
  static FullText extract(Document doc) {
    doc.select(DROP).remove();
    ArxivFigures.mathOnce(doc.body());
    Reader reader = new Reader();
    for (Element unit : doc.select(UNIT)) {
      if (reader.full()) {
        break;
      }
      reader.unit(unit);
    }
    return new FullText(reader.sections, reader.tables);
  }

  /** Collects sections and tables within the caps. */
  private static final class Reader {
    final List<FullText.Section> sections = new ArrayList<>();
    final List<FullText.Table> tables = new ArrayList<>();
    int chars;

    boolean full() {
      return chars >= MAX_CHARS || sections.size() >= MAX_SECTIONS;
    }

    void unit(Element unit) {
      Element heading = unit.selectFirst(TITLE);
      String tag = "";
      String title = "";
      if (heading != null) {
        Element tagElement = heading.selectFirst(TAG);
        tag = tagElement == null ? "" : TextCleaner.singleLine(tagElement.text());
        Element copy = heading.clone();
        copy.select(TAG).remove();
        title = TextCleaner.singleLine(copy.text());
      }
      boolean appendix = unit.closest(APPENDIX_UNIT) != null;
      String number = number(tag);
      if (number.isEmpty() && !unit.is(TOP_UNIT)) {
        number = inherited(unit);
      }
      int level = unit.is(TOP_UNIT) ? 1 : unit.is(SUBSECTION) ? 2 : 3;
      List<String> paragraphs = new ArrayList<>();
      for (Element child : unit.children()) {
        if (child == heading || child.is(UNIT)) {
          continue;
        }
        collect(child, number, paragraphs, 0);
      }
      if (title.isEmpty() && paragraphs.isEmpty()) {
        return;
      }
      sections.add(new FullText.Section(number, cut(title, 300), level, appendix, paragraphs));
      chars += title.length();
    }

    private void collect(Element el, String section, List<String> out, int depth) {
      if (full() || el.is(UNIT)) {
        return;
      }
      if (el.is(TABLE_FIGURE)) {
        table(el, section);
        return;
      }
      if (el.is(FIGURE)) {
        Element caption = el.selectFirst(CAPTION);
        if (caption != null) {
          add(out, TextCleaner.singleLine(caption.text()));
        }
        return;
      }
      if (el.is(LIST)) {
        for (Element item : el.select(ITEM)) {
          Element copy = item.clone();
          if (el.is(BULLETS)) {
            copy.select(OWN_TAG).remove();
          }
          add(out, "- " + TextCleaner.singleLine(copy.text()));
        }
        return;
      }
      if (el.is(TEXT_BLOCK) || depth >= MAX_NESTING || el.children().isEmpty()) {
        add(out, TextCleaner.singleLine(el.text()));
        return;
      }
      for (Element child : el.children()) {
        collect(child, section, out, depth + 1);
      }
    }

    private void add(List<String> out, String text) {
      if (text == null || text.isBlank() || full()) {
        return;
      }
      String kept = cut(DANGLING.matcher(text).replaceAll("$1"), MAX_PARAGRAPH);
      out.add(kept);
      chars += kept.length();
    }

    private void table(Element figure, String section) {
      if (tables.size() >= MAX_TABLES) {
        return;
      }
      Element caption = figure.selectFirst(CAPTION);
      String number = "";
      String text = "";
      if (caption != null) {
        Element tag = caption.selectFirst(TABLE_TAG);
        if (tag != null) {
          Matcher m = TABLE_NUMBER.matcher(tag.text());
          if (m.find()) {
            number = m.group(1);
          }
        }
        Element copy = caption.clone();
        copy.select(TAG).remove();
        text = cut(TextCleaner.singleLine(copy.text()), 600);
      }
      List<List<String>> rows = new ArrayList<>();
      for (Element tr : figure.select(ROW)) {
        if (rows.size() >= MAX_ROWS) {
          break;
        }
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.select(CELL)) {
          cells.add(cut(TextCleaner.singleLine(cell.text()), MAX_CELL));
        }
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
          rows.add(cells);
          chars += cells.stream().mapToInt(String::length).sum();
        }
      }
      if (!rows.isEmpty() || !text.isEmpty()) {
        tables.add(new FullText.Table(number, text, rows, section));
        chars += text.length();
      }
    }
  }

  /**
   * A section's number from its tag: {@code "4.2 "} → {@code 4.2}, {@code "Appendix A"} → {@code
   * A}, {@code "A.1"} → {@code A.1}, IEEE style {@code "IV-B"} → {@code IV-B}; anything else (a
   * hostile tag included) → empty.
   */
  static String number(String tag) {
    String t = tag.strip();
    Matcher a = APPENDIX.matcher(t);
    if (a.find()) {
      return a.group(1).length() <= 8 ? a.group(1) : "";
    }
    t = t.replaceAll("[.:]+$", "").strip();
    return NUMBER.matcher(t).matches() ? t : "";
  }

  /** The number of the nearest numbered section around a run-in paragraph, or empty. */
  private static String inherited(Element unit) {
    for (Element parent : unit.parents()) {
      if (parent.is(UNIT)) {
        Element tag = parent.selectFirst(TITLE_TAG);
        String number = tag == null ? "" : number(TextCleaner.singleLine(tag.text()));
        if (!number.isEmpty()) {
          return number;
        }
      }
    }
    return "";
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
