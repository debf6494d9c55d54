package dev.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.archive.AnalysisCache;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.MediaLog;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.testing.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The browser over HTTP: pages, the JSON API, bad requests and hostile text, without a browser. */
class ArchiveServerTest {
  @TempDir static Path tmp;
  static Archive archive;
  static ArchiveServer browser;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String ZETTA = "2608.16590";
  static final String CO_RL = "2608.17253";
  static final java.time.ZoneId SEOUL = java.time.ZoneId.of("Asia/Seoul");

  /** An archive of every fixture day, the hostile corpus, and one Korean analysis. */
  static Archive fixtureArchive(Path dir) {
    Archive a = Archive.open(dir.resolve("archive.db"), Fixtures.clock());
    for (LocalDate d : Fixtures.DAYS) {
      a.listings()
          .record(new DailyList(d, EntryParser.parse(Fixtures.day(d), "f"), Fixtures.NOW, "f"));
    }
    // The last day fetched twice more, its upvotes rising: three snapshots per paper.
    LocalDate last = LocalDate.of(2026, 8, 20);
    for (int i = 1; i <= 2; i++) {
      int more = 5 * i;
      a.listings()
          .record(
              new DailyList(
                  last,
                  EntryParser.parse(Fixtures.day(last), "f").stream()
                      .map(
                          p ->
                              p.withCounts(
                                  new dev.paperboy.hf.Counts(
                                      p.counts().upvotes() + more,
                                      p.counts().comments(),
                                      p.counts().githubStars())))
                      .toList(),
                  Fixtures.NOW.plusSeconds(3600L * i),
                  "f"));
    }
    a.listings()
        .record(
            new DailyList(
                LocalDate.of(2026, 1, 5),
                EntryParser.read(Fixtures.bytes("bad-input/daily_papers-2026-01-05.json"), "bad")
                    .papers(),
                Fixtures.NOW,
                "bad"));
    a.analyses()
        .store(
            new AnalysisCache.Key(ZETTA, "sha", "digest-v1", "openai/test"),
            new AnalysisCache.Entry(
                """
                {"summary":"폐루프 강화학습으로 스스로 추론하는 로봇 하네스","keyPoints":["자기 진화"],
                 "developerView":"로봇 개발자에게 유용","ideas":["시뮬레이션"],"risks":["비용"],
                 "explanation":"물리 지능을 위한 추론 루프","tags":["로봇"],"difficulty":"MEDIUM",
                 "difficultyReason":"r","confidence":"HIGH","confidenceReason":"c"}
                """,
                0));
    a.analyses()
        .store(
            new AnalysisCache.Key(CO_RL, "sha", "digest-v2", "openai/test"),
            new AnalysisCache.Entry(
                """
                {"summary":"여러 에이전트가 함께 협업을 배우는 방법","keyPoints":["협동 학습 (§3)"],
                 "developerView":"에이전트 개발자에게 유용","ideas":["실험"],"risks":["비용"],
                 "explanation":"본문을 읽은 설명","tags":["RL"],"difficulty":"MEDIUM",
                 "difficultyReason":"r","confidence":"HIGH","confidenceReason":"c",
                 "keyResults":[{"finding":"수학 벤치마크 정답률이 61.2로 올랐다 <b>굵게</b>",
                                "source":"표 2"}],
                 "basis":{"fullText":true,"sections":["§1","§4"],"tables":1,"note":null}}
                """,
                0));
    storeImages(a, dir.resolve("site"));
    return a;
  }

  /** The caption of Zetta's first figure: markup, which must stay text. */
  static final String CAPTION = "Figure 1: <b>loop</b> & \"harness\" <script>x()</script>";

  /**
   * Zetta's thumbnail and first figure as the digest stores them (JPEGs under the site, recorded in
   * the archive), and a record whose path leads out of the site.
   */
  static void storeImages(Archive a, Path site) {
    String folder = "assets/img/papers/" + ZETTA + "/";
    try {
      java.nio.file.Files.createDirectories(site.resolve(folder));
      java.nio.file.Files.write(site.resolve(folder + "thumb.jpg"), jpeg(64, 48));
      java.nio.file.Files.write(site.resolve(folder + "fig-1.jpg"), jpeg(120, 80));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    a.media()
        .record(
            List.of(
                MediaLog.Entry.stored(
                    ZETTA, "thumb", "https://x/t.png", folder + "thumb.jpg", 64, 48, null),
                MediaLog.Entry.stored(
                    ZETTA, "fig-1", "https://x/f.png", folder + "fig-1.jpg", 120, 80, CAPTION),
                MediaLog.Entry.stored(
                    ZETTA, "fig-2", "https://x/g.png", "../../etc/passwd", 1, 1, "out")));
  }

  static byte[] jpeg(int w, int h) {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(new java.awt.Color(47, 111, 208));
    g.fillRect(0, 0, w / 2, h);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "jpg", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void aKoreanHitFoundOnlyInTheDigestShowsTheDigestPassageMarked() throws Exception {
    String page = get("/search?q=" + q("추론")).body();
    String excerpt = page.substring(page.indexOf("<p class=\"excerpt\">"));
    excerpt = excerpt.substring(0, excerpt.indexOf("</p>"));
    assertThat(excerpt).contains("<mark>추론</mark>").doesNotContain("Embodied agents");
  }

  @Test
  void aMonthPageFollowsTheArchiveWhenAnotherRunWritesToIt() throws Exception {
    Path dir = tmp.resolve("month-follows");
    LocalDate august = LocalDate.of(2026, 8, 20);
    try (Archive own = Archive.open(dir.resolve("archive.db"), Fixtures.clock())) {
      own.listings()
          .record(
              new DailyList(
                  august, EntryParser.parse(Fixtures.day(august), "f"), Fixtures.NOW, "f"));
      int first = own.listings().day(august).papers().size();
      try (ArchiveServer b = new ArchiveServer(own, dir.resolve("site"), SEOUL)) {
        String at = "http://127.0.0.1:" + b.start("127.0.0.1", 0) + "/months/2026-08";
        HttpRequest month = HttpRequest.newBuilder(URI.create(at)).build();
        assertThat(HTTP.send(month, HttpResponse.BodyHandlers.ofString()).body())
            .contains("논문 " + first + "편");
        assertThat(HTTP.send(month, HttpResponse.BodyHandlers.ofString()).body())
            .contains("논문 " + first + "편");

        LocalDate july = LocalDate.of(2026, 7, 21);
        try (Archive cron = Archive.open(dir.resolve("archive.db"), Fixtures.clock())) {
          cron.listings()
              .record(
                  new DailyList(
                      LocalDate.of(2026, 8, 3),
                      EntryParser.parse(Fixtures.day(july), "f"),
                      Fixtures.NOW,
                      "f"));
        }
        int more = own.listings().day(LocalDate.of(2026, 8, 3)).papers().size();
        assertThat(HTTP.send(month, HttpResponse.BodyHandlers.ofString()).body())
            .contains("논문 " + (first + more) + "편");
      }
    }
  }

  @Test
  void aPaperShowsItsStoredImagesServedFromTheSiteOnly() throws Exception {
    String page = get("/papers/" + ZETTA).body();
    assertThat(page)
        .contains("<img src=\"/media/" + ZETTA + "/thumb\"")
        .contains("<img src=\"/media/" + ZETTA + "/fig-1\"")
        .contains(
            "<figcaption>Figure 1: &lt;b&gt;loop&lt;/b&gt; &amp; &quot;harness&quot; &lt;script&gt;x()&lt;/script&gt;</figcaption>")
        .doesNotContain("<b>loop</b>");
    assertThat(page.indexOf("/thumb\"")).isLessThan(page.indexOf("/fig-1\""));

    HttpResponse<byte[]> thumb =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/media/" + ZETTA + "/thumb")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(thumb.statusCode()).isEqualTo(200);
    assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(thumb.body())
        .isEqualTo(
            java.nio.file.Files.readAllBytes(
                tmp.resolve("site/assets/img/papers/" + ZETTA + "/thumb.jpg")));

    assertThat(get("/media/" + ZETTA + "/fig-2").statusCode())
        .as("a path out of the site")
        .isEqualTo(404);
    assertThat(get("/media/" + ZETTA + "/fig-7").statusCode()).isEqualTo(404);
    assertThat(get("/media/" + ZETTA + "/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
    assertThat(get("/media/2601.00001/thumb").statusCode()).isEqualTo(404);
  }

  @BeforeAll
  static void start() {
    archive = fixtureArchive(tmp);
    browser = new ArchiveServer(archive, tmp.resolve("site"), SEOUL);
    base = "http://127.0.0.1:" + browser.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    browser.close();
    archive.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void anEnglishSearchHighlightsItsMatchesUnderAStrictPolicy() throws Exception {
    HttpResponse<String> r = get("/search?q=" + q("reinforcement"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(ArchiveServer.CSP);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
    assertThat(r.body()).contains("<mark>reinforcement</mark>").contains("검색 결과");
    assertThat(r.body()).doesNotContain("<script");
  }

  @Test
  void aTwoSyllableKoreanSearchFindsTheDigestText() throws Exception {
    HttpResponse<String> r = get("/search?q=" + q("추론"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("검색 결과 1편").contains("/papers/" + ZETTA);

    JsonNode api = new ObjectMapper().readTree(get("/api/papers?q=" + q("강화학습")).body());
    assertThat(api.get("total").asInt()).isEqualTo(1);
    assertThat(api.get("papers").get(0).get("id").asText()).isEqualTo(ZETTA);
  }

  @Test
  void aFullTextAnalysisShowsWhatItReadAndItsKeyResultsAndSearchFindsThem() throws Exception {
    String page = get("/papers/" + CO_RL).body();

    assertThat(page)
        .contains("<strong>근거</strong>: 본문 (§1, §4 · 표 1개)")
        .contains("📊 주요 결과")
        .contains("수학 벤치마크 정답률이 61.2로 올랐다 &lt;b&gt;굵게&lt;/b&gt;")
        .contains("(표 2)")
        .contains("본문 기반 상세 설명");
    assertThat(get("/papers/" + ZETTA).body())
        .as("an analysis of an earlier prompt still shows, from the abstract")
        .contains("<strong>근거</strong>: 초록만", "초록 기반 상세 설명")
        .doesNotContain("주요 결과");
    JsonNode api = new ObjectMapper().readTree(get("/api/papers?q=" + q("정답률")).body());
    assertThat(api.get("total").asInt()).isEqualTo(1);
    assertThat(api.get("papers").get(0).get("id").asText()).isEqualTo(CO_RL);
  }

  @Test
  void filtersAndTheJsonApiAgree() throws Exception {
    JsonNode api =
        new ObjectMapper()
            .readTree(
                get("/api/papers?from=2026-08-20&to=2026-08-20&min-upvotes=20&sort=upvotes")
                    .body());
    assertThat(api.get("total").asInt()).isPositive();
    for (JsonNode p : api.get("papers")) {
      assertThat(p.get("upvotes").asInt()).isGreaterThanOrEqualTo(20);
      assertThat(p.get("last_listed").asText()).isEqualTo("2026-08-20");
    }
  }

  @Test
  void aPaperPageShowsItsAnalysisDatesAndAHistoryChartWithOneBarPerSnapshot() throws Exception {
    HttpResponse<String> page = get("/papers/" + ZETTA);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("폐루프 강화학습으로 스스로 추론하는 로봇 하네스")
        .contains("/days/2026-08-20")
        .contains("/papers/" + ZETTA + "/history.svg");
    int snapshots = archive.listings().history(ZETTA).size();
    assertThat(snapshots).isEqualTo(3);
    String svg = get("/papers/" + ZETTA + "/history.svg").body();
    assertThat(svg.split("fill:rgb\\(47,111,208\\)", -1).length - 1).isEqualTo(snapshots);

    JsonNode api = new ObjectMapper().readTree(get("/api/papers/" + ZETTA).body());
    assertThat(api.get("history")).hasSize(snapshots);
    assertThat(api.get("analysis").get("summary").asText()).contains("추론");
  }

  @Test
  void aMonthPageShowsItsDaysAndTheMonthlyReportsChart() throws Exception {
    HttpResponse<String> page = get("/months/2026-08");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/months/2026-08/chart.svg").contains("/days/2026-08-20");
    HttpResponse<String> chart = get("/months/2026-08/chart.svg");
    assertThat(chart.headers().firstValue("Content-Type").orElseThrow()).contains("image/svg+xml");
    assertThat(chart.body().split("fill:rgb\\(47,111,208\\)", -1).length - 1)
        .as("one bar for the month's one list day")
        .isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "/papers/not-an-id|400|arXiv id가 아닙니다",
        "/papers/2699.99999|404|2699.99999 논문이 없습니다",
        "/days/2026-02-30|400|같은 날짜여야 합니다",
        "/days/2020-01-01|404|2020-01-01에 오른 논문이 없습니다",
        "/months/2026-13|400|월은 2026-02 같은 형식",
        "/search?page=-1|400|page는 1에서 10000 사이",
        "/search?from=yesterday|400|는 2026-02-20 같은 날짜여야 합니다 (받은 값",
        "/search?min-upvotes=lots|400|정수여야 합니다 (받은 값",
        "/search?sort=random|400|relevance, upvotes, date 중 하나",
        "/api/papers?page=-1|400|page는 1에서 10000 사이",
        "/api/papers/2699.99999|404|논문이 없습니다",
        "/api/days/x|400|같은 날짜여야 합니다",
        "/nothing-here|404|없는 페이지입니다",
      })
  void badRequestsGetA4xxWithAMessage(String path, int status, String message) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.body()).as(path).contains(message);
    if (path.startsWith("/api/")) {
      JsonNode error = new ObjectMapper().readTree(r.body());
      assertThat(error.get("status").asInt()).isEqualTo(status);
    }
  }

  @Test
  void aHugeQueryAndBrokenFtsSyntaxGetA400WithAMessageNeverA500() throws Exception {
    HttpResponse<String> huge = get("/search?q=" + "x".repeat(10_000));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("10000자입니다(characters long). 최대 500자");
    assertThat(get("/api/papers?q=" + "x".repeat(10_000)).body()).contains("최대 500자");
    for (String broken : new String[] {"NEAR(", "\"agent", "agent (reward"}) {
      HttpResponse<String> page = get("/search?q=" + q(broken));
      assertThat(page.statusCode()).as(broken).isEqualTo(400);
      assertThat(page.body()).as(broken).contains("unclosed quote or bracket");
      HttpResponse<String> api = get("/api/papers?q=" + q(broken));
      assertThat(api.statusCode()).as(broken).isEqualTo(400);
      assertThat(new ObjectMapper().readTree(api.body()).get("error").asText())
          .contains("unclosed quote or bracket");
    }
    for (String empty : new String[] {"\"", "(((", "*", "'"}) {
      assertThat(get("/search?q=" + q(empty)).body()).contains("no letter or digit");
      assertThat(get("/api/papers?q=" + q(empty)).statusCode()).as(empty).isEqualTo(400);
    }
    for (String literal : new String[] {"a OR", "title:x", "NEAR(agent)", "\"agent\""}) {
      assertThat(get("/search?q=" + q(literal)).statusCode()).as(literal).isEqualTo(200);
      assertThat(get("/api/papers?q=" + q(literal)).statusCode()).as(literal).isEqualTo(200);
    }
  }

  @Test
  void aControlCharacterInAnyParameterIsA400WithAMessage() throws Exception {
    for (String path :
        List.of(
            "/api/papers?q=diffusion%00",
            "/search?q=diffusion%00",
            "/api/papers?org=a%0Ab",
            "/search?keyword=%1B%5B31m",
            "/api/papers?q=agent&sort=upvotes%00",
            "/api/days/2026-08-20?x%00=1",
            "/?from=%7F")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.body()).as(path).contains("control character");
    }
  }

  /**
   * Random query strings (random parameter names and values: bytes, percent escapes, broken UTF-8,
   * FTS syntax, huge numbers) over every route: never a 5xx.
   */
  @Test
  void noQueryStringOnAnyRouteGetsA5xx() throws Exception {
    java.util.Random random = new java.util.Random(20261206L);
    List<String> routes =
        List.of(
            "/",
            "/search",
            "/api/papers",
            "/days/2026-08-20",
            "/api/days/2026-08-20",
            "/months/2026-08",
            "/papers/" + ZETTA,
            "/api/papers/" + ZETTA);
    List<String> names =
        List.of("q", "org", "keyword", "from", "to", "min-upvotes", "sort", "page", "x");
    List<String> pieces =
        List.of(
            "%00",
            "%FF",
            "%C3",
            "%E2%80",
            "%ED%A0%80",
            "%F0%9F%98",
            "%25",
            "%2B",
            "+",
            "%22",
            "NEAR(",
            "%22",
            "*",
            "(",
            ")",
            "OR",
            "%5E",
            "-",
            "99999999999999999999",
            "-1",
            "0",
            "2026-02-30",
            "%EC%B6%94%EB%A1%A0",
            "agent",
            "a:b",
            "%3Cscript%3E",
            "'",
            ";",
            "..",
            "%5E");
    for (int i = 0; i < 400; i++) {
      StringBuilder query = new StringBuilder();
      int params = 1 + random.nextInt(3);
      for (int p = 0; p < params; p++) {
        query.append(p == 0 ? "?" : "&").append(names.get(random.nextInt(names.size())));
        query.append('=');
        for (int k = random.nextInt(4); k >= 0; k--) {
          query.append(pieces.get(random.nextInt(pieces.size())));
        }
      }
      String path = routes.get(random.nextInt(routes.size())) + query;
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isLessThan(500);
    }
  }

  @Test
  void theHostileCorpusIsTextNotMarkup() throws Exception {
    String day = get("/days/2026-01-05").body();
    String search = get("/search?q=" + q("img")).body();
    for (String page : new String[] {day, search}) {
      assertThat(page)
          .doesNotContain("<script", "<img src=x", "<iframe")
          .doesNotContainPattern("<[a-z]+ [^>]*\\son[a-z]+=");
    }
    assertThat(day).contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void dayAndMonthPagesNumberEachPaperOnceInRankOrder() throws Exception {
    for (String path : List.of("/days/2026-08-20", "/months/2026-08")) {
      String page = get(path).body();
      assertThat(page).as(path).doesNotContain("class=\"rank\"").contains("<li value=\"1\">");
      assertThat(page.indexOf("<li value=\"1\">")).isLessThan(page.indexOf("<li value=\"2\">"));
    }
  }

  @Test
  void errorPagesAreInKorean() throws Exception {
    String notFound = get("/papers/2699.99999").body();
    assertThat(notFound).contains("<h1>404 찾을 수 없음</h1>", "처음으로");
    assertThat(get("/days/x").body()).contains("<h1>400 잘못된 요청</h1>");
  }

  @Test
  void historyTimesAreShownInTheConfiguredZone() throws Exception {
    String page = get("/papers/" + ZETTA).body();
    // Fixtures.NOW is 2026-08-21T03:00:00Z: 12:00 in Seoul.
    assertThat(page).contains("2026-08-21 12:00 KST").doesNotContain("2026-08-21T03:00:00Z");
  }

  @Test
  void aKoreanSearchOfAnArchiveWithoutAnyAnalysisSaysWhyAndHowToGetThem() throws Exception {
    Path dir = tmp.resolve("no-analyses");
    try (Archive bare = Archive.open(dir.resolve("archive.db"), Fixtures.clock())) {
      LocalDate d = LocalDate.of(2026, 8, 20);
      bare.listings()
          .record(new DailyList(d, EntryParser.parse(Fixtures.day(d), "f"), Fixtures.NOW, "f"));
      try (ArchiveServer b = new ArchiveServer(bare, dir.resolve("site"), SEOUL)) {
        String at = "http://127.0.0.1:" + b.start("127.0.0.1", 0);
        String page =
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(at + "/search?q=" + q("추론"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        assertThat(page)
            .contains("한국어 분석이 아직 없습니다", "digest.provider", "digest.model")
            .doesNotContain("검색 결과 0편", "1 / 0");
        JsonNode api =
            new ObjectMapper()
                .readTree(
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(at + "/api/papers?q=" + q("추론")))
                                .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .body());
        assertThat(api.get("total").asInt()).isZero();
        assertThat(api.get("note").asText()).contains("digest.provider");
        String english =
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(at + "/search?q=zzzqqq")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        assertThat(english).contains("찾는 논문이 없습니다").doesNotContain("1 / 0", "한국어 분석");
      }
    }
  }

  @Test
  void aHistoryOfOneObservationIsADotNotABar() throws Exception {
    Path dir = tmp.resolve("one-point");
    try (Archive one = Archive.open(dir.resolve("archive.db"), Fixtures.clock())) {
      LocalDate d = LocalDate.of(2026, 7, 21);
      var papers = EntryParser.parse(Fixtures.day(d), "f");
      one.listings().record(new DailyList(d, papers, Fixtures.NOW, "f"));
      String id = papers.get(0).id();
      try (ArchiveServer b = new ArchiveServer(one, dir.resolve("site"), SEOUL)) {
        String at = "http://127.0.0.1:" + b.start("127.0.0.1", 0);
        String page =
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(at + "/papers/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        assertThat(page).contains("한 번 관측했습니다").doesNotContain("history.svg");
        String svg =
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(at + "/papers/" + id + "/history.svg"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        // One marker (a small square path in a group filled with the bar colour), no bar.
        assertThat(svg.split("fill:rgb\\(47,111,208\\)", -1).length - 1).isEqualTo(1);
        java.util.regex.Matcher marker =
            java.util.regex.Pattern.compile(
                    "fill:rgb\\(47,111,208\\)[^>]*><path d='M([0-9.]+),[0-9.]+L([0-9.]+),")
                .matcher(svg);
        assertThat(marker.find()).isTrue();
        assertThat(
                Math.abs(Double.parseDouble(marker.group(2)) - Double.parseDouble(marker.group(1))))
            .as("a dot, not a bar")
            .isLessThan(20);
      }
    }
  }

  @Test
  void theSitesFeedsAreServedAndLinkedAndNothingElseUnderFeed() throws Exception {
    java.nio.file.Path feed = tmp.resolve("site/feed/papers.xml");
    java.nio.file.Files.createDirectories(feed.getParent());
    java.nio.file.Files.writeString(feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");

    HttpResponse<String> served = get("/feed/papers.xml");

    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type"))
        .hasValue("application/atom+xml; charset=utf-8");
    assertThat(served.body()).contains("http://www.w3.org/2005/Atom");
    assertThat(get("/feed/digest.xml").statusCode()).as("not written yet").isEqualTo(404);
    assertThat(get("/feed/archive.db").statusCode()).isEqualTo(404);
    assertThat(get("/feed/..%2F.paperboy%2Farchive.db").statusCode()).isEqualTo(404);
    assertThat(get("/").body())
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
        .contains("href=\"/feed/papers.xml\"");
  }
}
