package dev.paperboy.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.archive.AnalysisCache;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.TextCleaner;
import dev.paperboy.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Korean one-line summaries ({@code 한 줄 요약}) for the daily post's papers beyond the digest's: one
 * structured request for all of a day's uncached papers ({@code prompts/oneline-v1.*}), each line
 * checked like the digest's text (mostly Korean, no Chinese or Japanese, 15 to 200 characters,
 * every number found in that paper's title or abstract) and cached in the archive by paper,
 * abstract, prompt version and model, so a re-run asks nothing. A paper whose line is missing or
 * fails a check simply has none; that is cached too (an empty line), so a re-run does not ask again
 * ({@code --refresh-digest} does).
 */
final class OneLineSummarizer {
  /** The prompt version, part of the cache key. */
  static final String VERSION = "oneline-v1";

  static final int MIN_LENGTH = 15;
  static final int MAX_LENGTH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(OneLineSummarizer.class);
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final String SYSTEM = Prompt.load(VERSION, "system");
  private static final String USER = Prompt.load(VERSION, "user");

  private final AnalysisCache cache;

  OneLineSummarizer(AnalysisCache cache) {
    this.cache = cache;
  }

  /**
   * The lines of {@code papers} by arXiv id; papers without a valid line are absent.
   *
   * @param analyst asks the model within the run's permits and budget
   */
  Map<String, String> lines(
      List<Paper> papers, PaperAnalyst analyst, String model, boolean refresh) {
    Map<String, String> lines = new LinkedHashMap<>();
    List<Paper> ask = new ArrayList<>();
    for (Paper p : papers) {
      Optional<AnalysisCache.Entry> cached = refresh ? Optional.empty() : cache.find(key(p, model));
      if (cached.isPresent()) {
        if (!cached.get().body().isEmpty()) {
          lines.put(p.id(), cached.get().body());
        }
      } else {
        ask.add(p);
      }
    }
    if (ask.isEmpty()) {
      return lines;
    }
    String answer;
    try {
      answer =
          analyst.call(conversation(ask), LineSchema.SCHEMA, ask.size() + " one-liners").text();
    } catch (PaperAnalyst.Unavailable e) {
      LOG.warn("One-line summaries of {} paper(s) not written: {}", ask.size(), e.getMessage());
      return lines;
    }
    Map<String, String> answered = parse(answer);
    for (Paper p : ask) {
      Optional<String> line = check(p, answered.get(p.id()));
      line.ifPresent(l -> lines.put(p.id(), l));
      cache.store(key(p, model), new AnalysisCache.Entry(line.orElse(""), 0));
    }
    return lines;
  }

  /** The line as shown, or empty when it fails a check (logged with the reason). */
  static Optional<String> check(Paper p, String raw) {
    String line = TextCleaner.singleLine(raw);
    String problem = null;
    if (line == null || line.isEmpty()) {
      problem = "no line";
    } else if (line.length() < MIN_LENGTH || line.length() > MAX_LENGTH) {
      problem = line.length() + " characters, not " + MIN_LENGTH + " to " + MAX_LENGTH;
    } else if (KoreanText.hasForeignScript(line)) {
      problem = "Chinese or Japanese characters";
    } else if (KoreanText.koreanRatio(line) < AnalysisParser.MIN_KOREAN_RATIO) {
      problem = "not mostly Korean";
    } else {
      List<String> ungrounded = new Grounding(p.title(), p.summary()).ungrounded(line);
      if (!ungrounded.isEmpty()) {
        problem = "numbers not in the abstract: " + String.join(", ", ungrounded);
      }
    }
    if (problem != null) {
      LOG.info("{}: one-line summary left out: {}", p.id(), problem);
      return Optional.empty();
    }
    return Optional.of(line);
  }

  private static Map<String, String> parse(String answer) {
    Map<String, String> out = new LinkedHashMap<>();
    if (answer == null) {
      return out;
    }
    try {
      JsonNode root = JSON.readTree(AnalysisParser.jsonPart(answer));
      for (JsonNode item : root.path(LineSchema.SUMMARIES)) {
        if (item.path(LineSchema.ID).isTextual() && item.path(LineSchema.SUMMARY).isTextual()) {
          out.putIfAbsent(
              item.get(LineSchema.ID).asText().strip(), item.get(LineSchema.SUMMARY).asText());
        }
      }
    } catch (JsonProcessingException e) {
      LOG.warn("One-line summaries: the answer is not JSON: {}", e.getOriginalMessage());
    }
    return out;
  }

  static List<Turn> conversation(List<Paper> papers) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Paper p : papers) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("arxiv_id", p.id());
      item.put("title", p.title());
      String summary = p.summary();
      item.put(
          "abstract",
          summary.length() > Prompt.MAX_ABSTRACT
              ? summary.substring(0, Prompt.MAX_ABSTRACT) + "…"
              : summary);
      items.add(item);
    }
    try {
      String json =
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("papers", items));
      return List.of(Turn.system(SYSTEM), Turn.user(USER.replace("{{papers}}", json)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the papers", e);
    }
  }

  private static AnalysisCache.Key key(Paper p, String model) {
    return new AnalysisCache.Key(
        p.id(), Digester.key(p, Excerpt.NONE, model).textSha256(), VERSION, model);
  }
}
