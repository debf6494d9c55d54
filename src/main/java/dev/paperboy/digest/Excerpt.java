package dev.paperboy.digest;

import dev.paperboy.arxiv.FullText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the model reads of a paper's body: as much of its {@link FullText} as fits a character
 * budget ({@code digest.fulltext.max-chars}, the abstract included), chosen in this order, each
 * kept in document order:
 *
 * <ol>
 *   <li>the introduction's contribution paragraph ("our contributions are", "we propose", …) with
 *       the list that follows it;
 *   <li>each method section's heading and first paragraph (at most {@value #METHOD_SHARE} of the
 *       budget; the others after the conclusion);
 *   <li>the experiments and results sections, with their tables;
 *   <li>limitations (and discussion);
 *   <li>the conclusion;
 *   <li>whatever else of the main text, and the remaining tables;
 *   <li>related work;
 *   <li>appendices, only if budget remains.
 * </ol>
 *
 * A section's kind comes from its title ({@code 4 Experiments} → results; a subsection inherits its
 * section's kind unless its own title says otherwise). A paragraph that does not fit is cut at a
 * sentence when at least {@value #MIN_CUT} characters remain, else left out. For example, with a
 * budget of 40,000 a typical 60,000-character paper keeps its introduction's contributions, the
 * first paragraph of every method part, every result with its tables, the limitations and the
 * conclusion, and leaves out related work and appendices.
 *
 * @param sections the chosen parts, in document order, each with only its chosen paragraphs
 * @param tables the chosen tables, in document order
 * @param complete whether the whole body fitted
 */
public record Excerpt(List<Part> sections, List<FullText.Table> tables, boolean complete) {
  static final int MIN_CUT = 400;

  /**
   * The share of the budget the method parts' first paragraphs may take before the results: a paper
   * with many short subsections would otherwise spend it all there. The rest of them come after the
   * conclusion.
   */
  static final double METHOD_SHARE = 0.3;

  static final int MAX_TABLE = 3_000;

  private static final Pattern INTRO = Pattern.compile("introduction|overview|motivation");
  private static final Pattern RELATED =
      Pattern.compile("related work|background|prior work|literature|previous work");
  private static final Pattern RESULTS =
      Pattern.compile(
          "experiment|evaluation|result|benchmark|ablation|empirical|performance|comparison"
              + "|analys|case stud|finding");
  private static final Pattern LIMITS =
      Pattern.compile("limitation|discussion|broader impact|ethic|failure|future work|societal");
  private static final Pattern CONCLUSION = Pattern.compile("conclu|summary|closing remark");
  private static final Pattern CONTRIBUTION =
      Pattern.compile("(?i)contribution|we (?:propose|introduce|present)|in this (?:paper|work)");

  public Excerpt {
    sections = List.copyOf(sections);
    tables = List.copyOf(tables);
  }

  /** Nothing of a body: the abstract alone. */
  public static final Excerpt NONE = new Excerpt(List.of(), List.of(), false);

  /**
   * One section as the model sees it.
   *
   * @param label how a citation names it ({@code §4.2}), or empty when it is unnumbered
   */
  public record Part(String label, String title, List<String> paragraphs) {
    public Part {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Whether no body was chosen. */
  public boolean isEmpty() {
    return sections.isEmpty() && tables.isEmpty();
  }

  /** The sections read, as the post names them: numbered top-level sections, e.g. {@code §4}. */
  public List<String> topSections() {
    Set<String> out = new LinkedHashSet<>();
    for (Part p : sections) {
      if (p.label().isEmpty()) {
        continue;
      }
      String number = p.label().substring(1);
      int dot = number.indexOf('.');
      out.add("§" + (dot > 0 ? number.substring(0, dot) : number));
    }
    return List.copyOf(out);
  }

  /** Every text the model was given from the body, for grounding its numbers. */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Part p : sections) {
      out.add(p.title());
      out.addAll(p.paragraphs());
    }
    for (FullText.Table t : tables) {
      out.add(t.text());
    }
    return out;
  }

  /** The characters chosen. */
  public int chars() {
    return texts().stream().mapToInt(String::length).sum();
  }

  /** What a section is about, from its title. */
  enum Kind {
    INTRO,
    METHOD,
    RESULTS,
    LIMITS,
    CONCLUSION,
    RELATED,
    APPENDIX
  }

  /** The excerpt of {@code text} that fits {@code budget} characters. */
  public static Excerpt of(FullText text, int budget) {
    if (text.isEmpty() || budget <= 0) {
      return NONE;
    }
    List<FullText.Section> all = text.sections();
    List<Kind> kinds = kinds(all);
    List<Piece> pieces = new ArrayList<>();
    for (int s = 0; s < all.size(); s++) {
      FullText.Section section = all.get(s);
      Kind kind = kinds.get(s);
      List<String> paragraphs = section.paragraphs();
      int contribution = kind == Kind.INTRO ? contribution(paragraphs) : -1;
      for (int i = 0; i < paragraphs.size(); i++) {
        pieces.add(new Piece(tier(kind, i, contribution, paragraphs), s, i, -1));
      }
    }
    List<FullText.Table> tables = text.tables();
    for (int t = 0; t < tables.size(); t++) {
      Kind kind = tableKind(tables.get(t), all, kinds);
      int tier = kind == Kind.APPENDIX ? 8 : kind == Kind.RESULTS ? 3 : 6;
      pieces.add(new Piece(tier, -1, -1, t));
    }
    pieces.sort(Comparator.comparingInt(Piece::tier).thenComparingInt(Piece::order));

    int left = budget;
    List<List<String>> chosen = new ArrayList<>();
    for (FullText.Section s : all) {
      chosen.add(new ArrayList<>(java.util.Collections.nCopies(s.paragraphs().size(), null)));
    }
    boolean[] headed = new boolean[all.size()];
    List<FullText.Table> chosenTables = new ArrayList<>();
    boolean[] tableChosen = new boolean[tables.size()];
    boolean complete = true;
    int methodCap = (int) (budget * METHOD_SHARE);
    int methodUsed = 0;
    List<Piece> ordered = new ArrayList<>();
    List<Piece> deferred = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece.tier() >= 6 && !deferred.isEmpty()) {
        ordered.addAll(deferred);
        deferred.clear();
      }
      if (piece.tier() == 2) {
        int cost = all.get(piece.section()).paragraphs().get(piece.paragraph()).length() + 40;
        if (methodUsed + cost > methodCap) {
          deferred.add(piece);
          continue;
        }
        methodUsed += cost;
      }
      ordered.add(piece);
    }
    ordered.addAll(deferred);
    for (Piece piece : ordered) {
      if (piece.table() >= 0) {
        String shown = tableText(tables.get(piece.table()));
        if (shown.length() <= left) {
          tableChosen[piece.table()] = true;
          left -= shown.length();
        } else {
          complete = false;
        }
        continue;
      }
      FullText.Section section = all.get(piece.section());
      int heading = headed[piece.section()] ? 0 : section.title().length() + 8;
      String paragraph = section.paragraphs().get(piece.paragraph());
      int room = left - heading;
      String kept = null;
      if (paragraph.length() <= room) {
        kept = paragraph;
      } else if (room >= MIN_CUT && piece.tier() <= 5) {
        kept = cut(paragraph, room);
      }
      if (kept == null || kept.isEmpty()) {
        complete = false;
        continue;
      }
      if (kept.length() < paragraph.length()) {
        complete = false;
      }
      chosen.get(piece.section()).set(piece.paragraph(), kept);
      headed[piece.section()] = true;
      left -= heading + kept.length();
    }
    List<Part> parts = new ArrayList<>();
    for (int s = 0; s < all.size(); s++) {
      if (!headed[s]) {
        continue;
      }
      FullText.Section section = all.get(s);
      List<String> kept = chosen.get(s).stream().filter(p -> p != null).toList();
      parts.add(
          new Part(
              section.number().isEmpty() ? "" : "§" + section.number(), section.title(), kept));
    }
    for (int t = 0; t < tables.size(); t++) {
      if (tableChosen[t]) {
        chosenTables.add(shown(tables.get(t)));
      }
    }
    return new Excerpt(parts, chosenTables, complete);
  }

  /** A paragraph's place in the order of choice: lower first. */
  private static int tier(Kind kind, int index, int contribution, List<String> paragraphs) {
    return switch (kind) {
      case INTRO -> {
        boolean listAfter =
            contribution >= 0
                && index > contribution
                && paragraphs.subList(contribution + 1, index + 1).stream()
                    .allMatch(p -> p.startsWith("- "));
        yield index == contribution || listAfter ? 1 : 6;
      }
      case METHOD -> index == 0 ? 2 : 6;
      case RESULTS -> 3;
      case LIMITS -> 4;
      case CONCLUSION -> 5;
      case RELATED -> 7;
      case APPENDIX -> 8;
    };
  }

  /** The introduction's contribution paragraph: the first with a cue, else its last paragraph. */
  private static int contribution(List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!paragraphs.get(i).startsWith("- ")
          && CONTRIBUTION.matcher(paragraphs.get(i)).find()
          && paragraphs.get(i).toLowerCase(Locale.ROOT).contains("contribution")) {
        return i;
      }
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (CONTRIBUTION.matcher(paragraphs.get(i)).find()) {
        return i;
      }
    }
    return paragraphs.size() - 1;
  }

  /** Each section's kind; subsections inherit their section's unless their title says more. */
  static List<Kind> kinds(List<FullText.Section> sections) {
    List<Kind> out = new ArrayList<>();
    Kind current = Kind.METHOD;
    boolean first = true;
    for (FullText.Section s : sections) {
      Kind own = s.appendix() ? Kind.APPENDIX : ofTitle(s.title());
      Kind kind;
      if (s.level() <= 1) {
        kind = own != null ? own : first ? Kind.INTRO : Kind.METHOD;
        current = kind;
        first = false;
      } else {
        kind = own != null && current != Kind.APPENDIX ? own : current;
      }
      out.add(kind);
    }
    return out;
  }

  private static Kind ofTitle(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (INTRO.matcher(t).find()) {
      return Kind.INTRO;
    }
    if (RELATED.matcher(t).find()) {
      return Kind.RELATED;
    }
    if (LIMITS.matcher(t).find()) {
      return Kind.LIMITS;
    }
    if (CONCLUSION.matcher(t).find()) {
      return Kind.CONCLUSION;
    }
    if (RESULTS.matcher(t).find()) {
      return Kind.RESULTS;
    }
    return null;
  }

  private static Kind tableKind(
      FullText.Table table, List<FullText.Section> sections, List<Kind> kinds) {
    Kind found = null;
    for (int s = 0; s < sections.size(); s++) {
      String n = sections.get(s).number();
      if (!n.isEmpty() && (n.equals(table.section()) || table.section().startsWith(n + "."))) {
        found = kinds.get(s);
        if (n.equals(table.section())) {
          break;
        }
      }
    }
    if (found == null) {
      return table.number().matches("[A-Z].*") ? Kind.APPENDIX : Kind.METHOD;
    }
    return found;
  }

  /** A table as shown: its rows cut so that it stays within {@value #MAX_TABLE} characters. */
  private static FullText.Table shown(FullText.Table table) {
    List<List<String>> rows = new ArrayList<>();
    int size = table.caption().length();
    for (List<String> row : table.rows()) {
      int length = String.join(" | ", row).length() + 1;
      if (size + length > MAX_TABLE) {
        break;
      }
      rows.add(row);
      size += length;
    }
    return new FullText.Table(table.number(), table.caption(), rows, table.section());
  }

  private static String tableText(FullText.Table table) {
    return shown(table).text();
  }

  /** {@code text} cut at the last sentence end within {@code max}, else at {@code max}. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, max - 1);
    int end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("? "));
    return (end > max / 2 ? head.substring(0, end + 1) : head) + "…";
  }

  /**
   * A candidate: paragraph {@code paragraph} of section {@code section}, or table {@code table}
   * (the other indexes -1), at {@code tier}.
   */
  private record Piece(int tier, int section, int paragraph, int table) {
    /** Document order: sections' paragraphs by position; tables after the paragraphs of a tier. */
    int order() {
      return table >= 0 ? 1_000_000 + table : section * 10_000 + Math.min(paragraph, 9_999);
    }
  }
}
