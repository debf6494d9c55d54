package dev.paperboy.publish;

import dev.paperboy.hf.Paper;
import dev.paperboy.radar.Matches;
import dev.paperboy.rank.RankedDay;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily ranked post ({@code _posts/YYYY-MM-DD-daily-papers.md}): front matter from {@link
 * PostSettings}, body from the {@value #TEMPLATE} template. The same day and settings always give
 * the same bytes.
 */
public final class DailyPost {
  /** The template name, overridable in the site. */
  public static final String TEMPLATE = "daily-post.md.peb";

  /** The template of the front matter's {@code description}, overridable in the site. */
  public static final String DESCRIPTION = "daily-description.txt.peb";

  /** The longest title a description quotes, in characters. */
  static final int DESCRIPTION_TITLE = 90;

  static final int MAX_TITLE = 500;
  static final int MAX_ABSTRACT = 5_000;
  static final int MAX_LINE = 300;

  private final Templates templates;
  private final PostSettings settings;

  public DailyPost(Templates templates, PostSettings settings) {
    this.templates = templates;
    this.settings = settings;
  }

  /** The post's path relative to the site root. */
  public static String path(LocalDate date) {
    return "_posts/" + date + "-daily-papers.md";
  }

  /** Renders the post for a non-empty day, showing its {@code top} best-ranked papers. */
  public String render(RankedDay day, int top) {
    return render(day, top, Map.of());
  }

  /**
   * Renders the post, each paper with its Korean one-line summary from {@code lines} (by arXiv id)
   * when it has one.
   */
  public String render(RankedDay day, int top, Map<String, String> lines) {
    return render(day, top, lines, Matches.NONE);
  }

  /**
   * Renders the post with, after the top list, {@code ## 📌 관심 논문}: per watchlist, the papers it
   * matched that the top list does not show, with why (none when nothing matched).
   */
  public String render(RankedDay day, int top, Map<String, String> lines, Matches watched) {
    if (day.papers().isEmpty()) {
      throw new IllegalArgumentException("no papers on " + day.date());
    }
    String title = settings.title().replace("{date}", day.date().toString());
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", title);
    front.put("date", settings.frontMatterDate(day.date()));
    front.put("categories", settings.categories());
    front.put("tags", settings.tags());
    if (settings.author() != null && !settings.author().isBlank()) {
      front.put("author", settings.author());
    }
    front.put("permalink", settings.permalink().of(day.date()));
    Paper first = day.papers().get(0);
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("title", MarkdownText.cut(first.title(), DESCRIPTION_TITLE));
    card.put("upvotes", first.counts().upvotes());
    card.put("others", Math.min(top, day.papers().size()) - 1);
    card.put("total", day.papers().size());
    front.put("description", templates.render(DESCRIPTION, card).strip());

    List<Paper> ranked = day.top(top);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      entries.add(entry(i + 1, ranked.get(i), lines.get(ranked.get(i).id())));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("date", day.date().toString());
    model.put("total", day.papers().size());
    model.put("shown", entries.size());
    model.put("countsAsOf", settings.asOf(day.countsAsOf()));
    model.put("entries", entries);
    model.put("watchlists", watchlists(day, ranked.size(), watched));
    return FrontMatter.of(front) + "\n" + templates.render(TEMPLATE, model).strip() + "\n";
  }

  /** A watchlist's papers below the top list, as the template shows them. */
  public record Watched(String title, List<WatchedPaper> papers) {}

  /** One of them: its rank of the day, title, link, upvotes and why it matched. */
  public record WatchedPaper(int rank, String title, SafeString hfUrl, int upvotes, String why) {}

  private static List<Watched> watchlists(RankedDay day, int shown, Matches watched) {
    List<Watched> out = new ArrayList<>();
    for (var w : watched.watchlists()) {
      List<WatchedPaper> papers = new ArrayList<>();
      for (int i = shown; i < day.papers().size(); i++) {
        Paper p = day.papers().get(i);
        watched.of(p.id()).stream()
            .filter(m -> m.name().equals(w.name()))
            .findFirst()
            .ifPresent(
                m ->
                    papers.add(
                        new WatchedPaper(
                            day.papers().indexOf(p) + 1,
                            MarkdownText.cut(p.title(), MAX_TITLE),
                            MarkdownText.link(p.hfUrl()),
                            p.counts().upvotes(),
                            m.why())));
      }
      if (!papers.isEmpty()) {
        out.add(new Watched(w.title(), papers));
      }
    }
    return out;
  }

  /** A paper as the daily entry format shows it; the monthly report shows its papers so too. */
  static Entry entry(int rank, Paper p, String line) {
    return new Entry(
        rank,
        MarkdownText.cut(p.title(), MAX_TITLE),
        line == null ? null : MarkdownText.cut(line, MAX_LINE),
        p.counts().upvotes(),
        p.counts().comments(),
        organization(p),
        MarkdownText.link(p.hfUrl()),
        MarkdownText.link(p.arxivUrl()),
        MarkdownText.link(p.githubRepo()),
        p.counts().githubStars(),
        MarkdownText.link(p.projectPage()),
        p.summary().isBlank() ? "(초록 없음)" : MarkdownText.cut(p.summary(), MAX_ABSTRACT));
  }

  /** The 기관 line: the organization's full name, or a stated fallback from the authors. */
  static String organization(Paper p) {
    if (p.organization() != null) {
      return p.organization().displayName();
    }
    List<String> authors = p.authors();
    return switch (authors.size()) {
      case 0 -> "정보 없음";
      case 1 -> "정보 없음 (저자: " + authors.get(0) + ")";
      default -> "정보 없음 (저자: " + authors.get(0) + " 외 " + (authors.size() - 1) + "명)";
    };
  }

  /**
   * One ranked paper as the template sees it. Text fields are untrusted and escaped by the template
   * engine on output ({@code title} and {@code abstractText} are cut to a sane length); URLs are
   * {@link SafeString}s that passed {@link MarkdownText#url}, or null when absent. {@code line} is
   * the Korean one-line summary, or null.
   */
  public record Entry(
      int rank,
      String title,
      String line,
      int upvotes,
      int comments,
      String organization,
      SafeString hfUrl,
      SafeString arxivUrl,
      SafeString githubUrl,
      Integer githubStars,
      SafeString projectUrl,
      String abstractText) {}
}
