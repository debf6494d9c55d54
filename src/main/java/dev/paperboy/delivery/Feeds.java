package dev.paperboy.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.Paper;
import dev.paperboy.publish.DailyData;
import dev.paperboy.site.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;
import org.jsoup.parser.Parser;

/**
 * Writes the site's Atom 1.0 feeds with Rome, from what the site holds (the posts' data files and
 * the digest posts' front matter), only when their bytes change:
 *
 * <ul>
 *   <li>{@value #PAPERS}: one entry per paper of the daily post's top N, for each of the last
 *       {@code feedDays} list dates; its id {@code tag:HOST,YEAR:paper/ID/DATE}, linked to the
 *       Hugging Face page, dated the list date, summarised by the Korean one-line summary (else
 *       Hugging Face's summary, else the abstract), by the organization when known;
 *   <li>{@value #DIGEST}: one entry per digest post, the last {@code feedPosts}, linked to the
 *       post, summarised by its {@code description}.
 * </ul>
 *
 * Every date written is a list date, never the run's clock, so a re-run changes no byte. Text is
 * {@code type="text"} and escaped by the XML writer; characters XML cannot hold are dropped. Jekyll
 * copies {@code feed/} into {@code _site/feed/} as it is.
 */
public final class Feeds {
  public static final String PAPERS = "feed/papers.xml";
  public static final String DIGEST = "feed/digest.xml";

  static final int MAX_SUMMARY = 600;
  private static final Pattern DATA = Pattern.compile("daily-(\\d{4}-\\d{2}-\\d{2})\\.json");
  private static final Pattern DIGEST_POST =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-daily-papers-top5\\.md");
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final DeliverySettings settings;
  private final Path site;
  private final SiteWriter writer;
  private final Blog blog;
  private final int top;
  private final Map<String, String> watchlists;

  /**
   * @param top how many papers of each date the papers feed has: the daily post's top N
   * @param watchlists each watchlist's title by name: each gets {@code feed/watch-NAME.xml}
   */
  public Feeds(
      DeliverySettings settings,
      Path site,
      SiteWriter writer,
      Blog blog,
      int top,
      Map<String, String> watchlists) {
    this.settings = settings;
    this.site = site;
    this.writer = writer;
    this.blog = blog;
    this.top = top;
    this.watchlists = new LinkedHashMap<>(watchlists);
  }

  /** The path of watchlist {@code name}'s feed. */
  public static String watch(String name) {
    return "feed/watch-" + name + ".xml";
  }

  /** What writing the feeds came to: each file's result by path, or why they were not written. */
  public record Report(Map<String, SiteWriter.Result> files, String problem) {
    public Report {
      files = Map.copyOf(files);
    }

    /** Feeds off: nothing written. */
    public static final Report NONE = new Report(Map.of(), null);

    /** The line for the run's summary when a feed changed, else empty. */
    public java.util.Optional<String> line() {
      List<String> changed =
          new java.util.TreeMap<>(files)
              .entrySet().stream()
                  .filter(f -> f.getValue() != SiteWriter.Result.UNCHANGED)
                  .map(
                      f ->
                          f.getKey() + " " + f.getValue().name().toLowerCase(java.util.Locale.ROOT))
                  .toList();
      return changed.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of("Feeds: " + String.join(", ", changed) + ".");
    }
  }

  /** Writes both feeds; never throws: a failure is the report's problem. */
  public Report write() {
    if (!settings.feeds()) {
      return Report.NONE;
    }
    Map<String, SiteWriter.Result> out = new LinkedHashMap<>();
    try {
      out.put(PAPERS, writer.write(PAPERS, papers()));
      out.put(DIGEST, writer.write(DIGEST, digest()));
      for (Map.Entry<String, String> w : watchlists.entrySet()) {
        out.put(
            watch(w.getKey()), writer.write(watch(w.getKey()), watched(w.getKey(), w.getValue())));
      }
      return new Report(out, null);
    } catch (RuntimeException e) {
      return new Report(out, "Feeds: not written: " + e.getMessage());
    }
  }

  /** The papers feed's XML. */
  String papers() {
    Entries e = paperEntries(null);
    return output(feed("papers", "Hugging Face Daily Papers", PAPERS, e.list(), e.newest()));
  }

  /** Watchlist {@code name}'s feed: every paper it matched over the same dates. */
  String watched(String name, String title) {
    Entries e = paperEntries(name);
    return output(
        feed(
            "watch-" + name,
            "Hugging Face Daily Papers — " + title,
            watch(name),
            e.list(),
            e.newest()));
  }

  /** A feed's entries and the newest list date they come from (null when none). */
  private record Entries(List<Entry> list, LocalDate newest) {}

  /** The entries of the papers feed, or of a watchlist's feed when {@code watchlist} is set. */
  private Entries paperEntries(String watchlist) {
    List<Entry> entries = new ArrayList<>();
    LocalDate newest = null;
    for (LocalDate date : newest(site.resolve("_data/papers"), DATA, settings.feedDays())) {
      byte[] json;
      ArchivedDay day;
      try {
        json = Files.readAllBytes(site.resolve(DailyData.path(date)));
        day = DailyData.read(json);
      } catch (IOException | IllegalArgumentException e) {
        continue;
      }
      newest = newest == null ? date : newest;
      Map<String, String> lines = DailyData.lines(json);
      Map<String, List<String>> watched = watchlist == null ? Map.of() : DailyData.watchlists(json);
      int rank = 0;
      for (Paper p : day.papers()) {
        if (++rank > top && watchlist == null) {
          break;
        }
        if (watchlist != null && !watched.getOrDefault(p.id(), List.of()).contains(watchlist)) {
          continue;
        }
        Entry e = new Entry();
        e.setId("tag:" + blog.host() + "," + date.getYear() + ":paper/" + p.id() + "/" + date);
        e.setTitle(xml(p.title()));
        e.setAlternateLinks(List.of(link("alternate", p.hfUrl())));
        e.setPublished(at(date));
        e.setUpdated(at(date));
        String summary =
            lines.get(p.id()) != null
                ? lines.get(p.id())
                : p.aiSummary() != null && !p.aiSummary().isBlank() ? p.aiSummary() : p.summary();
        e.setSummary(text("#" + rank + " · 👍 " + p.counts().upvotes() + " · " + cut(summary)));
        if (p.organization() != null && p.organization().displayName() != null) {
          e.setAuthors(List.of(person(p.organization().displayName())));
        }
        entries.add(e);
      }
    }
    return new Entries(entries, newest);
  }

  /** The digest feed's XML. */
  String digest() {
    List<Entry> entries = new ArrayList<>();
    LocalDate newest = null;
    for (LocalDate date : newest(site.resolve("_posts"), DIGEST_POST, settings.feedPosts())) {
      JsonNode front = frontMatter(site.resolve("_posts/" + date + "-daily-papers-top5.md"));
      if (front == null) {
        continue;
      }
      newest = newest == null ? date : newest;
      String permalink = front.path("permalink").asText("");
      Entry e = new Entry();
      e.setId("tag:" + blog.host() + "," + date.getYear() + ":digest/" + date);
      e.setTitle(xml(front.path("title").asText("Daily Papers " + date)));
      if (!permalink.isEmpty()) {
        e.setAlternateLinks(
            List.of(link("alternate", blog.absolute(permalink).orElse(blog.relative(permalink)))));
      }
      e.setPublished(at(date));
      e.setUpdated(at(date));
      // The description is escaped for a raw HTML attribute (themes print it so); the feed's text
      // is escaped by the XML writer, so it takes the plain text.
      e.setSummary(text(cut(Parser.unescapeEntities(front.path("description").asText(""), false))));
      entries.add(e);
    }
    return output(feed("digest", "Hugging Face Daily Papers — 심층 분석", DIGEST, entries, newest));
  }

  private Feed feed(String name, String title, String path, List<Entry> entries, LocalDate newest) {
    Feed feed = new Feed("atom_1.0");
    feed.setId("tag:" + blog.host() + ",2024:feed/" + name);
    feed.setTitle(title);
    feed.setUpdated(at(newest == null ? LocalDate.of(2024, 1, 1) : newest));
    List<Link> links = new ArrayList<>();
    links.add(link("self", blog.absolute("/" + path).orElse(blog.relative("/" + path))));
    blog.absolute("/").ifPresent(home -> links.add(link("alternate", home)));
    feed.setOtherLinks(links.stream().filter(l -> l.getRel().equals("self")).toList());
    feed.setAlternateLinks(links.stream().filter(l -> l.getRel().equals("alternate")).toList());
    feed.setAuthors(List.of(person("Paperboy")));
    feed.setEntries(entries);
    return feed;
  }

  /** The feed as Rome writes it, pretty-printed with Unix line ends (Rome's default is CRLF). */
  private static String output(Feed feed) {
    try {
      Format format = Format.getPrettyFormat().setLineSeparator(LineSeparator.UNIX);
      return new XMLOutputter(format).outputString(new WireFeedOutput().outputJDom(feed));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
    }
  }

  /** The newest {@code n} dates named by files matching {@code pattern} in {@code dir}. */
  private static List<LocalDate> newest(Path dir, Pattern pattern, int n) {
    List<LocalDate> dates = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return dates;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        Matcher m = pattern.matcher(f.getFileName().toString());
        if (m.matches()) {
          try {
            dates.add(LocalDate.parse(m.group(1)));
          } catch (java.time.DateTimeException e) {
            // not a date: not one of ours
          }
        }
      }
    } catch (IOException e) {
      return dates;
    }
    dates.sort(Comparator.reverseOrder());
    return dates.subList(0, Math.min(n, dates.size()));
  }

  /** The YAML front matter of a post, or null when it has none or cannot be read. */
  private static JsonNode frontMatter(Path post) {
    try {
      String text = Files.readString(post, StandardCharsets.UTF_8);
      if (!text.startsWith("---\n")) {
        return null;
      }
      int end = text.indexOf("\n---\n", 4);
      if (end < 0) {
        return null;
      }
      JsonNode node = YAML.readTree(text.substring(4, end));
      return node != null && node.isObject() ? node : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Date at(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static Link link(String rel, String href) {
    Link l = new Link();
    l.setRel(rel);
    l.setHref(href);
    return l;
  }

  private static Content text(String value) {
    Content c = new Content();
    c.setType(Content.TEXT);
    c.setValue(xml(value));
    return c;
  }

  private static SyndPerson person(String name) {
    Person p = new Person();
    p.setName(xml(name));
    return p;
  }

  private static String cut(String text) {
    String t = text == null ? "" : text.strip();
    return t.length() > MAX_SUMMARY ? t.substring(0, MAX_SUMMARY - 1) + "…" : t;
  }

  /** {@code text} without the characters XML 1.0 cannot hold. */
  static String xml(String text) {
    return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
  }
}
