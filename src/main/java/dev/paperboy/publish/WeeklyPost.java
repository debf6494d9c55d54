package dev.paperboy.publish;

import dev.paperboy.charts.BarChart;
import dev.paperboy.hf.Paper;
import dev.paperboy.radar.Matches;
import dev.paperboy.radar.Watchlist;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.RankedWeek;
import dev.paperboy.rank.Trends;
import dev.paperboy.rank.Week;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The weekly edition ({@code _posts/SATURDAY-weekly-papers.md}) and its chart ({@code
 * assets/img/charts/weekly-2026-W34.svg}): the week's top papers by current upvotes (each once),
 * the fastest risers from the upvote history, the late bloomers, each watchlist's share, and links
 * to the week's daily posts. Dated the Saturday that ends the week once the week is over, the day
 * of its newest list before; the same week always gives the same bytes.
 */
public final class WeeklyPost {
  /** The template name, overridable in the site. */
  public static final String TEMPLATE = "weekly-post.md.peb";

  /** The template of the front matter's {@code description}, overridable in the site. */
  public static final String DESCRIPTION = "weekly-description.txt.peb";

  static final int RISING = 5;
  static final int DAY_TOP = 10;
  static final int LATE_TOP = 20;
  static final int WATCH_TOP = 3;

  private final Templates templates;
  private final PostSettings post;
  private final WeeklySettings settings;

  public WeeklyPost(Templates templates, PostSettings post, WeeklySettings settings) {
    this.templates = templates;
    this.post = post;
    this.settings = settings;
  }

  /** The post's path relative to the site root: dated the week's Saturday. */
  public static String path(Week week) {
    return "_posts/" + week.saturday() + "-weekly-papers.md";
  }

  /** The chart's path relative to the site root. */
  public static String chartPath(Week week) {
    return MonthlyPost.CHART_FOLDER + "/weekly-" + week + ".svg";
  }

  /** A rendered edition: the post and the chart it embeds. */
  public record Rendered(String post, String chart) {}

  /** A riser as the template shows it. */
  public record Riser(
      String title, SafeString hfUrl, int first, int latest, int growth, String perHour) {}

  /** A late bloomer as the template shows it. */
  public record Bloomer(
      String title, SafeString hfUrl, String date, int dayRank, int rank, int upvotes) {}

  /** A watchlist's week: how many papers it matched, and its best three. */
  public record Watched(String title, int papers, List<DailyPost.WatchedPaper> top) {}

  /** A list day of the week and its daily post's URL (null when it has none). */
  public record Day(String date, int papers, SafeString daily) {}

  /**
   * Renders the edition of a week with papers.
   *
   * @param dailyPosts the week's dates whose daily post exists, linked from the edition
   * @param ended whether the week is over
   * @param finished whether the edition is final ({@code paperboy.week_final}): the week is over
   *     and its dates were fetched after it ended
   * @param lines the Korean one-line summaries by arXiv id
   * @param rising the week's fastest risers ({@link Trends#rising})
   * @param late the week's late bloomers ({@link Trends#late})
   * @param watched what the week's papers matched
   */
  public Rendered render(
      RankedWeek week,
      Set<LocalDate> dailyPosts,
      boolean ended,
      boolean finished,
      Map<String, String> lines,
      List<Trends.Rise> rising,
      List<Trends.Late> late,
      Matches watched) {
    if (week.isEmpty()) {
      throw new IllegalArgumentException("no papers in " + week.week());
    }
    Week w = week.week();
    String title = settings.titleOf(w);
    LocalDate dated = ended ? w.saturday() : week.days().get(week.days().size() - 1).date();

    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", title);
    front.put("date", post.frontMatterDate(dated));
    front.put("categories", settings.categories());
    front.put("tags", settings.tags());
    if (post.author() != null && !post.author().isBlank()) {
      front.put("author", post.author());
    }
    front.put("permalink", settings.permalinkOf(w));
    Paper first = week.papers().get(0);
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("year", w.year());
    card.put("week", w.week());
    card.put("papers", week.papers().size());
    card.put("days", week.days().size());
    card.put("title", MarkdownText.cut(first.title(), DailyPost.DESCRIPTION_TITLE));
    card.put("topUpvotes", first.counts().upvotes());
    front.put("description", templates.render(DESCRIPTION, card).strip());
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("week", w.toString());
    provenance.put(
        "upvotes_as_of", week.countsAsOf() == null ? null : week.countsAsOf().toString());
    provenance.put("week_final", ended && finished);
    front.put("paperboy", provenance);

    List<DailyPost.Entry> entries = new ArrayList<>();
    List<Paper> top = week.top(settings.top());
    for (int i = 0; i < top.size(); i++) {
      entries.add(DailyPost.entry(i + 1, top.get(i), lines.get(top.get(i).id())));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("year", w.year());
    model.put("week", w.week());
    model.put("from", w.monday().toString());
    model.put("to", w.sunday().toString());
    model.put("ended", ended);
    model.put("papers", week.papers().size());
    model.put("days", week.days().size());
    model.put("countsAsOf", post.asOf(week.countsAsOf()));
    model.put("baseurl", MonthlyPost.BASEURL);
    model.put("chart", MarkdownText.path("/" + chartPath(w)));
    model.put("top", settings.top());
    model.put("entries", entries);
    model.put("rising", risers(rising));
    model.put("late", bloomers(late));
    model.put("watchlists", watchlists(week, watched));
    model.put(
        "posts",
        week.days().stream()
            .map(
                d ->
                    new Day(
                        d.date().toString(),
                        d.papers().size(),
                        dailyPosts.contains(d.date())
                            ? MarkdownText.path(post.permalink().of(d.date()))
                            : null))
            .toList());
    String text = FrontMatter.of(front) + "\n" + templates.render(TEMPLATE, model).strip() + "\n";
    return new Rendered(text, chart(week));
  }

  /** The week's chart: papers (bars) and their upvotes (line) per list day. */
  public static String chart(RankedWeek week) {
    List<BarChart.Point> bars = new ArrayList<>();
    List<Double> line = new ArrayList<>();
    for (RankedDay day : week.days()) {
      bars.add(
          new BarChart.Point(
              day.date()
                      .getDayOfWeek()
                      .getDisplayName(java.time.format.TextStyle.SHORT, Locale.KOREAN)
                  + " "
                  + day.date().getDayOfMonth(),
              day.papers().size()));
      line.add((double) day.papers().stream().mapToLong(p -> p.counts().upvotes()).sum());
    }
    return BarChart.svg(bars, line, MonthlyPost.WIDTH, MonthlyPost.HEIGHT);
  }

  /** The first {@link #RISING} risers as the weekly and monthly templates show them. */
  static List<Riser> risers(List<Trends.Rise> rising) {
    return rising.stream()
        .limit(RISING)
        .map(
            r ->
                new Riser(
                    MarkdownText.cut(r.paper().title(), DailyPost.MAX_TITLE),
                    MarkdownText.link(r.paper().hfUrl()),
                    r.first(),
                    r.latest(),
                    r.growth(),
                    String.format(Locale.ROOT, "%.1f", r.perHour())))
        .toList();
  }

  private static List<Bloomer> bloomers(List<Trends.Late> late) {
    return late.stream()
        .map(
            l ->
                new Bloomer(
                    MarkdownText.cut(l.paper().title(), DailyPost.MAX_TITLE),
                    MarkdownText.link(l.paper().hfUrl()),
                    l.date().toString(),
                    l.dayRank(),
                    l.rank(),
                    l.paper().counts().upvotes()))
        .toList();
  }

  private static List<Watched> watchlists(RankedWeek week, Matches watched) {
    List<Watched> out = new ArrayList<>();
    for (Watchlist w : watched.watchlists()) {
      List<Paper> matched =
          week.papers().stream().filter(p -> watched.matched(p.id(), w.name())).toList();
      List<DailyPost.WatchedPaper> top = new ArrayList<>();
      for (Paper p : matched.subList(0, Math.min(WATCH_TOP, matched.size()))) {
        String why =
            watched.of(p.id()).stream()
                .filter(m -> m.name().equals(w.name()))
                .findFirst()
                .orElseThrow()
                .why();
        top.add(
            new DailyPost.WatchedPaper(
                week.papers().indexOf(p) + 1,
                MarkdownText.cut(p.title(), DailyPost.MAX_TITLE),
                MarkdownText.link(p.hfUrl()),
                p.counts().upvotes(),
                why));
      }
      out.add(new Watched(w.title(), matched.size(), top));
    }
    return out;
  }
}
