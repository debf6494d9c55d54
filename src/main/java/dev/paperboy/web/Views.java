package dev.paperboy.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.paperboy.archive.AnalysisCache;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.ArchiveReaders;
import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.archive.Listings;
import dev.paperboy.archive.Listings.Observation;
import dev.paperboy.archive.MediaLog;
import dev.paperboy.archive.SearchQuery;
import dev.paperboy.archive.SearchResult;
import dev.paperboy.archive.WatchIndex;
import dev.paperboy.charts.BarChart;
import dev.paperboy.digest.Analysis;
import dev.paperboy.digest.AnalysisJson;
import dev.paperboy.digest.Prompt;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.TextCleaner;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.radar.Watchlist;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.RankedMonth;
import dev.paperboy.rank.Ranking;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the archive browser shows, apart from how it is delivered: each page's content (read through
 * {@link ArchiveReaders}, rendered by {@link Pages}), the charts, the stored images and the JSON
 * objects. {@link ArchiveServer} serves them over HTTP; {@link StaticExport} writes them as files.
 * Bad input is a {@link BadRequestException} with the status and message to answer.
 */
final class Views implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Views.class);

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final ArchiveReaders readers;
  private final Pages pages;
  private final Path site;

  /** A month as ranked at an archive version. */
  private record Ranked(long version, RankedMonth month) {}

  /**
   * Months as last ranked, reused while the archive is unchanged: a month page reads every paper
   * listed in the month, thirty times the work of a day page.
   */
  private final Map<YearMonth, Ranked> months = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Views of {@code archive}, with page overrides and stored images from {@code site}, read through
   * their own read-only connections (one per processor, at least two), so they run side by side.
   */
  Views(Archive archive, Path site, java.time.ZoneId zone) {
    this.readers =
        ArchiveReaders.open(archive, Math.max(2, Runtime.getRuntime().availableProcessors()));
    this.site = site;
    this.pages = new Pages(site);
    this.zone = zone;
  }

  /** The zone pages show times in (the posts' zone). */
  private final java.time.ZoneId zone;

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern(
          "uuuu-MM-dd HH:mm zzz", java.util.Locale.ENGLISH);

  /** One observation of a paper's counters, its time in the pages' zone. */
  public record HistoryRow(String when, int upvotes, int comments) {}

  /** The read-only connections the views read through. */
  ArchiveReaders readers() {
    return readers;
  }

  String render(String page, Map<String, Object> model, Links links) {
    return pages.render(page, model, links);
  }

  @Override
  public void close() {
    readers.close();
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Pages

  Map<String, Object> home() {
    Map<String, Object> model = new LinkedHashMap<>();
    List<Listings.ListDay> days = readers.read(a -> a.listings().listDays());
    model.put("days", days);
    model.put(
        "months", days.stream().map(d -> YearMonth.from(d.date()).toString()).distinct().toList());
    model.put("papers", readers.read(a -> a.stats().papers()));
    model.put("watchlists", readers.read(a -> a.watched().watchlists()));
    return model;
  }

  /**
   * One watchlist's page: how many archived papers it matched, by the month they were first listed,
   * each month a link to those papers; 404 when the archive has no match of that name.
   */
  Map<String, Object> watchlist(String name) {
    if (!Watchlist.NAME.matcher(name).matches()) {
      throw new BadRequestException(
          400, "'" + Params.cut(name) + "'는 관심 목록 이름이 아닙니다 (글자, 숫자, -, _).");
    }
    WatchIndex.Watched watched =
        readers.read(a -> a.watched().watchlists()).stream()
            .filter(w -> w.watchlist().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new BadRequestException(
                        404,
                        "관심 목록 '"
                            + name
                            + "'에 맞는 논문이 아카이브에 없습니다. 설정에 있다면 'paperboy serve'를 다시"
                            + " 시작하면 다시 찾습니다."));
    List<WatchIndex.MonthCount> months = readers.read(a -> a.watched().months(name));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", watched.watchlist());
    model.put("title", watched.title());
    model.put("papers", watched.papers());
    model.put("months", months.reversed());
    model.put("most", months.stream().mapToInt(WatchIndex.MonthCount::papers).max().orElse(1));
    return model;
  }

  RankedDay rankedDay(String value) {
    LocalDate date = Params.date(value, "date");
    ArchivedDay listed = readers.read(a -> a.listings().day(date));
    RankedDay day = Ranking.rank(listed);
    if (day.isEmpty()) {
      throw new BadRequestException(404, "아카이브에 " + date + "에 오른 논문이 없습니다.");
    }
    return day;
  }

  Map<String, Object> day(String value) {
    return day(rankedDay(value));
  }

  static Map<String, Object> day(RankedDay day) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("date", day.date().toString());
    model.put("papers", rows(day.papers()));
    model.put("month", YearMonth.from(day.date()).toString());
    return model;
  }

  private RankedMonth rankedMonth(String value) {
    YearMonth month = Params.month(value);
    long version = readers.version();
    Ranked known = months.get(month);
    if (known != null && known.version() == version) {
      return known.month();
    }
    RankedMonth ranked = Ranking.rank(month, readers.read(a -> a.listings().month(month)));
    if (ranked.isEmpty()) {
      throw new BadRequestException(404, "아카이브에 " + month + "에 오른 논문이 없습니다.");
    }
    months.put(month, new Ranked(version, ranked));
    return ranked;
  }

  Map<String, Object> month(String value) {
    RankedMonth month = rankedMonth(value);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("month", month.month().toString());
    model.put("total", month.papers().size());
    model.put("upvotes", month.upvotes());
    model.put(
        "days",
        month.days().stream().map(d -> new Listings.ListDay(d.date(), d.papers().size())).toList());
    model.put("papers", rows(month.top(50)));
    return model;
  }

  String monthChart(String value) {
    return MonthlyPost.chart(rankedMonth(value));
  }

  /**
   * The search page's content; {@code pageLink} gives the address of the same search on another
   * page.
   */
  Map<String, Object> search(SearchQuery query, IntFunction<String> pageLink) {
    SearchResult result = readers.search(query);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("q", query.text() == null ? "" : query.text());
    model.put("org", value(query.organization()));
    model.put("keyword", value(query.keyword()));
    model.put("watch", value(query.watchlist()));
    model.put("watchlists", readers.read(a -> a.watched().watchlists()));
    model.put("from", query.from() == null ? "" : query.from().toString());
    model.put("to", query.to() == null ? "" : query.to().toString());
    model.put("minUpvotes", query.minUpvotes() == null ? "" : query.minUpvotes().toString());
    model.put("sort", query.sort().name().toLowerCase(java.util.Locale.ROOT));
    model.put("total", result.total());
    model.put("page", query.page());
    int pages = (result.total() + query.pageSize() - 1) / query.pageSize();
    model.put("pages", pages);
    model.put("noKorean", noKoreanText(query, result));
    model.put("noKoreanText", NO_KOREAN);
    model.put("previous", query.page() > 1 ? pageLink.apply(query.page() - 1) : null);
    model.put("next", query.page() < pages ? pageLink.apply(query.page() + 1) : null);
    List<Hit> hits = new ArrayList<>();
    for (SearchResult.Hit h : result.hits()) {
      Paper p = h.paper();
      hits.add(
          new Hit(
              p.id(),
              Highlight.html(p.title(), result.terms()),
              h.snippet() != null && h.snippet().indexOf(SearchResult.MARK_START) >= 0
                  ? Highlight.snippet(h.snippet(), SearchResult.MARK_START, SearchResult.MARK_END)
                  : Highlight.html(
                      Highlight.window(p.summary(), result.terms(), 400), result.terms()),
              p.counts().upvotes(),
              organization(p),
              h.lastListed() == null ? "" : h.lastListed().toString(),
              p.aiKeywords().stream().limit(6).toList()));
    }
    model.put("hits", hits);
    return model;
  }

  /** Why a Korean search finds nothing in an archive without any model text. */
  static final String NO_KOREAN =
      "한국어 검색은 언어 모델이 쓴 한국어 분석(심층 다이제스트와 한 줄 요약)을 찾습니다. 이 아카이브에는"
          + " 아직 분석이 없습니다: _paperboy/config.yml에 digest.provider와 digest.model을 설정하고"
          + " 모델의 API 키를 환경 변수로 주면 다음 실행부터 분석이 쌓입니다. 영어 검색어는 제목과 초록을"
          + " 찾습니다.";

  /** Whether a search with Korean terms found nothing because no Korean text exists yet. */
  private boolean noKoreanText(SearchQuery query, SearchResult result) {
    return result.total() == 0
        && query.text() != null
        && SearchQuery.terms(query.text()).stream().anyMatch(SearchQuery::hangul)
        && !readers.read(a -> a.analyses().any());
  }

  /** A search hit as the page shows it; title and excerpt are escaped HTML with marks. */
  public record Hit(
      String id,
      SafeString title,
      SafeString excerpt,
      int upvotes,
      String organization,
      String lastListed,
      List<String> keywords) {}

  Map<String, Object> paper(String value) {
    return paper(view(value));
  }

  Map<String, Object> paper(PaperView view) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("p", view);
    model.put("historyPoints", view.history().size());
    model.put(
        "historyRows",
        view.history().stream()
            .map(
                o ->
                    new HistoryRow(WHEN.format(o.seenAt().atZone(zone)), o.upvotes(), o.comments()))
            .toList());
    return model;
  }

  String historyChart(String value) {
    String id = Params.paperId(value);
    return historyChart(id, readers.read(a -> a.listings().history(id)));
  }

  /** The history as a line with a dot per observation (one observation is one dot). */
  String historyChart(String id, List<Observation> history) {
    if (history.isEmpty()) {
      throw new BadRequestException(404, "아카이브에 " + id + " 논문이 없습니다.");
    }
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("MM-dd");
    List<BarChart.Point> points = new ArrayList<>();
    for (Observation o : history) {
      points.add(new BarChart.Point(day.format(o.seenAt().atZone(zone)), o.upvotes()));
    }
    return BarChart.dots(points, 800, 280);
  }

  Image storedImage(String value, String name) {
    String id = Params.paperId(value);
    if (!IMAGE_NAME.matcher(name).matches()) {
      throw new BadRequestException(404, "없는 그림입니다: " + Params.cut(name));
    }
    return readers.read(a -> images(a, id)).stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new BadRequestException(404, "아카이브에 " + id + "의 그림 " + name + "이(가) 없습니다."));
  }

  /** The file of {@code image} inside the site; a path leading out of it, or no file, is a 404. */
  /** The feeds the site holds ({@code feed/papers.xml}, {@code feed/digest.xml}), by name. */
  static final java.util.List<String> FEEDS = java.util.List.of("papers.xml", "digest.xml");

  /** The site's feed {@code name}, one of {@link #FEEDS}; a 404 when it has none. */
  Path feed(String name) {
    Path file = FEEDS.contains(name) ? site.resolve("feed").resolve(name) : null;
    if (file == null || !Files.isRegularFile(file)) {
      throw new BadRequestException(404, "이 사이트에는 " + name + " 피드가 없습니다.");
    }
    return file;
  }

  Path file(Image image) {
    Path file = inSite(image);
    if (file == null) {
      throw new BadRequestException(404, "그림 파일 " + Params.cut(image.path()) + "이(가) 사이트에 없습니다.");
    }
    return file;
  }

  private Path inSite(Image image) {
    Path root = site.toAbsolutePath().normalize();
    Path file = root.resolve(image.path()).normalize();
    return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
  }

  // The JSON API

  Map<String, Object> apiSearch(SearchQuery query) {
    SearchResult result = readers.search(query);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", result.total());
    if (noKoreanText(query, result)) {
      out.put("note", NO_KOREAN);
    }
    out.put("page", query.page());
    out.put("page_size", query.pageSize());
    out.put(
        "papers",
        result.hits().stream()
            .map(h -> summary(h.paper(), h.firstListed(), h.lastListed()))
            .toList());
    return out;
  }

  Map<String, Object> apiDay(String value) {
    return apiDay(rankedDay(value));
  }

  static Map<String, Object> apiDay(RankedDay day) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", day.date());
    out.put("counts_as_of", day.countsAsOf());
    List<Object> papers = new ArrayList<>();
    int rank = 1;
    for (Paper p : day.papers()) {
      Map<String, Object> row = summary(p, null, null);
      row.put("rank", rank++);
      papers.add(row);
    }
    out.put("papers", papers);
    return out;
  }

  static Map<String, Object> summary(Paper p, LocalDate first, LocalDate last) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", p.id());
    row.put("title", p.title());
    row.put("upvotes", p.counts().upvotes());
    row.put("comments", p.counts().comments());
    row.put("organization", p.organization() == null ? null : p.organization().displayName());
    row.put("ai_keywords", p.aiKeywords());
    if (first != null) {
      row.put("first_listed", first);
      row.put("last_listed", last);
    }
    return row;
  }

  // Views

  /** A paper page's content, also the API's paper object. URLs are http(s) or null. */
  public record PaperView(
      String id,
      String title,
      String summary,
      List<String> authors,
      String organization,
      int upvotes,
      int comments,
      Integer githubStars,
      String hfUrl,
      String arxivUrl,
      String githubUrl,
      String projectUrl,
      String aiSummary,
      List<String> aiKeywords,
      Analysis analysis,
      String analysisModel,
      List<LocalDate> listedOn,
      List<Observation> history,
      List<Image> images) {
    /** What the analysis was written from, as the digest post's 근거 line says it; null without. */
    public String basis() {
      return analysis == null ? null : analysis.basis().label();
    }
  }

  /**
   * An image the digest stored for a paper (its thumbnail, then its figures), as a site-relative
   * JPEG; served at {@code /media/{id}/{name}}.
   */
  public record Image(String name, String path, Integer width, Integer height, String caption) {}

  /** Image names the digest stores: the thumbnail and numbered figures. */
  static final Pattern IMAGE_NAME = Pattern.compile("thumb|fig-\\d{1,2}");

  /** The paper page's content, with only the images whose files are in the site. */
  PaperView view(String value) {
    String id = Params.paperId(value);
    PaperView v = readers.read(a -> view(a, id));
    List<Image> present = v.images().stream().filter(i -> inSite(i) != null).toList();
    if (present.size() == v.images().size()) {
      return v;
    }
    return new PaperView(
        v.id(),
        v.title(),
        v.summary(),
        v.authors(),
        v.organization(),
        v.upvotes(),
        v.comments(),
        v.githubStars(),
        v.hfUrl(),
        v.arxivUrl(),
        v.githubUrl(),
        v.projectUrl(),
        v.aiSummary(),
        v.aiKeywords(),
        v.analysis(),
        v.analysisModel(),
        v.listedOn(),
        v.history(),
        present);
  }

  static PaperView view(Archive archive, String id) {
    Paper p =
        archive
            .listings()
            .paper(id)
            .orElseThrow(() -> new BadRequestException(404, "아카이브에 " + id + " 논문이 없습니다."));
    Optional<AnalysisCache.Latest> cached = archive.analyses().latest(id, Prompt.FAMILY);
    Analysis analysis = null;
    String model = null;
    if (cached.isPresent()) {
      analysis = AnalysisJson.read(cached.get().body()).orElse(null);
      model = analysis == null ? null : cached.get().model();
      if (analysis == null) {
        LOG.warn("{}: cached analysis unreadable", id);
      }
    }
    return new PaperView(
        p.id(),
        p.title(),
        p.summary(),
        p.authors(),
        organization(p),
        p.counts().upvotes(),
        p.counts().comments(),
        p.counts().githubStars(),
        p.hfUrl(),
        p.arxivUrl(),
        TextCleaner.url(p.githubRepo()),
        TextCleaner.url(p.projectPage()),
        p.aiSummary(),
        p.aiKeywords(),
        analysis,
        model,
        archive.listings().listedOn(id),
        archive.listings().history(id),
        images(archive, id));
  }

  private static List<Image> images(Archive archive, String id) {
    return archive.media().find(List.of(id)).values().stream()
        .filter(e -> e.status() == MediaLog.Status.STORED && e.path() != null)
        .filter(e -> IMAGE_NAME.matcher(e.name()).matches())
        .sorted(
            Comparator.comparing((MediaLog.Entry e) -> !e.name().equals("thumb"))
                .thenComparing(e -> e.name().length())
                .thenComparing(MediaLog.Entry::name))
        .map(
            e ->
                new Image(
                    e.name(),
                    e.path(),
                    e.width(),
                    e.height(),
                    e.name().equals("thumb") ? "" : e.detail() == null ? "" : e.detail()))
        .toList();
  }

  /** A row of a day or month list. */
  public record Row(int rank, String id, String title, int upvotes, String organization) {}

  private static List<Row> rows(List<Paper> papers) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      Paper p = papers.get(i);
      rows.add(new Row(i + 1, p.id(), p.title(), p.counts().upvotes(), organization(p)));
    }
    return rows;
  }

  private static String organization(Paper p) {
    return p.organization() == null ? "" : p.organization().displayName();
  }

  private static String value(String s) {
    return s == null ? "" : s;
  }
}
