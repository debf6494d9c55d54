package dev.paperboy.digest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number a model wrote occurs in the paper's title or abstract. Numbers compare
 * by value ({@code 95.0} matches {@code 95}; {@code 1,000} matches {@code 1000}), whatever unit
 * follows ({@code 16.2x} grounds {@code 16.2배}).
 */
public final class Grounding {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private final Set<String> known;

  /** Grounding against {@code sources}: typically the title and the abstract. */
  public Grounding(String... sources) {
    Set<String> numbers = new LinkedHashSet<>();
    for (String source : sources) {
      if (source != null) {
        numbers.addAll(numbers(source));
      }
    }
    this.known = Set.copyOf(numbers);
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
    for (String n : numbers(text)) {
      if (!known.contains(n) && !out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** Every ungrounded number anywhere in {@code a}. */
  public List<String> ungrounded(Analysis a) {
    return ungrounded(String.join("\n", texts(a)));
  }

  /**
   * {@code a} without the sentences, list items and tags that carry an ungrounded number, or empty
   * when too little would be left to publish (no summary, explanation, developer view, or an empty
   * list).
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
            sentences(a.confidenceReason()));
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

  private String sentences(String text) {
    List<String> kept = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      if (ungrounded(sentence).isEmpty()) {
        kept.add(sentence);
      }
    }
    return String.join(" ", kept).strip();
  }

  private List<String> items(List<String> items) {
    return items.stream().filter(item -> ungrounded(item).isEmpty()).toList();
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
    return all;
  }
}
