package dev.paperboy.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperboy.hf.Paper;
import dev.paperboy.util.Bundled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned Korean prompt ({@code prompts/digest-v1.*.md}). The paper goes into the user
 * message as a JSON object, so title and abstract stay quoted data, and the system message tells
 * the model that data is never instructions. Changing any prompt file means a new {@link #VERSION}:
 * the version is part of the cache key.
 */
public final class Prompt {
  /** The prompt version recorded in the cache and in each post's front matter. */
  public static final String VERSION = "digest-v1";

  static final int MAX_ABSTRACT = 6_000;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String SYSTEM = load(VERSION, "system");
  private static final String USER = load(VERSION, "user");
  private static final String REPAIR = load(VERSION, "repair");

  private Prompt() {}

  /** The opening conversation for one paper: the system rules and the paper as data. */
  public static List<Turn> conversation(Paper paper) {
    return List.of(Turn.system(SYSTEM), Turn.user(USER.replace("{{paper}}", paperJson(paper))));
  }

  /** The follow-up that asks the model to fix {@code problems} in its previous answer. */
  public static Turn repair(List<String> problems) {
    StringBuilder list = new StringBuilder();
    for (String p : problems) {
      list.append("- ").append(p).append('\n');
    }
    return Turn.user(REPAIR.replace("{{problems}}", list.toString().strip()));
  }

  static String paperJson(Paper p) {
    Map<String, Object> paper = new LinkedHashMap<>();
    paper.put("arxiv_id", p.id());
    paper.put("title", p.title());
    String summary = p.summary();
    paper.put(
        "abstract",
        summary.length() > MAX_ABSTRACT ? summary.substring(0, MAX_ABSTRACT) + "…" : summary);
    paper.put("organization", p.organization() == null ? null : p.organization().displayName());
    paper.put("hf_ai_keywords", p.aiKeywords());
    paper.put("has_code", p.githubRepo() != null);
    paper.put("has_project_page", p.projectPage() != null);
    try {
      return JSON.writeValueAsString(Map.of("paper", paper));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise paper " + p.id(), e);
    }
  }

  /** The bundled prompt file {@code prompts/VERSION.PART.md}, stripped. */
  static String load(String version, String part) {
    String name = "prompts/" + version + "." + part + ".md";
    return Bundled.text(name).strip();
  }
}
