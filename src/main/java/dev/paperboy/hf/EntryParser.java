package dev.paperboy.hf;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.util.Instants;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a {@code daily_papers} response body into {@link Paper}s, leniently: every schema
 * generation since 2024 is accepted (legacy {@code mediaUrl} and {@code submitterOrganization},
 * absent optional fields, unknown fields ignored). Only what makes the list unusable is an error:
 * malformed JSON, a body that is not an array, an entry without an arXiv id or title.
 */
public final class EntryParser {
  private static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EntryParser() {}

  /**
   * Parses a whole response body. Bytes are decoded as JSON requires (UTF-8), never with the
   * platform charset.
   *
   * @param origin the URL or file, named in error messages
   * @return papers de-duplicated by id (the entry with the most upvotes wins), in body order
   * @throws SourceFormatException when the body is not a list of Daily Papers entries
   */
  public static List<Paper> parse(byte[] body, String origin) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new SourceFormatException(
          origin, "malformed or truncated JSON" + where + " (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new SourceFormatException(origin, "cannot read the body: " + e, e);
    }
    if (root == null || root.isMissingNode()) {
      throw new SourceFormatException(origin, "empty body, expected a JSON array");
    }
    if (root.isObject() && root.hasNonNull("error")) {
      throw new SourceFormatException(origin, "error body: " + root.get("error").asText());
    }
    if (!root.isArray()) {
      throw new SourceFormatException(
          origin, "expected a JSON array of entries, got " + root.getNodeType());
    }
    Map<String, Paper> byId = new LinkedHashMap<>();
    for (int i = 0; i < root.size(); i++) {
      Paper paper = entry(root.get(i), origin, i);
      byId.merge(paper.id(), paper, (a, b) -> b.counts().upvotes() > a.counts().upvotes() ? b : a);
    }
    return List.copyOf(byId.values());
  }

  private static Paper entry(JsonNode entry, String origin, int index) {
    if (!entry.isObject()) {
      throw new SourceFormatException(
          origin, "entry " + index + " is a " + entry.getNodeType() + ", expected an object");
    }
    JsonNode paper = entry.path("paper");
    if (!paper.isObject()) {
      throw new SourceFormatException(origin, "entry " + index + " has no \"paper\" object");
    }
    String id = text(paper, "id");
    if (id == null || !ARXIV_ID.matcher(id).matches()) {
      throw new SourceFormatException(
          origin, "entry " + index + " has no valid arXiv id in paper.id (" + id + ")");
    }
    String title = TextCleaner.singleLine(firstText(entry, "title", paper, "title"));
    if (title == null || title.isEmpty()) {
      throw new SourceFormatException(origin, "entry " + index + " (" + id + ") has no title");
    }
    String githubRepo = TextCleaner.url(text(paper, "githubRepo"));
    String projectPage = TextCleaner.url(text(paper, "projectPage"));
    String fallbackUrl =
        githubRepo != null
            ? githubRepo
            : projectPage != null ? projectPage : "https://arxiv.org/abs/" + id;
    JsonNode org = firstObject(entry.path("organization"), paper.path("organization"));
    if (org == null) {
      org = firstObject(entry.path("submitterOrganization"), null);
    }
    return new Paper(
        id,
        title,
        TextCleaner.abstractText(firstText(paper, "summary", entry, "summary"), fallbackUrl),
        authors(paper.path("authors")),
        org == null ? null : organization(org),
        githubRepo,
        projectPage,
        TextCleaner.singleLine(text(paper, "ai_summary")),
        strings(paper.path("ai_keywords")),
        TextCleaner.singleLine(text(paper, "ai_summary_model")),
        TextCleaner.url(firstText(entry, "thumbnail", entry, "mediaUrl")),
        urls(entry.path("mediaUrls").isArray() ? entry.path("mediaUrls") : paper.path("mediaUrls")),
        instant(paper, "publishedAt"),
        instant(paper, "submittedOnDailyAt"),
        submitter(entry, paper),
        new Counts(
            paper.path("upvotes").asInt(0),
            entry.path("numComments").asInt(0),
            paper.path("githubStars").canConvertToInt() ? paper.get("githubStars").asInt() : null));
  }

  private static List<String> authors(JsonNode authors) {
    List<String> names = new ArrayList<>();
    for (JsonNode author : authors) {
      String name = TextCleaner.singleLine(text(author, "name"));
      if (!author.path("hidden").asBoolean(false) && name != null && !name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static Organization organization(JsonNode org) {
    String name = TextCleaner.singleLine(text(org, "name"));
    String fullname = TextCleaner.singleLine(text(org, "fullname"));
    if ((name == null || name.isEmpty()) && (fullname == null || fullname.isEmpty())) {
      return null;
    }
    return new Organization(name, fullname, TextCleaner.hubUrl(text(org, "avatar")));
  }

  private static String submitter(JsonNode entry, JsonNode paper) {
    String byDaily = text(paper.path("submittedOnDailyBy"), "user");
    return TextCleaner.singleLine(
        byDaily != null ? byDaily : text(entry.path("submittedBy"), "name"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      String s = item.isTextual() ? TextCleaner.singleLine(item.asText()) : null;
      if (s != null && !s.isEmpty() && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> urls(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      String url = item.isTextual() ? TextCleaner.url(item.asText()) : null;
      if (url != null && !out.contains(url)) {
        out.add(url);
      }
    }
    return out;
  }

  private static Instant instant(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    try {
      return Instants.parse(value).truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static String firstText(JsonNode a, String fieldA, JsonNode b, String fieldB) {
    String first = text(a, fieldA);
    return first != null && !first.isBlank() ? first : text(b, fieldB);
  }

  private static JsonNode firstObject(JsonNode a, JsonNode b) {
    if (a != null && a.isObject()) {
      return a;
    }
    return b != null && b.isObject() ? b : null;
  }
}
