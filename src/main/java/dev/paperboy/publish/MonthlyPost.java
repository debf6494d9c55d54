package dev.paperboy.publish;

import dev.paperboy.charts.BarChart;
import dev.paperboy.hf.Paper;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.RankedMonth;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The monthly report ({@code _posts/YYYY-MM-01-monthly-papers-summary.md}) and its chart ({@code
 * assets/img/charts/monthly-YYYY-MM.svg}): the month's statistics, its top papers in the daily
 * entry format with their latest upvotes, its leading keywords, organizations and code, and links
 * to its daily and digest posts. Body from the {@value #TEMPLATE} template; the same month always
 * gives the same bytes.
 *
 * <p>The front-matter date of a month in progress is its first day at the post time; once the month
 * has ended it is the moment it ended (00:00 UTC on the next month's first day), so the finished
 * report tops the home page when it appears.
 */
public final class MonthlyPost {
  /** The template name, overridable in the site. */
  public static final String TEMPLATE = "monthly-post.md.peb";

  /** The template of the front matter's {@code description}, overridable in the site. */
  public static final String DESCRIPTION = "monthly-description.txt.peb";

  /** The site folder of the charts. */
  public static final String CHART_FOLDER = "assets/img/charts";

  /** Jekyll's site base URL, for links inside the site ("" for a site at a domain's root). */
  static final SafeString BASEURL = new SafeString("{{ site.baseurl }}");

  static final int TAGS = 10;
  static final int ORGANIZATIONS = 10;
  static final int CODE = 10;
  static final int WIDTH = 800;
  static final int HEIGHT = 320;

  private final Templates templates;
  private final PostSettings post;
  private final MonthlySettings settings;
  private final Permalink digest;

  /**
   * @param post the daily post's settings: time, zone, author, and the daily posts' URLs
   * @param digest the digest posts' URLs
   */
  public MonthlyPost(
      Templates templates, PostSettings post, MonthlySettings settings, Permalink digest) {
    this.templates = templates;
    this.post = post;
    this.settings = settings;
    this.digest = digest;
  }

  /** The post's path relative to the site root. */
  public static String path(YearMonth month) {
    return "_posts/" + month.atDay(1) + "-monthly-papers-summary.md";
  }

  /** The chart's path relative to the site root. */
  public static String chartPath(YearMonth month) {
    return CHART_FOLDER + "/monthly-" + month + ".svg";
  }

  /** A rendered report: the post and the chart it embeds. */
  public record Rendered(String post, String chart) {}

  /**
   * Renders the report of a month with papers.
   *
   * @param dailyPosts the list dates whose daily post exists, linked from the report
   * @param digestPosts the list dates whose digest post exists, linked from the report
   * @param ended whether the month is over (its report is then dated when it ended)
   */
  public Rendered render(
      RankedMonth month, Set<LocalDate> dailyPosts, Set<LocalDate> digestPosts, boolean ended) {
    return render(month, dailyPosts, digestPosts, ended, Map.of());
  }

  /**
   * As {@link #render(RankedMonth, Set, Set, boolean)}, each paper with its Korean one-line summary
   * from {@code lines} (by arXiv id) when it has one.
   */
  public Rendered render(
      RankedMonth month,
      Set<LocalDate> dailyPosts,
      Set<LocalDate> digestPosts,
      boolean ended,
      Map<String, String> lines) {
    return render(month, dailyPosts, digestPosts, ended, lines, List.of());
  }

  /**
   * As {@link #render(RankedMonth, Set, Set, boolean, Map)}, with the month's fastest risers from
   * the upvote history ({@code ### 🚀 급상승}, left out when none rose).
   */
  public Rendered render(
      RankedMonth month,
      Set<LocalDate> dailyPosts,
      Set<LocalDate> digestPosts,
      boolean ended,
      Map<String, String> lines,
      List<dev.paperboy.rank.Trends.Rise> rising) {
    if (month.isEmpty()) {
      throw new IllegalArgumentException("no papers in " + month.month());
    }
    YearMonth ym = month.month();
    String title = title(settings.title(), ym);
    long upvotes = month.upvotes();
    String average = String.format(Locale.ROOT, "%.1f", (double) upvotes / month.papers().size());

    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", title);
    front.put("date", ended ? post.frontMatterDate(end(ym)) : post.frontMatterDate(ym.atDay(1)));
    front.put("categories", settings.categories());
    front.put("tags", settings.tags());
    if (post.author() != null && !post.author().isBlank()) {
      front.put("author", post.author());
    }
    front.put("permalink", settings.permalink().of(ym));
    Paper first = month.papers().get(0);
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("year", ym.getYear());
    card.put("month", ym.getMonthValue());
    card.put("papers", month.papers().size());
    card.put("days", month.days().size());
    card.put("upvotes", upvotes);
    card.put("title", MarkdownText.cut(first.title(), DailyPost.DESCRIPTION_TITLE));
    card.put("topUpvotes", first.counts().upvotes());
    front.put("description", templates.render(DESCRIPTION, card).strip());

    List<DailyPost.Entry> entries = new ArrayList<>();
    List<Paper> top = month.top(settings.top());
    for (int i = 0; i < top.size(); i++) {
      entries.add(DailyPost.entry(i + 1, top.get(i), lines.get(top.get(i).id())));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("year", ym.getYear());
    model.put("month", ym.getMonthValue());
    model.put("ended", ended);
    model.put("papers", month.papers().size());
    model.put("days", month.days().size());
    model.put("upvotes", upvotes);
    model.put("average", average);
    model.put("countsAsOf", post.asOf(month.countsAsOf()));
    model.put("baseurl", BASEURL);
    model.put("chart", MarkdownText.path("/" + chartPath(ym)));
    model.put("top", settings.top());
    model.put("shown", entries.size());
    model.put("tagsTop", TAGS);
    model.put("entries", entries);
    model.put("tags", tags(month.papers()));
    model.put("organizations", organizations(month.papers()));
    model.put("code", code(month.papers()));
    model.put("posts", posts(month, dailyPosts, digestPosts));
    model.put("rising", WeeklyPost.risers(rising));
    String text = FrontMatter.of(front) + "\n" + templates.render(TEMPLATE, model).strip() + "\n";
    return new Rendered(text, chart(month));
  }

  static String title(String pattern, YearMonth month) {
    return pattern
        .replace("{yyyy}", Integer.toString(month.getYear()))
        .replace("{mm}", String.format(Locale.ROOT, "%02d", month.getMonthValue()))
        .replace("{m}", Integer.toString(month.getMonthValue()));
  }

  /**
   * The month's chart: papers (bars, left axis) and their upvotes (line, right axis) per list day;
   * also the archive browser's month chart.
   */
  public static String chart(RankedMonth month) {
    List<BarChart.Point> bars = new ArrayList<>();
    List<Double> line = new ArrayList<>();
    for (RankedDay day : month.days()) {
      bars.add(
          new BarChart.Point(Integer.toString(day.date().getDayOfMonth()), day.papers().size()));
      line.add((double) day.papers().stream().mapToLong(p -> p.counts().upvotes()).sum());
    }
    return BarChart.svg(bars, line, WIDTH, HEIGHT);
  }

  /** A keyword and how many of the month's papers carry it. */
  public record Tag(String name, int papers) {}

  /**
   * HF's AI keywords by papers carrying them (ties: alphabetical), case folded; each shown as first
   * spelled.
   */
  static List<Tag> tags(List<Paper> papers) {
    Map<String, String> shown = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Paper p : papers) {
      Set<String> seen = new java.util.HashSet<>();
      for (String keyword : p.aiKeywords()) {
        String name = MarkdownText.cut(keyword.strip(), 60);
        String key = name.toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && seen.add(key)) {
          shown.putIfAbsent(key, name);
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(TAGS)
        .map(e -> new Tag(shown.get(e.getKey()), e.getValue()))
        .toList();
  }

  /** An organization and its papers this month. */
  public record Organization(String name, int papers, long upvotes) {}

  /** Organizations by papers, then upvotes, then name; papers without one are not counted. */
  static List<Organization> organizations(List<Paper> papers) {
    Map<String, long[]> by = new HashMap<>();
    for (Paper p : papers) {
      if (p.organization() != null) {
        long[] n = by.computeIfAbsent(p.organization().displayName(), k -> new long[2]);
        n[0]++;
        n[1] += p.counts().upvotes();
      }
    }
    return by.entrySet().stream()
        .map(e -> new Organization(e.getKey(), (int) e.getValue()[0], e.getValue()[1]))
        .sorted(
            Comparator.comparingInt(Organization::papers)
                .reversed()
                .thenComparing(Comparator.comparingLong(Organization::upvotes).reversed())
                .thenComparing(Organization::name))
        .limit(ORGANIZATIONS)
        .toList();
  }

  /** A paper's code repository and its stars. */
  public record Code(String title, SafeString url, SafeString hfUrl, int stars) {}

  /** The month's papers with a code link and stars, most stars first (ties: ranking order). */
  static List<Code> code(List<Paper> papers) {
    List<Code> out = new ArrayList<>();
    papers.stream()
        .filter(p -> p.githubRepo() != null && p.counts().githubStars() != null)
        .filter(p -> p.counts().githubStars() > 0)
        .sorted(
            Comparator.comparingInt((Paper p) -> p.counts().githubStars())
                .reversed()
                .thenComparing(Paper::id))
        .forEach(
            p -> {
              SafeString url = MarkdownText.link(p.githubRepo());
              if (url != null && out.size() < CODE) {
                out.add(
                    new Code(
                        MarkdownText.cut(p.title(), DailyPost.MAX_TITLE),
                        url,
                        MarkdownText.link(p.hfUrl()),
                        p.counts().githubStars()));
              }
            });
    return out;
  }

  /**
   * A list day of the month: how many papers it listed and its posts' URLs (null when the post does
   * not exist).
   */
  public record Day(String date, int papers, SafeString daily, SafeString digest) {}

  private List<Day> posts(RankedMonth month, Set<LocalDate> dailyPosts, Set<LocalDate> digests) {
    return month.days().stream()
        .map(
            d ->
                new Day(
                    d.date().toString(),
                    d.papers().size(),
                    dailyPosts.contains(d.date())
                        ? MarkdownText.path(post.permalink().of(d.date()))
                        : null,
                    digests.contains(d.date()) ? MarkdownText.path(digest.of(d.date())) : null))
        .toList();
  }

  /** The instant a month ended: 00:00 UTC on the next month's first day. */
  public static Instant end(YearMonth month) {
    return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
