package dev.paperboy.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperboy.arxiv.FullText;
import dev.paperboy.hf.Paper;
import dev.paperboy.util.Bundled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned Korean prompt ({@code prompts/digest-v2.*.md}). The paper goes into the user
 * message as a JSON object, so title, abstract and body stay quoted data, and the system message
 * tells the model that data is never instructions. The body, when read, is the {@link Excerpt}:
 * each section with its number ({@code "section": "§4.2"}) and title, each table with its number
 * ({@code "table": "표 2"}), caption and rows, so that the model can cite them. Changing any prompt
 * file means a new {@link #VERSION}: the version is part of the cache key.
 */
public final class Prompt {
  /** The prompt version recorded in the cache and in each post's front matter. */
  public static final String VERSION = "digest-v2";

  /** What every version of the digest prompt starts with, for finding any paper's analysis. */
  public static final String FAMILY = "digest-";

  static final int MAX_ABSTRACT = 6_000;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String SYSTEM = load(VERSION, "system");
  private static final String USER = load(VERSION, "user");
  private static final String REPAIR = load(VERSION, "repair");

  private Prompt() {}

  /** The opening conversation for one paper read from its abstract alone. */
  public static List<Turn> conversation(Paper paper) {
    return conversation(paper, Excerpt.NONE);
  }

  /** The opening conversation for one paper: the system rules and the paper as data. */
  public static List<Turn> conversation(Paper paper, Excerpt body) {
    return List.of(
        Turn.system(SYSTEM), Turn.user(USER.replace("{{paper}}", paperJson(paper, body))));
  }

  /** The follow-up that asks the model to fix {@code problems} in its previous answer. */
  public static Turn repair(List<String> problems) {
    StringBuilder list = new StringBuilder();
    for (String p : problems) {
      list.append("- ").append(p).append('\n');
    }
    return Turn.user(REPAIR.replace("{{problems}}", list.toString().strip()));
  }

  static String paperJson(Paper p, Excerpt body) {
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
    if (!body.isEmpty()) {
      paper.put("full_text", fullText(body));
    }
    try {
      return JSON.writeValueAsString(Map.of("paper", paper));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise paper " + p.id(), e);
    }
  }

  private static Map<String, Object> fullText(Excerpt body) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Excerpt.Part part : body.sections()) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("section", part.label());
      section.put("title", part.title());
      section.put("paragraphs", part.paragraphs());
      sections.add(section);
    }
    List<Map<String, Object>> tables = new ArrayList<>();
    for (FullText.Table t : body.tables()) {
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("table", t.number().isEmpty() ? "" : t.label());
      table.put("in_section", t.section().isEmpty() ? "" : "§" + t.section());
      table.put("caption", t.caption());
      table.put("rows", t.rows().stream().map(r -> String.join(" | ", r)).toList());
      tables.add(table);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "note",
        body.complete() ? "논문 본문 전체 (참고문헌 제외)" : "논문 본문 발췌 (분량 제한으로 일부 문단과 부록 생략, 참고문헌 제외)");
    out.put("sections", sections);
    out.put("tables", tables);
    return out;
  }

  /** The bundled prompt file {@code prompts/VERSION.PART.md}, stripped. */
  static String load(String version, String part) {
    String name = "prompts/" + version + "." + part + ".md";
    return Bundled.text(name).strip();
  }
}
