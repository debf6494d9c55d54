package dev.paperboy.web;

import dev.paperboy.archive.Archive;
import dev.paperboy.archive.Listings;
import dev.paperboy.archive.WatchIndex;
import dev.paperboy.digest.Analysis;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Bundled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive browser as a static folder, for a blog owner who wants it on GitHub Pages without a
 * server: the same pages (home, every list date, every month with its chart, every paper with its
 * history chart) and the same JSON, as files linked relatively, so the folder works under any base
 * path.
 *
 * <pre>
 * index.html  search.html  search-index.json  static/style.css  static/search.js
 * watchlists/NAME.html (one per watchlist with matches)
 * days/2026-02-20.html     months/2026-02.html  months/2026-02.svg
 * papers/2602.12345.html   papers/2602.12345.svg
 * api/days/2026-02-20.json api/papers/2602.12345.json  media/2602.12345/thumb.jpg
 * </pre>
 *
 * Search runs in the reader's browser ({@code static/search.js}) over a prebuilt index of every
 * paper's title, keywords, organization, list dates, upvotes and Korean digest text (abstracts are
 * left out to keep the index small); it needs JavaScript, and the page says so without it. Pages
 * state their policy in a meta tag, as static hosts send no headers: scripts from the folder only,
 * nothing from elsewhere. Files are written atomically and only when their bytes change.
 */
public final class StaticExport {
  private static final Logger LOG = LoggerFactory.getLogger(StaticExport.class);

  /** The policy exported pages carry: the server's, plus the folder's own search script. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self';"
          + " img-src 'self'; form-action 'self'; base-uri 'none'";

  /** The longest Korean digest text the search index keeps per paper, in characters. */
  static final int INDEX_TEXT = 600;

  /** What an export wrote. */
  public record Summary(int days, int months, int papers, int files, int changed, int skipped) {}

  private final Views views;
  private final SiteWriter out;
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicInteger changed = new AtomicInteger();

  private StaticExport(Views views, SiteWriter out) {
    this.views = views;
    this.out = out;
  }

  /**
   * Writes the archive's pages into {@code folder} (created if missing), with page overrides from
   * {@code site}; {@code progress} hears a line now and then.
   */
  public static Summary write(
      Archive archive, Path site, java.time.ZoneId zone, Path folder, Consumer<String> progress) {
    try (Views views = new Views(archive, site, zone)) {
      return new StaticExport(views, SiteWriter.regenerable(folder)).run(progress);
    } finally {
      removeScratch(folder);
    }
  }

  private Summary run(Consumer<String> progress) {
    List<Listings.ListDay> days = views.readers().read(a -> a.listings().listDays());
    Set<String> ids = new LinkedHashSet<>();
    Set<YearMonth> months = new LinkedHashSet<>();
    Set<String> skipped = new LinkedHashSet<>();
    for (Listings.ListDay listed : days) {
      RankedDay day = views.rankedDay(listed.date().toString());
      page("days/" + day.date() + ".html", "day.peb", Views.day(day), 1);
      file("api/days/" + day.date() + ".json", Views.write(Views.apiDay(day)));
      months.add(YearMonth.from(day.date()));
      for (var paper : day.papers()) {
        if (Params.ARXIV_ID.matcher(paper.id()).matches()) {
          ids.add(paper.id());
        } else if (skipped.add(paper.id())) {
          LOG.warn("{}: not an arXiv id; left out of the export", paper.id());
        }
      }
    }
    progress.accept(days.size() + " list dates written; " + months.size() + " months next");
    for (YearMonth month : months) {
      page("months/" + month + ".html", "month.peb", views.month(month.toString()), 1);
      file("months/" + month + ".svg", views.monthChart(month.toString()));
    }
    Map<String, List<String>> watched = views.readers().read(a -> a.watched().byPaper());
    List<Map<String, Object>> index = papers(new ArrayList<>(ids), watched, progress);
    file("search-index.json", Views.write(index));
    page("index.html", "home.peb", views.home(), 0);
    List<WatchIndex.Watched> watchlists = views.readers().read(a -> a.watched().watchlists());
    for (WatchIndex.Watched w : watchlists) {
      page(
          "watchlists/" + w.watchlist() + ".html",
          "watchlist.peb",
          views.watchlist(w.watchlist()),
          1);
    }
    page(
        "search.html",
        "search-static.peb",
        Map.of("count", index.size(), "watchlists", watchlists),
        0);
    for (String feed : Views.FEEDS) {
      try {
        file("feed/" + feed, Files.readAllBytes(views.feed(feed)));
      } catch (BadRequestException e) {
        // the site has no such feed (feeds off, or no run yet): the export has none either
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    file("static/style.css", Bundled.bytes("web/style.css"));
    file("static/search.js", Bundled.bytes("web/search.js"));
    return new Summary(
        days.size(), months.size(), ids.size(), files.get(), changed.get(), skipped.size());
  }

  /** Every paper's page, chart and JSON, side by side; returns their search index entries. */
  private List<Map<String, Object>> papers(
      List<String> ids, Map<String, List<String>> watched, Consumer<String> progress) {
    List<Map<String, Object>> index = Collections.synchronizedList(new ArrayList<>());
    Semaphore lanes = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    AtomicInteger done = new AtomicInteger();
    List<Future<Map<String, Object>>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String id : ids) {
        futures.add(
            pool.submit(
                () -> {
                  lanes.acquire();
                  try {
                    Map<String, Object> entry = paper(id, watched.getOrDefault(id, List.of()));
                    int n = done.incrementAndGet();
                    if (n % 1000 == 0) {
                      progress.accept(n + " of " + ids.size() + " papers written");
                    }
                    return entry;
                  } finally {
                    lanes.release();
                  }
                }));
      }
      List<Map<String, Object>> entries = new ArrayList<>();
      for (Future<Map<String, Object>> f : futures) {
        entries.add(f.get());
      }
      index.addAll(entries);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("export interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
    return index;
  }

  private Map<String, Object> paper(String id, List<String> watchlists) {
    Views.PaperView view = views.view(id);
    page("papers/" + id + ".html", "paper.peb", views.paper(view), 1);
    file("papers/" + id + ".svg", views.historyChart(id, view.history()));
    file("api/papers/" + id + ".json", Views.write(view));
    for (Views.Image image : view.images()) {
      try {
        file("media/" + id + "/" + image.name() + ".jpg", Files.readAllBytes(views.file(image)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return entry(view, watchlists);
  }

  /**
   * A paper in the search index, with short keys: the index is read by every search. {@code w}, the
   * watchlists it matched, only when there are some.
   */
  static Map<String, Object> entry(Views.PaperView view, List<String> watchlists) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", view.id());
    e.put("t", view.title());
    e.put("o", view.organization());
    e.put("u", view.upvotes());
    e.put("d", view.listedOn().stream().map(LocalDate::toString).toList());
    e.put("k", view.aiKeywords());
    e.put("x", digestText(view.analysis()));
    if (!watchlists.isEmpty()) {
      e.put("w", watchlists);
    }
    return e;
  }

  private static String digestText(Analysis a) {
    if (a == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(a.summary());
    for (String k : a.keyPoints()) {
      s.append(' ').append(k);
    }
    for (Analysis.KeyResult r : a.keyResults()) {
      s.append(' ').append(r.finding());
    }
    s.append(' ').append(a.explanation());
    String text = s.toString();
    return text.length() <= INDEX_TEXT ? text : text.substring(0, INDEX_TEXT);
  }

  private void page(String path, String template, Map<String, Object> model, int depth) {
    file(path, views.render(template, model, Links.exported(depth)));
  }

  private void file(String path, String text) {
    count(out.write(path, text));
  }

  private void file(String path, byte[] bytes) {
    count(out.write(path, bytes));
  }

  private void count(SiteWriter.Result result) {
    files.incrementAndGet();
    if (result != SiteWriter.Result.UNCHANGED) {
      changed.incrementAndGet();
    }
  }

  /** The writer's scratch folder ({@code .paperboy/tmp}), which has no place in a static site. */
  private static void removeScratch(Path folder) {
    for (Path dir : List.of(folder.resolve(".paperboy/tmp"), folder.resolve(".paperboy"))) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        LOG.debug("{} left in place: {}", dir, e.getMessage());
      }
    }
  }
}
