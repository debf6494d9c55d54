package dev.paperboy.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.MediaLog;
import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.digest.PaperDigest;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.net.Fetcher;
import dev.paperboy.net.HostPacer;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.publish.PostSettings;
import dev.paperboy.publish.Templates;
import dev.paperboy.rank.Ranking;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.testing.Answers;
import dev.paperboy.testing.Entries;
import dev.paperboy.testing.FakeSummarizer;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import dev.paperboy.testing.Images;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Images end to end against a fake CDN and a fake arXiv on one WireMock server. */
class IllustratorTest {
  @RegisterExtension
  static WireMockExtension web =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final LocalDate DATE = LocalDate.of(2026, 8, 20);
  private static final int CAP = 200_000;

  @TempDir Path site;
  private Archive archive;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void open() {
    archive = Archive.open(site.resolve(".paperboy/archive.db"), Fixtures.clock());
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private MediaSettings settings() {
    return settings(Duration.ofSeconds(5));
  }

  private MediaSettings settings(Duration timeout) {
    return new MediaSettings(
        true,
        List.of("localhost"),
        CAP,
        1200,
        40_000_000L,
        2,
        URI.create(web.baseUrl()),
        Duration.ofSeconds(3),
        "/assets/img/papers",
        timeout,
        Duration.ofDays(7));
  }

  private Illustrator illustrator() {
    return illustrator(settings());
  }

  private Illustrator illustrator(MediaSettings settings) {
    return create(settings, archive, site, waits::add);
  }

  /** An illustrator as the pipeline builds one: one fetcher, pacing arXiv, and the page cache. */
  static Illustrator create(
      MediaSettings settings, Archive archive, Path site, dev.paperboy.util.Sleeper sleeper) {
    Fetcher fetcher =
        new Fetcher(
            settings.limits(),
            Fetcher.client(),
            new HostPacer(
                Map.of(settings.arxivBase().getHost(), settings.arxivInterval()),
                Fixtures.clock(),
                sleeper),
            "paperboy-test");
    PaperPages pages =
        new PaperPages(
            settings.arxivBase(),
            fetcher,
            archive.pages(),
            Fixtures.clock(),
            settings.retryAfter(),
            false);
    return Illustrator.create(
        settings, fetcher, pages, archive.media(), new SiteWriter(site), Fixtures.clock());
  }

  private List<Paper> papers(Entries entries) {
    List<Paper> papers = EntryParser.parse(entries.bytes(), "test");
    archive.listings().record(new DailyList(DATE, papers, Fixtures.NOW, "test"));
    return papers;
  }

  private static void serve(String path, byte[] body, String contentType) {
    web.stubFor(
        get(urlEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
  }

  private static void arxiv(String id, String head, String... srcAndCaption) {
    StringBuilder html = new StringBuilder("<html><head>" + head + "</head><body>");
    for (int i = 0; i < srcAndCaption.length; i += 2) {
      html.append("<figure class=\"ltx_figure\"><img class=\"ltx_graphics\" src=\"")
          .append(srcAndCaption[i])
          .append("\"><figcaption class=\"ltx_caption\">")
          .append(srcAndCaption[i + 1])
          .append("</figcaption></figure>");
    }
    html.append("</body></html>");
    serve("/html/" + id, html.toString().getBytes(StandardCharsets.UTF_8), "text/html");
  }

  private String url(String path) {
    return web.baseUrl() + path;
  }

  private List<Paper> wellBehavedDay() {
    serve("/thumbs/a.png", Images.png(1600, 900), "image/png");
    serve("/thumbs/b.gif", Images.gif(400, 300), "image/gif");
    serve("/thumbs/c.webp", Images.webp(), "image/webp");
    arxiv(
        "2608.00001",
        "<base href=\"/html/2608.00001v2/\">",
        "x1.png",
        "Figure 1: Overview of <b>SparseMix</b> {{ site.title }}.",
        "extracted/5286951/figures/teaser.webp",
        "Figure 2: Teaser.");
    serve("/html/2608.00001v2/x1.png", Images.jpeg(2400, 1200), "image/png");
    serve("/html/2608.00001v2/extracted/5286951/figures/teaser.webp", Images.webp(), "image/webp");
    arxiv("2608.00003", "", "2608.00003v1/x1.png", "Versioned");
    serve("/html/2608.00003v1/x1.png", Images.png(640, 480), "image/png");
    web.stubFor(get(urlEqualTo("/html/2608.00002")).willReturn(notFound()));
    serve("/uploads/demo.png", Images.png(800, 600), "image/png");
    return papers(
        Entries.list()
            .add("2608.00001", "SparseMix: Faster Attention", "Abstract with 95%.", 50, 1, "Org")
            .thumbnail(url("/thumbs/a.png"))
            .add("2608.00002", "No HTML Version", "Abstract.", 40, 0, null)
            .thumbnail(url("/thumbs/b.gif"))
            .mediaUrls(url("/uploads/demo.mp4"), url("/uploads/demo.png"))
            .add("2608.00003", "WebP Thumbnail", "Abstract.", 30, 0, null)
            .thumbnail(url("/thumbs/c.webp")));
  }

  @Test
  void storesThumbnailsAndFiguresOnceAndARerunDownloadsNothing() throws Exception {
    List<Paper> papers = wellBehavedDay();

    Map<String, Illustrations> images = illustrator().illustrate(papers);

    assertThat(images.get("2608.00001").thumbnail().url())
        .isEqualTo("/assets/img/papers/2608.00001/thumb.jpg");
    assertThat(images.get("2608.00001").figures())
        .extracting(Illustrations.Image::url, Illustrations.Image::caption)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/assets/img/papers/2608.00001/fig-1.jpg",
                "Figure 1: Overview of SparseMix {{ site.title }}."),
            org.assertj.core.groups.Tuple.tuple(
                "/assets/img/papers/2608.00001/fig-2.jpg", "Figure 2: Teaser."));
    assertThat(images.get("2608.00002").figures()).hasSize(1); // the uploaded PNG, not the mp4
    assertThat(images.get("2608.00003").figures()).hasSize(1);
    for (String file :
        List.of(
            "2608.00001/thumb.jpg",
            "2608.00001/fig-1.jpg",
            "2608.00001/fig-2.jpg",
            "2608.00002/thumb.jpg",
            "2608.00002/fig-1.jpg",
            "2608.00003/thumb.jpg",
            "2608.00003/fig-1.jpg")) {
      byte[] bytes = Files.readAllBytes(site.resolve(MediaSettings.FOLDER).resolve(file));
      assertThat(ImageType.sniff(bytes)).as(file).contains(ImageType.JPEG);
    }
    assertThat(
            javax.imageio.ImageIO.read(
                    site.resolve(MediaSettings.FOLDER).resolve("2608.00001/fig-1.jpg").toFile())
                .getWidth())
        .isEqualTo(1200);
    web.verify(0, getRequestedFor(urlEqualTo("/uploads/demo.mp4")));
    assertThat(archive.pages().find("2608.00002").orElseThrow().status())
        .isEqualTo(dev.paperboy.archive.PageLog.Status.MISSING);

    String post = post(papers, images);
    Golden.assertMatches("digest/images-2026-08-20-daily-papers-top5.md", post);

    web.resetRequests();
    Map<String, Illustrations> again = illustrator().illustrate(papers);

    assertThat(web.getAllServeEvents()).isEmpty();
    assertThat(again).isEqualTo(images);
    assertThat(post(papers, again)).isEqualTo(post);
  }

  private String post(List<Paper> papers, Map<String, Illustrations> images) {
    FakeSummarizer model = FakeSummarizer.valid();
    List<PaperDigest> digests = new ArrayList<>();
    for (Paper p : papers) {
      digests.add(
          new PaperDigest.Analyzed(
              p,
              ((dev.paperboy.digest.AnalysisParser.Result.Valid)
                      dev.paperboy.digest.AnalysisParser.parse(
                          Answers.json(Answers.valid(p.title(), p.summary()))))
                  .analysis(),
              model.model(),
              false,
              0));
    }
    digests.set(1, new PaperDigest.Fallback(papers.get(1), "test"));
    return new DigestPost(
            new Templates(site),
            PostSettings.defaults(),
            "Hugging Face Daily Papers Top 5 - {date}",
            List.of("Daily Papers", "심층"),
            List.of("huggingface", "papers", "digest", "ai"),
            dev.paperboy.publish.Permalink.DIGEST)
        .render(Ranking.rank(archive.listings().day(DATE)), digests, model.model(), images);
  }

  @Test
  void hostileSourcesAreRecordedFailuresAndNeverAnImage() {
    serve("/bomb.png", Images.pngHeader(50_000, 50_000), "image/png");
    serve(
        "/page.png",
        "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8),
        "image/png");
    web.stubFor(
        get(urlEqualTo("/redirect.png"))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "http://evil.example/x.png")));
    web.stubFor(get(urlEqualTo("/gone.png")).willReturn(notFound()));
    web.stubFor(get(urlEqualTo("/busy.png")).willReturn(aResponse().withStatus(503)));
    serve("/huge.png", new byte[CAP * 5], "image/png");
    web.stubFor(
        get(urlEqualTo("/script.png"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "javascript:alert(1)")));
    List<Paper> papers =
        papers(
            Entries.list()
                .add("2608.00011", "Bomb", "a", 6, 0, null)
                .thumbnail(url("/bomb.png"))
                .add("2608.00012", "Html", "a", 5, 0, null)
                .thumbnail(url("/page.png"))
                .add("2608.00013", "Redirect", "a", 4, 0, null)
                .thumbnail(url("/redirect.png"))
                .add("2608.00014", "Gone", "a", 3, 0, null)
                .thumbnail(url("/gone.png"))
                .add("2608.00015", "Huge", "a", 2, 0, null)
                .thumbnail(url("/huge.png"))
                .add("2608.00016", "Script", "a", 1, 0, null)
                .thumbnail(url("/script.png"))
                .add("2608.00017", "Busy", "a", 0, 0, null)
                .thumbnail(url("/busy.png")));
    for (Paper p : papers) {
      web.stubFor(get(urlEqualTo("/html/" + p.id())).willReturn(notFound()));
    }
    Illustrator illustrator = illustrator();

    Map<String, Illustrations> images = illustrator.illustrate(papers);

    assertThat(images.values()).allSatisfy(i -> assertThat(i).isEqualTo(Illustrations.NONE));
    assertThat(reason("2608.00011")).contains("PNG claims 50000 × 50000 pixels");
    assertThat(reason("2608.00012")).contains("not a PNG, JPEG, GIF or WebP image");
    assertThat(reason("2608.00013")).contains("host evil.example is not in media.allowed-hosts");
    assertThat(reason("2608.00014")).contains("HTTP 404");
    assertThat(reason("2608.00015")).contains("over the cap of " + CAP);
    assertThat(reason("2608.00016")).contains("only http and https URLs are fetched");
    assertThat(reason("2608.00017")).contains("HTTP 503");
    assertThat(illustrator.totals().failures()).hasSize(7);
    assertThat(illustrator.totals().line())
        .startsWith("Images: 0 downloaded, 0 already stored, 7 failed (");
    assertThat(site.resolve(MediaSettings.FOLDER)).doesNotExist();

    web.resetRequests();
    illustrator().illustrate(papers);
    assertThat(web.getAllServeEvents())
        .as("lasting failures wait for retry-after; a 503 is tried again on the next run")
        .singleElement()
        .satisfies(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/busy.png"));
  }

  private String reason(String id) {
    MediaLog.Entry entry = archive.media().find(id, "thumb").orElseThrow();
    assertThat(entry.status()).isEqualTo(MediaLog.Status.FAILED);
    return entry.detail();
  }

  @Test
  void arxivIsAskedAtMostOncePerInterval() {
    for (String id : List.of("2608.00021", "2608.00022", "2608.00023")) {
      web.stubFor(get(urlEqualTo("/html/" + id)).willReturn(notFound()));
    }
    List<Paper> papers =
        papers(
            Entries.list()
                .add("2608.00021", "A", "a", 3, 0, null)
                .thumbnail(null)
                .add("2608.00022", "B", "a", 2, 0, null)
                .thumbnail(null)
                .add("2608.00023", "C", "a", 1, 0, null)
                .thumbnail(null));

    illustrator().illustrate(papers);

    // The clock stands still in tests, so the three requests get slots 0, 3 and 6 s away.
    assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
    web.verify(
        3,
        getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/html/.*")));
  }

  @Test
  void anUnreachableHostIsNotTriedAgainInTheSameRun() {
    MediaSettings offline =
        new MediaSettings(
            true,
            List.of("127.0.0.1"),
            CAP,
            1200,
            40_000_000L,
            2,
            URI.create("http://127.0.0.1:9"),
            Duration.ofSeconds(3),
            "/assets/img/papers",
            Duration.ofSeconds(5),
            Duration.ofDays(7));
    List<Paper> papers =
        papers(
            Entries.list()
                .add("2608.00031", "A", "a", 3, 0, null)
                .thumbnail(null)
                .add("2608.00032", "B", "a", 2, 0, null)
                .thumbnail(null)
                .add("2608.00033", "C", "a", 1, 0, null)
                .thumbnail(null));
    Illustrator illustrator = create(offline, archive, site, waits::add);

    illustrator.illustrate(papers);

    assertThat(waits).as("no pacing wait is spent on a host that refused").isEmpty();
    assertThat(illustrator.totals().failures())
        .hasSize(3)
        .filteredOn(f -> f.contains("could not be reached earlier in this run"))
        .hasSize(2);
    assertThat(archive.pages().find("2608.00033").orElseThrow().retryAt())
        .as("network trouble is tried again on the next run")
        .isEqualTo(Fixtures.NOW);
  }

  @Test
  void aTricklingBodyIsCutAtTheDeadlineAndTriedAgainNextRun() {
    web.stubFor(
        get(urlEqualTo("/thumbs/slow.png"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "image/png")
                    .withBody(Images.png(64, 64))
                    .withChunkedDribbleDelay(40, 20_000)));
    web.stubFor(get(urlEqualTo("/html/2608.00009")).willReturn(notFound()));
    List<Paper> papers =
        papers(
            Entries.list()
                .add("2608.00009", "Slow Server", "Abstract.", 5, 0, null)
                .thumbnail(url("/thumbs/slow.png")));
    long start = System.nanoTime();

    Map<String, Illustrations> images =
        illustrator(settings(Duration.ofMillis(800))).illustrate(papers);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(images.get("2608.00009").thumbnail()).isNull();
    assertThat(took)
        .as("cut at the 0.8 s deadline, not after 20 s")
        .isLessThan(Duration.ofSeconds(8));
    MediaLog.Entry entry = archive.media().find("2608.00009", "thumb").orElseThrow();
    assertThat(entry.status()).isEqualTo(MediaLog.Status.FAILED);
    assertThat(entry.detail()).contains("not downloaded within 800 ms");
    assertThat(entry.retryAt())
        .as("network trouble: tried again on the next run")
        .isEqualTo(Fixtures.NOW);
  }

  @Test
  void aCompleteBodyThatDoesNotDecodeIsNotRequestedAgainOnTheNextRun() {
    byte[] png = Images.png(400, 300);
    serve("/thumbs/truncated.png", java.util.Arrays.copyOf(png, png.length / 2), "image/png");
    web.stubFor(get(urlEqualTo("/html/2608.00008")).willReturn(notFound()));
    List<Paper> papers =
        papers(
            Entries.list()
                .add("2608.00008", "Truncated Image", "Abstract.", 5, 0, null)
                .thumbnail(url("/thumbs/truncated.png")));

    illustrator().illustrate(papers);
    illustrator().illustrate(papers);

    web.verify(1, getRequestedFor(urlEqualTo("/thumbs/truncated.png")));
    MediaLog.Entry entry = archive.media().find("2608.00008", "thumb").orElseThrow();
    assertThat(entry.detail()).contains("cannot decode");
    assertThat(entry.retryAt()).isEqualTo(Fixtures.NOW.plus(Duration.ofDays(7)));
  }
}
