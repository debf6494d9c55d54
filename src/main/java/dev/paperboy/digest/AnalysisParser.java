package dev.paperboy.digest;

import static dev.paperboy.digest.AnalysisSchema.CONFIDENCE;
import static dev.paperboy.digest.AnalysisSchema.CONFIDENCE_REASON;
import static dev.paperboy.digest.AnalysisSchema.DEVELOPER;
import static dev.paperboy.digest.AnalysisSchema.DIFFICULTY;
import static dev.paperboy.digest.AnalysisSchema.DIFFICULTY_REASON;
import static dev.paperboy.digest.AnalysisSchema.EXPLANATION;
import static dev.paperboy.digest.AnalysisSchema.FINDING;
import static dev.paperboy.digest.AnalysisSchema.IDEAS;
import static dev.paperboy.digest.AnalysisSchema.KEY_POINTS;
import static dev.paperboy.digest.AnalysisSchema.KEY_RESULTS;
import static dev.paperboy.digest.AnalysisSchema.RISKS;
import static dev.paperboy.digest.AnalysisSchema.SOURCE;
import static dev.paperboy.digest.AnalysisSchema.SUMMARY;
import static dev.paperboy.digest.AnalysisSchema.TAGS;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.hf.TextCleaner;
import dev.paperboy.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a model's answer into an {@link Analysis}, or into the list of everything wrong with it
 * (phrased so that it can be sent back to the model in a repair turn). Text is normalised to one
 * line each; lists longer than asked are cut, shorter ones are problems. {@code key_results} are
 * read only when the model was given the paper's body (2 to 4 asked, at least 1 needed); from an
 * abstract-only answer they are ignored.
 */
public final class AnalysisParser {
  static final double MIN_KOREAN_RATIO = 0.4;
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final Pattern TAG = Pattern.compile("[\\p{IsHangul}\\p{IsLatin}\\p{N} .+#/&-]+");
  private static final Pattern FENCE = Pattern.compile("^```[a-zA-Z]*\\s*|\\s*```$");

  private AnalysisParser() {}

  /** The outcome of parsing one answer. */
  public sealed interface Result {
    /** The answer is a valid analysis. */
    record Valid(Analysis analysis) implements Result {}

    /** The answer is unusable as it is; {@code problems} says why, one line each. */
    record Invalid(List<String> problems) implements Result {
      public Invalid {
        problems = List.copyOf(problems);
      }
    }
  }

  /** Parses and checks an answer written from the abstract alone. Never throws for bad input. */
  public static Result parse(String answer) {
    return parse(answer, false);
  }

  /**
   * Parses and checks {@code answer}; {@code fullText} when the model was given the paper's body.
   * Never throws for bad input.
   */
  public static Result parse(String answer, boolean fullText) {
    if (answer == null || answer.isBlank()) {
      return invalid("the answer is empty: answer with the JSON object");
    }
    JsonNode root;
    try {
      root = JSON.readTree(jsonPart(answer));
    } catch (JacksonException e) {
      return invalid(
          "the answer is not valid JSON ("
              + e.getOriginalMessage()
              + "); it began: "
              + excerpt(answer));
    }
    if (root == null || !root.isObject()) {
      return invalid("the answer must be one JSON object; it began: " + excerpt(answer));
    }
    return new Fields(root, fullText).analysis();
  }

  static String jsonPart(String answer) {
    String text = FENCE.matcher(answer.strip()).replaceAll("");
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    return start >= 0 && end > start ? text.substring(start, end + 1) : text;
  }

  private static String excerpt(String answer) {
    String line = TextCleaner.singleLine(answer);
    return "\"" + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\"";
  }

  private static Result invalid(String problem) {
    return new Result.Invalid(List.of(problem));
  }

  /** Reads fields one by one, collecting every problem rather than stopping at the first. */
  private static final class Fields {
    private final JsonNode root;
    private final boolean fullText;
    private final List<String> problems = new ArrayList<>();

    Fields(JsonNode root, boolean fullText) {
      this.root = root;
      this.fullText = fullText;
    }

    Result analysis() {
      String summary = text(SUMMARY, 20, 300);
      List<String> keyPoints = list(KEY_POINTS, 3, 3, 200);
      String developer = text(DEVELOPER, 20, 600);
      List<String> ideas = list(IDEAS, 3, 3, 200);
      List<String> risks = list(RISKS, 2, 5, 200);
      String explanation = text(EXPLANATION, 80, 1_500);
      List<String> tags = tags();
      Level difficulty = level(DIFFICULTY);
      String difficultyReason = text(DIFFICULTY_REASON, 5, 300);
      Level confidence = level(CONFIDENCE);
      String confidenceReason = text(CONFIDENCE_REASON, 5, 300);
      List<Analysis.KeyResult> keyResults = fullText ? keyResults() : List.of();
      if (explanation != null) {
        int sentences = KoreanText.sentences(explanation);
        if (sentences < 4 || sentences > 8) {
          problems.add(EXPLANATION + " must have 4 to 8 sentences, not " + sentences);
        }
      }
      Map<String, String> prose = new LinkedHashMap<>();
      prose.put(SUMMARY, summary);
      prose.put(KEY_POINTS, join(keyPoints));
      prose.put(DEVELOPER, developer);
      prose.put(IDEAS, join(ideas));
      prose.put(RISKS, join(risks));
      prose.put(EXPLANATION, explanation);
      prose.put(DIFFICULTY_REASON, difficultyReason);
      prose.put(CONFIDENCE_REASON, confidenceReason);
      if (keyResults != null && !keyResults.isEmpty()) {
        prose.put(KEY_RESULTS, join(keyResults.stream().map(Analysis.KeyResult::finding).toList()));
      }
      prose.forEach(this::checkKorean);
      if (tags != null && tags.stream().anyMatch(KoreanText::hasForeignScript)) {
        problems.add(TAGS + " contain Chinese or Japanese characters; use Korean or English");
      }
      if (!problems.isEmpty()) {
        return new Result.Invalid(problems);
      }
      return new Result.Valid(
          new Analysis(
              summary,
              keyPoints,
              developer,
              ideas,
              risks,
              explanation,
              tags,
              difficulty,
              difficultyReason,
              confidence,
              confidenceReason,
              keyResults,
              null));
    }

    /** The key results: 2 to 4 asked, more cut, at least one with a finding and a source. */
    private List<Analysis.KeyResult> keyResults() {
      JsonNode node = root.path(KEY_RESULTS);
      if (!node.isArray()) {
        problems.add(KEY_RESULTS + " is " + (node.isMissingNode() ? "missing" : "not a list"));
        return null;
      }
      List<Analysis.KeyResult> out = new ArrayList<>();
      for (JsonNode item : node) {
        String finding = TextCleaner.singleLine(item.path(FINDING).asText(""));
        String source = TextCleaner.singleLine(item.path(SOURCE).asText(""));
        if (finding.length() > 300 || source.length() > 40) {
          problems.add(
              KEY_RESULTS
                  + " items must have a finding of at most 300 characters and a short"
                  + " source such as §4.2 or 표 2");
          return null;
        }
        if (!finding.isEmpty() && !source.isEmpty() && out.size() < 4) {
          out.add(new Analysis.KeyResult(finding, source));
        }
      }
      if (out.isEmpty()) {
        problems.add(
            KEY_RESULTS
                + " needs 2 to 4 items, each {\"finding\": a result with its number, \"source\":"
                + " the section or table it comes from}");
        return null;
      }
      return out;
    }

    private void checkKorean(String field, String value) {
      if (value == null) {
        return;
      }
      if (KoreanText.hasForeignScript(value)) {
        problems.add(field + " contains Chinese or Japanese characters; write Korean only");
      }
      double ratio = KoreanText.koreanRatio(value);
      if (ratio < MIN_KOREAN_RATIO) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s must be written in Korean (only %.0f%% of its words are Korean)",
                field,
                ratio * 100));
      }
    }

    private String text(String field, int min, int max) {
      JsonNode node = root.path(field);
      if (!node.isTextual()) {
        problems.add(field + " is " + (node.isMissingNode() ? "missing" : "not a string"));
        return null;
      }
      String value = TextCleaner.singleLine(node.asText());
      if (value.length() < min || value.length() > max) {
        problems.add(
            field + " must be " + min + " to " + max + " characters, not " + value.length());
        return null;
      }
      return value;
    }

    private List<String> list(String field, int min, int max, int maxLength) {
      JsonNode node = root.path(field);
      if (!node.isArray()) {
        problems.add(field + " is " + (node.isMissingNode() ? "missing" : "not a list"));
        return null;
      }
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        String value = item.isTextual() ? TextCleaner.singleLine(item.asText()) : "";
        if (value.length() > maxLength) {
          problems.add(field + " items must be at most " + maxLength + " characters");
          return null;
        }
        if (!value.isEmpty() && items.size() < max) {
          items.add(value);
        }
      }
      if (items.size() < min) {
        problems.add(field + " needs at least " + min + " non-empty items, not " + items.size());
        return null;
      }
      return items;
    }

    private List<String> tags() {
      List<String> raw = list(TAGS, 0, 8, 200);
      if (raw == null) {
        return null;
      }
      List<String> tags = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (String tag : raw) {
        String key = tag.toLowerCase(Locale.ROOT);
        if (tag.length() <= 40
            && TAG.matcher(tag).matches()
            && tag.codePoints().anyMatch(Character::isLetter)
            && !seen.contains(key)) {
          tags.add(tag);
          seen.add(key);
        }
      }
      if (tags.size() < 3) {
        problems.add(
            TAGS
                + " needs 3 to 8 distinct short tags of letters, digits, spaces and - + . # /"
                + " (at most 40 characters each); "
                + tags.size()
                + " were usable");
        return null;
      }
      return tags;
    }

    private Level level(String field) {
      JsonNode node = root.path(field);
      var level = node.isTextual() ? Level.of(node.asText()) : java.util.Optional.<Level>empty();
      if (level.isEmpty()) {
        problems.add(field + " must be one of 상, 중, 하");
        return null;
      }
      return level.get();
    }

    private static String join(List<String> items) {
      return items == null ? null : String.join(" ", items);
    }
  }
}
