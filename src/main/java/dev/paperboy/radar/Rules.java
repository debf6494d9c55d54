package dev.paperboy.radar;

import dev.paperboy.hf.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The word rules of one watchlist, compiled once. Pure. Examples:
 *
 * <pre>
 * keyword "agent"       finds "Agents for the web", "LLM-agent", not "reagent" or "agentic"
 * keyword "tool use"    finds "Tool-Use Benchmarks", "tool  use"
 * organization "KAIST"  finds "KAIST AI"; "LG AI Research" needs LG, AI and Research
 * author "Yoshua Bengio" equals an author, any case
 * </pre>
 */
final class Rules {
  private final Watchlist list;
  private final List<Named> keywords;
  private final List<Named> exclude;
  private final List<Named> organizations;

  private record Named(String text, Pattern pattern) {}

  Rules(Watchlist list) {
    this.list = list;
    this.keywords = list.keywords().stream().map(k -> new Named(k, phrase(k, true))).toList();
    this.exclude = list.exclude().stream().map(k -> new Named(k, phrase(k, true))).toList();
    this.organizations = list.organizations().stream().map(o -> new Named(o, allWords(o))).toList();
  }

  /** A whole-word pattern of {@code phrase}: its words in order, any case, optionally plural. */
  static Pattern phrase(String phrase, boolean plural) {
    String[] words = phrase.strip().split("[\\s-]+");
    StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        p.append("[\\s\\-]+");
      }
      p.append(Pattern.quote(words[i]));
    }
    if (plural) {
      p.append("(?:s|es)?");
    }
    p.append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(p.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A pattern that requires every word of {@code name}, whole, in any order. */
  private static Pattern allWords(String name) {
    StringBuilder p = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      p.append("(?=.*(?<![\\p{L}\\p{N}])")
          .append(Pattern.quote(word))
          .append("(?![\\p{L}\\p{N}]))");
    }
    return Pattern.compile(
        p + ".*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** The text keyword rules look at: title, abstract and Hugging Face's keywords. */
  static String text(Paper p) {
    return p.title() + "\n" + p.summary() + "\n" + String.join("\n", p.aiKeywords());
  }

  /** Whether an {@code exclude} word occurs. */
  boolean excluded(String text) {
    return exclude.stream().anyMatch(e -> e.pattern().matcher(text).find());
  }

  /** Why {@code p} matches a word rule, or empty; excludes and min-upvotes are not checked here. */
  Optional<String> why(Paper p, String text) {
    for (Named k : keywords) {
      if (k.pattern().matcher(text).find()) {
        return Optional.of("키워드: " + k.text());
      }
    }
    if (p.organization() != null) {
      String org =
          java.util.Objects.toString(p.organization().name(), "")
              + "\n"
              + java.util.Objects.toString(p.organization().displayName(), "");
      for (Named o : organizations) {
        if (o.pattern().matcher(org).matches()) {
          return Optional.of("기관: " + o.text());
        }
      }
    }
    for (String a : list.authors()) {
      String wanted = normal(a);
      if (p.authors().stream().anyMatch(x -> normal(x).equals(wanted))) {
        return Optional.of("저자: " + a);
      }
    }
    if (p.submittedBy() != null) {
      for (String s : list.submitters()) {
        if (s.strip().equalsIgnoreCase(p.submittedBy().strip())) {
          return Optional.of("제출자: " + s);
        }
      }
    }
    return Optional.empty();
  }

  private static String normal(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The keywords that would match in {@code text}, for tests and the browser. */
  List<String> keywordsIn(String text) {
    List<String> out = new ArrayList<>();
    keywords.forEach(
        k -> {
          if (k.pattern().matcher(text).find()) {
            out.add(k.text());
          }
        });
    return out;
  }
}
