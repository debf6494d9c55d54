package dev.paperboy.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.Counts;
import dev.paperboy.hf.Organization;
import dev.paperboy.hf.Paper;
import dev.paperboy.radar.Matches;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import dev.paperboy.util.Instants;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable companion of a daily post ({@code _data/papers/daily-YYYY-MM-DD.json}):
 * every paper of the day, ranked, with where and when its counters were read. Plain data, never run
 * through Liquid, so text is stored unescaped. Keys are snake_case; output is UTF-8 with {@code \n}
 * line ends and a stable key order.
 */
public final class DailyData {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.ALWAYS)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final ObjectWriter WRITER =
      JSON.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withoutSpacesInObjectEntries());

  private DailyData() {}

  /** The data file's path relative to the site root. */
  public static String path(LocalDate date) {
    return "_data/papers/daily-" + date + ".json";
  }

  /** Renders the day as JSON bytes, ending with a newline. */
  public static byte[] render(RankedDay day, String generator) {
    return render(day, generator, Map.of());
  }

  /** As {@link #render(RankedDay, String)}, with each paper's Korean one-line summary, if any. */
  public static byte[] render(RankedDay day, String generator, Map<String, String> lines) {
    return render(day, generator, lines, Matches.NONE);
  }

  /**
   * As {@link #render(RankedDay, String, Map)}, with the watchlists each paper matched ({@code
   * "watchlists": [{"name", "why"}]}, on matched papers only).
   */
  public static byte[] render(
      RankedDay day, String generator, Map<String, String> lines, Matches watched) {
    List<Paper> ranked = day.papers();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Paper p = ranked.get(i);
      items.add(
          new Item(
              i + 1,
              p.id(),
              p.title(),
              lines.get(p.id()),
              watched.of(p.id()).stream().map(m -> new Watched(m.name(), m.why())).toList(),
              p.summary(),
              p.authors(),
              p.organization() == null
                  ? null
                  : new Org(p.organization().name(), p.organization().fullname()),
              p.counts().upvotes(),
              p.counts().comments(),
              p.counts().githubStars(),
              p.hfUrl(),
              p.arxivUrl(),
              p.githubRepo(),
              p.projectPage(),
              p.aiSummary(),
              p.aiKeywords(),
              p.thumbnail(),
              p.mediaUrls(),
              p.publishedAt() == null ? null : p.publishedAt().toString(),
              p.submittedOnDailyAt() == null ? null : p.submittedOnDailyAt().toString(),
              p.submittedBy()));
    }
    Document doc =
        new Document(
            day.date().toString(),
            day.papers().size(),
            new Provenance(
                day.source(),
                day.countsAsOf() == null ? null : day.countsAsOf().toString(),
                Ranking.DESCRIPTION,
                generator),
            items);
    try {
      // Through a String: Jackson's byte generator escapes emoji as surrogate pairs, which is
      // valid JSON but not valid YAML, and Jekyll reads _data JSON files with a YAML parser.
      return (WRITER.writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a data file back as the day it was rendered from: every paper with the counters shown and
   * when they were seen. What the file does not hold (organization avatars, the AI summary's model)
   * comes back null. This is what {@code archive rebuild} restores an archive from.
   *
   * @throws IllegalArgumentException when {@code json} is not a Paperboy data file
   */
  public static ArchivedDay read(byte[] json) {
    Document doc;
    try {
      doc = JSON.readValue(json, Document.class);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a Paperboy data file: " + e.getMessage(), e);
    }
    if (doc == null || doc.date() == null || doc.papers() == null) {
      throw new IllegalArgumentException("not a Paperboy data file: no date or papers");
    }
    List<Paper> papers = new ArrayList<>();
    for (Item i : doc.papers()) {
      papers.add(
          new Paper(
              i.id(),
              i.title(),
              i.summary() == null ? "" : i.summary(),
              i.authors() == null ? List.of() : i.authors(),
              i.organization() == null
                  ? null
                  : new Organization(i.organization().name(), i.organization().fullname(), null),
              i.githubRepo(),
              i.projectPage(),
              i.aiSummary(),
              i.aiKeywords() == null ? List.of() : i.aiKeywords(),
              null,
              i.thumbnail(),
              i.mediaUrls() == null ? List.of() : i.mediaUrls(),
              i.publishedAt() == null ? null : Instants.parse(i.publishedAt()),
              i.submittedOnDailyAt() == null ? null : Instants.parse(i.submittedOnDailyAt()),
              i.submittedBy(),
              new Counts(i.upvotes(), i.comments(), i.githubStars())));
    }
    Provenance p = doc.provenance();
    return new ArchivedDay(
        LocalDate.parse(doc.date()),
        papers,
        p == null || p.countsAsOf() == null ? null : Instants.parse(p.countsAsOf()),
        p == null ? null : p.source());
  }

  /**
   * The key of a Korean line as it appears in a file: quote, name, quote, colon. Inside a JSON
   * string a quote is escaped, so these bytes only occur as a key: a file without them has no line,
   * and is not parsed (a month's report reads every data file of the month).
   */
  private static final byte[] LINE_KEY =
      "\"one_line_summary\":".getBytes(StandardCharsets.US_ASCII);

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The Korean one-line summaries a data file holds, by arXiv id; empty for a file without any or
   * one that is not a Paperboy data file.
   */
  public static Map<String, String> lines(byte[] json) {
    if (!contains(json, LINE_KEY)) {
      return Map.of();
    }
    Document doc;
    try {
      doc = JSON.readValue(json, Document.class);
    } catch (java.io.IOException e) {
      return Map.of();
    }
    Map<String, String> lines = new java.util.HashMap<>();
    if (doc != null && doc.papers() != null) {
      for (Item i : doc.papers()) {
        if (i != null && i.id() != null && i.oneLineSummary() != null) {
          lines.put(i.id(), i.oneLineSummary());
        }
      }
    }
    return lines;
  }

  /**
   * The watchlists each paper of a data file matched, by arXiv id (papers that matched none are not
   * in it); empty for a file that is not a Paperboy data file.
   */
  public static Map<String, List<String>> watchlists(byte[] json) {
    Document doc;
    try {
      doc = JSON.readValue(json, Document.class);
    } catch (java.io.IOException e) {
      return Map.of();
    }
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    if (doc != null && doc.papers() != null) {
      for (Item i : doc.papers()) {
        if (i != null && i.id() != null && i.watchlists() != null && !i.watchlists().isEmpty()) {
          out.put(i.id(), i.watchlists().stream().map(Watched::name).toList());
        }
      }
    }
    return out;
  }

  record Document(String date, int total, Provenance provenance, List<Item> papers) {}

  record Provenance(String source, String countsAsOf, String ranking, String generator) {}

  record Org(String name, String fullname) {}

  /** A watchlist a paper matched, and why. */
  record Watched(String name, String why) {}

  record Item(
      int rank,
      String id,
      String title,
      @JsonInclude(JsonInclude.Include.NON_NULL) String oneLineSummary,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Watched> watchlists,
      String summary,
      List<String> authors,
      Org organization,
      int upvotes,
      int comments,
      Integer githubStars,
      String hfUrl,
      String arxivUrl,
      String githubRepo,
      String projectPage,
      String aiSummary,
      List<String> aiKeywords,
      String thumbnail,
      List<String> mediaUrls,
      String publishedAt,
      String submittedOnDailyAt,
      String submittedBy) {}
}
