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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a {@code daily_papers} response body into {@link Paper}s, leniently: every schema
 * generation since 2024 is accepted (legacy {@code mediaUrl} and {@code submitterOrganization},
 * absent optional fields, unknown fields ignored). What makes the whole list unusable is an error:
 * malformed JSON, a body that is not an array, more than {@value #MAX_ENTRIES} entries, or no
 * usable entry at all. One unusable entry (no arXiv id or title, not an object, counters out of
 * range) is skipped with its reason, and the rest of the day goes on.
 */
public final class EntryParser {
  private static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The most entries one day may hold: real days hold well under a hundred. */
  public static final int MAX_ENTRIES = 2_000;

  /** The largest counter believed: more upvotes or comments than any paper has ever had. */
  static final int MAX_COUNT = 1_000_000;

  /** The largest star count believed. */
  static final int MAX_STARS = 10_000_000;

  private EntryParser() {}

  /**
   * A parsed body.
   *
   * @param papers de-duplicated by id ({@link UniquePapers}), in body order
   * @param skipped one reason per entry left out, e.g. {@code entry 3 (2608.00001): no title}
   */
  public record Parsed(List<Paper> papers, List<String> skipped) {
    public Parsed {
      papers = List.copyOf(papers);
      skipped = List.copyOf(skipped);
    }
  }

  /** An entry that cannot be used; the rest of the day can. */
  private static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Parses a whole response body. Bytes are decoded as JSON requires (UTF-8), never with the
   * platform charset.
   *
   * @param origin the URL or file, named in error messages
   * @return papers de-duplicated by id ({@link UniquePapers}), in body order
   * @throws SourceFormatException when the body is not a list of Daily Papers entries
   */
  public static List<Paper> parse(byte[] body, String origin) {
    return read(body, origin).papers();
  }

  /**
   * Parses a whole response body, keeping the reasons of the entries it skipped; see {@link
   * #parse}.
   *
   * @throws SourceFormatException when the body is not a list of Daily Papers entries
   */
  public static Parsed read(byte[] body, String origin) {
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
    if (root.size() > MAX_ENTRIES) {
      throw new SourceFormatException(
          origin,
          "holds "
              + root.size()
              + " entries, more than the "
              + MAX_ENTRIES
              + " a day can have; refused");
    }
    UniquePapers papers = new UniquePapers();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      try {
        papers.add(entry(root.get(i), i));
      } catch (Unusable e) {
        skipped.add(e.getMessage());
      }
    }
    if (papers.isEmpty() && !skipped.isEmpty()) {
      throw new SourceFormatException(
          origin,
          "no usable entry (" + skipped.size() + " skipped; first: " + skipped.get(0) + ")");
    }
    return new Parsed(papers.list(), skipped);
  }

  private static Paper entry(JsonNode entry, int index) throws Unusable {
    if (!entry.isObject()) {
      throw new Unusable(
          "entry " + index + " is a " + entry.getNodeType() + ", expected an object");
    }
    JsonNode paper = entry.path("paper");
    if (!paper.isObject()) {
      throw new Unusable("entry " + index + " has no \"paper\" object");
    }
    String id = text(paper, "id");
    if (id == null || !ARXIV_ID.matcher(id).matches()) {
      throw new Unusable(
          "entry "
              + index
              + " has no valid arXiv id in paper.id ("
              + cut(String.valueOf(id))
              + ")");
    }
    String title = TextCleaner.singleLine(firstText(entry, "title", paper, "title"));
    if (title == null || title.isEmpty()) {
      throw new Unusable("entry " + index + " (" + id + ") has no title");
    }
    int upvotes = count(paper.path("upvotes"), MAX_COUNT, "upvotes", index, id);
    int comments = count(entry.path("numComments"), MAX_COUNT, "numComments", index, id);
    JsonNode starsNode = paper.path("githubStars");
    Integer stars =
        starsNode.isNumber() ? count(starsNode, MAX_STARS, "githubStars", index, id) : null;
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
        new Counts(upvotes, comments, stars));
  }

  /** A counter, 0 when absent; an entry whose counter is not a sane whole number is unusable. */
  private static int count(JsonNode node, int max, String field, int index, String id)
      throws Unusable {
    if (node.isMissingNode() || node.isNull()) {
      return 0;
    }
    if (!node.isIntegralNumber()
        || !node.canConvertToInt()
        || node.asInt() < 0
        || node.asInt() > max) {
      throw new Unusable(
          "entry "
              + index
              + " ("
              + id
              + ") has "
              + field
              + " = "
              + cut(node.asText())
              + ", outside 0 to "
              + max);
    }
    return node.asInt();
  }

  private static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
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
