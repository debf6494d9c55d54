package dev.paperboy.digest;

import dev.paperboy.arxiv.FullText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a model wrote against what it was given: every number must occur in the sources (the
 * title, the abstract and, when the body was read, the excerpt of it the model saw), every citation
 * ({@code (§4.2)}, {@code (표 2)}) must name a section or table the paper has, and every 주요 결과 must
 * carry a number that occurs in the section or table it cites. Numbers compare by value ({@code
 * 95.0} matches {@code 95}; {@code 1,000} matches {@code 1000}), whatever unit follows ({@code
 * 16.2x} grounds {@code 16.2배}); a citation's own digits are not numbers. Examples, for an abstract
 * "… 95.0% accuracy …" and a body whose table 2 reads "Ours | 81.3":
 *
 * <pre>
 * ungrounded("정확도 95%")                  → []
 * ungrounded("정확도 97.5% (§4)")           → ["97.5"]
 * key result {"81.3점 달성", "표 2"}         → kept
 * key result {"81.3점 달성", "§9"}           → dropped: the paper has no section 9
 * key result {"95% 정확도", "표 2"}          → dropped: 95 is not in table 2
 * </pre>
 */
public final class Grounding {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private final Set<String> known;
  private final Citations citations;

  /** Grounding against {@code sources}, typically the title and the abstract; no citations. */
  public Grounding(String... sources) {
    this(Citations.NONE, List.of(sources));
  }

  private Grounding(Citations citations, List<String> sources) {
    Set<String> numbers = new LinkedHashSet<>();
    for (String source : sources) {
      if (source != null) {
        numbers.addAll(numbers(source));
      }
    }
    this.known = Set.copyOf(numbers);
    this.citations = citations;
  }

  /**
   * Grounding for a paper whose {@code body} was read: numbers from the title, the abstract and the
   * {@code excerpt} the model saw; citations against the whole body.
   */
  static Grounding of(String title, String summary, FullText body, Excerpt excerpt) {
    List<String> sources = new ArrayList<>(List.of(title, summary));
    sources.addAll(excerpt.texts());
    return new Grounding(new Citations(body), sources);
  }

  /** The numbers in {@code text}, each normalised to its plain value. */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String raw = m.group();
      if (THOUSANDS.matcher(raw).matches()) {
        out.add(normal(raw.replace(",", "")));
      } else {
        for (String part : raw.split(",")) {
          out.add(normal(part));
        }
      }
    }
    return out;
  }

  private static String normal(String number) {
    try {
      return new BigDecimal(number).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return number;
    }
  }

  /** The numbers of {@code text} that the sources do not contain, in order of appearance. */
  public List<String> ungrounded(String text) {
    List<String> out = new ArrayList<>();
    for (String n : numbers(Citations.strip(text))) {
      if (!known.contains(n) && !out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** Every ungrounded number anywhere in {@code a}, its key results included. */
  public List<String> ungrounded(Analysis a) {
    return ungrounded(String.join("\n", texts(a)));
  }

  /**
   * What is wrong with {@code a}, phrased for a repair turn: numbers not in the text given,
   * citations of sections or tables the paper lacks, key results not found where they cite.
   */
  List<String> problems(Analysis a) {
    List<String> problems = new ArrayList<>();
    List<String> numbers = ungrounded(a);
    if (!numbers.isEmpty()) {
      problems.add(
          citations == Citations.NONE
              ? "these numbers do not occur in the title or abstract: "
                  + String.join(", ", numbers)
                  + "; use only numbers written in the abstract, or none"
              : "these numbers do not occur in the title, abstract or body text you were given: "
                  + String.join(", ", numbers)
                  + "; use only numbers written there, or none");
    }
    List<String> invalid = citations.invalid(String.join("\n", texts(a)));
    for (Analysis.KeyResult r : a.keyResults()) {
      if (!citations.isLabel(r.source())) {
        invalid.add(r.source());
      }
    }
    if (!invalid.isEmpty()) {
      problems.add(
          "these citations name no section or table of the paper: "
              + String.join(", ", invalid)
              + "; cite only the section numbers (§N) and table numbers (표 N) you were given");
    }
    for (Analysis.KeyResult r : a.keyResults()) {
      if (citations.isLabel(r.source()) && !holds(r)) {
        problems.add(
            "key_results item \""
                + r.finding()
                + "\" needs a number that occurs in "
                + r.source()
                + " itself");
      }
    }
    return problems;
  }

  /**
   * {@code a} with invalid citations removed, without the sentences, list items and tags that carry
   * an ungrounded number and without the key results that do not hold; empty when too little would
   * be left to publish (no summary, explanation, developer view, or an empty list).
   */
  public Optional<Analysis> strip(Analysis a) {
    Analysis stripped =
        new Analysis(
            sentences(a.summary()),
            items(a.keyPoints()),
            sentences(a.developerView()),
            items(a.ideas()),
            items(a.risks()),
            sentences(a.explanation()),
            items(a.tags()),
            a.difficulty(),
            sentences(a.difficultyReason()),
            a.confidence(),
            sentences(a.confidenceReason()),
            keyResults(a.keyResults()),
            a.basis());
    boolean enough =
        !stripped.summary().isEmpty()
            && !stripped.developerView().isEmpty()
            && !stripped.explanation().isEmpty()
            && !stripped.keyPoints().isEmpty()
            && !stripped.ideas().isEmpty()
            && !stripped.risks().isEmpty()
            && !stripped.tags().isEmpty();
    return enough ? Optional.of(stripped) : Optional.empty();
  }

  /** Whether {@code a} needs {@link #strip}: an ungrounded number, a bad citation or key result. */
  boolean holds(Analysis a) {
    return problems(a).isEmpty();
  }

  private boolean holds(Analysis.KeyResult r) {
    Optional<String> cited = citations.textOf(r.source());
    if (cited.isEmpty()) {
      return false;
    }
    List<String> numbers = numbers(Citations.strip(r.finding()));
    List<String> there = numbers(cited.get());
    return !numbers.isEmpty() && there.containsAll(numbers) && ungrounded(r.finding()).isEmpty();
  }

  private List<Analysis.KeyResult> keyResults(List<Analysis.KeyResult> results) {
    List<Analysis.KeyResult> kept = new ArrayList<>();
    for (Analysis.KeyResult r : results) {
      if (citations.isLabel(r.source()) && holds(r)) {
        kept.add(
            new Analysis.KeyResult(
                citations.clean(r.finding()).strip(), Citations.normal(r.source())));
      }
    }
    return kept;
  }

  private String sentences(String text) {
    List<String> kept = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(citations.clean(text))) {
      if (ungrounded(sentence).isEmpty()) {
        kept.add(sentence);
      }
    }
    return String.join(" ", kept).strip();
  }

  private List<String> items(List<String> items) {
    return items.stream()
        .map(item -> citations.clean(item).strip())
        .filter(item -> !item.isEmpty() && ungrounded(item).isEmpty())
        .toList();
  }

  private static List<String> texts(Analysis a) {
    List<String> all = new ArrayList<>();
    all.add(a.summary());
    all.addAll(a.keyPoints());
    all.add(a.developerView());
    all.addAll(a.ideas());
    all.addAll(a.risks());
    all.add(a.explanation());
    all.addAll(a.tags());
    all.add(a.difficultyReason());
    all.add(a.confidenceReason());
    for (Analysis.KeyResult r : a.keyResults()) {
      all.add(r.finding());
    }
    return all;
  }
}
