package dev.paperboy.web;

import dev.paperboy.archive.Archive;
import dev.paperboy.util.Bundled;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive browser: HTML pages and the JSON API behind them, over one archive, read-only.
 *
 * <pre>
 * /                      list dates, newest first, and the search box
 * /days/2026-02-20       the date's papers, ranked as its post ranks them
 * /months/2026-02        the month's papers and chart
 * /search?q=…            full-text search with filters (org, keyword, watch, from, to, min-upvotes), sort, page
 * /watchlists/agents     one watchlist: its papers by month, links to them
 * /papers/2602.12345     one paper: metadata, links, digest or HF summary, dates, upvote history
 * /api/papers?q=…        the same search as JSON; /api/papers/{id} with history; /api/days/{date}
 * </pre>
 *
 * Bad requests get a 4xx with a message (JSON under {@code /api}); every response carries a strict
 * Content-Security-Policy: no scripts at all, styles and images from this server only.
 */
public final class ArchiveServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveServer.class);

  /** The policy every response carries: nothing runs, nothing loads from elsewhere. */
  public static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " base-uri 'none'; frame-ancestors 'none'";

  private final Archive archive;
  private final Views views;
  private final Javalin app;
  private final byte[] css;

  /**
   * A browser over {@code archive}, with page overrides and stored images from {@code site}, times
   * shown in {@code zone}; not yet started. Requests read through their own read-only connections
   * ({@link Views}), so they run side by side.
   */
  public ArchiveServer(Archive archive, Path site, java.time.ZoneId zone) {
    this.archive = archive;
    this.views = new Views(archive, site, zone);
    this.css = Bundled.bytes("web/style.css");
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = true;
              config.http.defaultContentType = "text/html; charset=utf-8";
              // A 10 KB query must reach the application, which says why it is refused.
              config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            });
    routes();
  }

  /**
   * Brings the search index up to date, then starts serving on {@code host}:{@code port} (0: any
   * free port); returns the port.
   */
  public int start(String host, int port) {
    archive.refreshSearch();
    app.start(host, port);
    return app.port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      views.close();
    }
  }

  private void routes() {
    app.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          Params.refuseControlCharacters(ctx.queryParamMap());
        });
    app.get("/static/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
    app.get("/", ctx -> html(ctx, "home.peb", views.home()));
    app.get("/days/{date}", ctx -> html(ctx, "day.peb", views.day(ctx.pathParam("date"))));
    app.get("/months/{month}", ctx -> html(ctx, "month.peb", views.month(ctx.pathParam("month"))));
    app.get("/months/{month}/chart.svg", ctx -> svg(ctx, views.monthChart(ctx.pathParam("month"))));
    app.get(
        "/search",
        ctx ->
            html(
                ctx,
                "search.peb",
                views.search(Params.search(ctx::queryParam), page -> link(ctx, page))));
    app.get(
        "/watchlists/{name}",
        ctx -> html(ctx, "watchlist.peb", views.watchlist(ctx.pathParam("name"))));
    app.get("/papers/{id}", ctx -> html(ctx, "paper.peb", views.paper(ctx.pathParam("id"))));
    app.get("/papers/{id}/history.svg", ctx -> svg(ctx, views.historyChart(ctx.pathParam("id"))));
    app.get("/media/{id}/{name}", this::image);
    app.get(
        "/feed/{name}",
        ctx -> {
          byte[] feed = Files.readAllBytes(views.feed(ctx.pathParam("name")));
          ctx.result(feed);
          ctx.res().setCharacterEncoding(null);
          ctx.res().setContentType("application/atom+xml; charset=utf-8");
        });
    app.get("/api/papers", ctx -> json(ctx, views.apiSearch(Params.search(ctx::queryParam))));
    app.get("/api/papers/{id}", ctx -> json(ctx, views.view(ctx.pathParam("id"))));
    app.get("/api/days/{date}", ctx -> json(ctx, views.apiDay(ctx.pathParam("date"))));
    app.exception(BadRequestException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} failed", ctx.path(), e);
          error(ctx, 500, "서버에서 문제가 생겼습니다. 서버 로그를 확인하세요.");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            error(ctx, 404, "없는 페이지입니다: " + Params.cut(ctx.path()));
          }
        });
    app.error(405, ctx -> error(ctx, 405, "읽기 전용 아카이브입니다: GET 요청만 받습니다."));
  }

  private static final String ANSWERED = "paperboy.error";

  private void error(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, true);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8")
          .result(Views.write(Map.of("status", status, "error", message)));
    } else {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("status", status);
      model.put(
          "statusText",
          switch (status) {
            case 400 -> "잘못된 요청";
            case 404 -> "찾을 수 없음";
            case 405 -> "허용되지 않는 요청";
            default -> "서버 오류";
          });
      model.put("message", message);
      ctx.contentType("text/html; charset=utf-8")
          .result(views.render("error.peb", model, Links.served()));
    }
  }

  private void html(Context ctx, String page, Map<String, Object> model) {
    ctx.contentType("text/html; charset=utf-8").result(views.render(page, model, Links.served()));
  }

  private static void svg(Context ctx, String svg) {
    ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(Views.write(value));
  }

  /** The same search on another page, as a query string. */
  private static String link(Context ctx, int page) {
    StringBuilder s = new StringBuilder("/search?");
    for (String name :
        List.of("q", "org", "keyword", "watch", "from", "to", "min-upvotes", "sort")) {
      String v = ctx.queryParam(name);
      if (v != null && !v.isBlank()) {
        s.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
      }
    }
    return s.append("page=").append(page).toString();
  }

  /** A stored image, read from the site where the archive says it is, and nowhere else. */
  private void image(Context ctx) throws IOException {
    Views.Image image = views.storedImage(ctx.pathParam("id"), ctx.pathParam("name"));
    ctx.header("Cache-Control", "max-age=86400");
    ctx.result(Files.readAllBytes(views.file(image)));
    // Bytes, not text: without this, Jetty names the default character set on the image type.
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType("image/jpeg");
  }
}
