package dev.paperboy.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the browser's pages point, as templates see it ({@code {{ to.day(d) }}}): absolute paths
 * when served, relative file names in a static export, so that the exported folder works from any
 * base path (a project's GitHub Pages) and from disk.
 *
 * <pre>
 *                    served                 exported (from a page one folder down)
 * day(2026-02-20)    /days/2026-02-20       ../days/2026-02-20.html
 * history(2602.1)    /papers/2602.1/history.svg   ../papers/2602.1.svg
 * keyword("RL")      /search?keyword=RL     ../search.html?keyword=RL
 * </pre>
 */
public final class Links {
  private final String root;
  private final boolean exported;

  private Links(String root, boolean exported) {
    this.root = root;
    this.exported = exported;
  }

  static Links served() {
    return new Links("/", false);
  }

  /** Links from an exported page {@code depth} folders below the export's root. */
  static Links exported(int depth) {
    return new Links("../".repeat(depth), true);
  }

  public boolean isExported() {
    return exported;
  }

  public String home() {
    return exported ? root + "index.html" : "/";
  }

  public String day(Object date) {
    return page("days/" + date);
  }

  public String month(Object month) {
    return page("months/" + month);
  }

  public String monthChart(Object month) {
    return root + "months/" + month + (exported ? ".svg" : "/chart.svg");
  }

  public String paper(String id) {
    return page("papers/" + id);
  }

  public String history(String id) {
    return root + "papers/" + id + (exported ? ".svg" : "/history.svg");
  }

  /** A stored image of a paper (JPEG). */
  public String image(String id, String name) {
    return root + "media/" + id + "/" + name + (exported ? ".jpg" : "");
  }

  public String search() {
    return exported ? root + "search.html" : "/search";
  }

  /** A watchlist's page. */
  public String watchlist(String name) {
    return page("watchlists/" + name);
  }

  /** The papers watchlist {@code name} matched, newest first; in a month when not null. */
  public String watched(String name, Object month) {
    String s =
        search() + "?watch=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&sort=date";
    if (month != null) {
      java.time.YearMonth m = java.time.YearMonth.parse(month.toString());
      s += "&from=" + m.atDay(1) + "&to=" + m.atEndOfMonth();
    }
    return s;
  }

  public String keyword(String keyword) {
    return search() + "?keyword=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8);
  }

  /** One of the site's Atom feeds ({@code papers.xml}, {@code digest.xml}), as the site has it. */
  public String feed(String name) {
    return root + "feed/" + name;
  }

  public String css() {
    return root + "static/style.css";
  }

  /** The export's search script and its index (exported pages only). */
  public String script() {
    return root + "static/search.js";
  }

  public String searchIndex() {
    return root + "search-index.json";
  }

  public String apiDay(Object date) {
    return root + "api/days/" + date + (exported ? ".json" : "");
  }

  public String apiPaper(String id) {
    return root + "api/papers/" + id + (exported ? ".json" : "");
  }

  private String page(String path) {
    return root + path + (exported ? ".html" : "");
  }
}
