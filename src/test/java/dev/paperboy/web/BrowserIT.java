package dev.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import dev.paperboy.archive.Archive;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The archive browser in a real browser: Debian's chromium and chromedriver at explicit paths
 * (nothing downloaded), headless. Screenshots of the search and paper pages go to {@code
 * target/screenshots} (CI keeps them as build artifacts).
 */
class BrowserIT {
  @TempDir static Path tmp;
  static Archive archive;
  static ArchiveServer browser;
  static String base;
  static ChromeDriver chrome;

  @BeforeAll
  static void start() {
    Path binary = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(binary) && Files.isExecutable(driver);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
    }
    archive = ArchiveServerTest.fixtureArchive(tmp);
    browser = new ArchiveServer(archive, tmp.resolve("site"), ArchiveServerTest.SEOUL);
    base = "http://127.0.0.1:" + browser.start("127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1400", "--lang=ko");
    chrome =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
            options);
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.quit();
    }
    if (browser != null) {
      browser.close();
      archive.close();
    }
  }

  static void open(String path) {
    chrome.get(base + path);
  }

  static void screenshot(String name) throws Exception {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
  }

  List<String> titles() {
    return chrome.findElements(By.cssSelector("li.hit a.title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void anEnglishSearchFromTheBoxHighlightsItsMatches() throws Exception {
    open("/");
    WebElement box = chrome.findElement(By.name("q"));
    box.sendKeys("diffusion");
    box.submit();
    awaitUrl("/search?q=diffusion");

    assertThat(chrome.getCurrentUrl()).contains("/search?q=diffusion");
    assertThat(titles()).isNotEmpty();
    assertThat(chrome.findElements(By.tagName("mark")))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText().toLowerCase()).isEqualTo("diffusion"));
    screenshot("search-english");
  }

  @Test
  void aTwoSyllableKoreanSearchAndAFilter() throws Exception {
    open("/search?q=" + URLEncoder.encode("추론", StandardCharsets.UTF_8));
    assertThat(titles()).hasSize(1);
    assertThat(titles().get(0)).startsWith("Zetta");
    screenshot("search-korean");

    open("/search?q=reasoning");
    int all = titles().size();
    chrome.findElement(By.name("min-upvotes")).sendKeys("30");
    new Select(chrome.findElement(By.name("sort"))).selectByValue("upvotes");
    chrome.findElement(By.cssSelector("form.filters button")).click();
    awaitUrl("min-upvotes=30");

    assertThat(chrome.getCurrentUrl()).contains("min-upvotes=30").contains("sort=upvotes");
    List<Integer> votes =
        chrome.findElements(By.cssSelector("li.hit .meta")).stream()
            .map(e -> Integer.parseInt(e.getText().replaceAll("^👍 (\\d+).*$", "$1")))
            .toList();
    assertThat(votes).isNotEmpty().allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(30));
    assertThat(votes.size()).isLessThanOrEqualTo(all);
  }

  @Test
  void openingAPaperShowsItsHistoryChartWithOnePointPerSnapshot() throws Exception {
    open("/search?q=Zetta");
    chrome.findElement(By.cssSelector("li.hit a.title")).click();
    awaitUrl("/papers/" + ArchiveServerTest.ZETTA);

    assertThat(chrome.getCurrentUrl()).endsWith("/papers/" + ArchiveServerTest.ZETTA);
    assertThat(chrome.findElement(By.tagName("h1")).getText()).startsWith("Zetta");
    assertThat(chrome.getPageSource()).contains("폐루프 강화학습");
    WebElement chart = chrome.findElement(By.id("history"));
    Number width =
        (Number)
            ((JavascriptExecutor) chrome).executeScript("return arguments[0].naturalWidth", chart);
    assertThat(width.intValue()).as("the history chart loaded").isPositive();
    int snapshots = archive.listings().history(ArchiveServerTest.ZETTA).size();
    assertThat(snapshots).isEqualTo(3);
    assertThat(chrome.findElements(By.cssSelector("table.history tbody tr"))).hasSize(snapshots);
    List<WebElement> images = chrome.findElements(By.cssSelector("figure.image img"));
    assertThat(images).hasSize(2);
    for (WebElement image : images) {
      Number w =
          (Number)
              ((JavascriptExecutor) chrome)
                  .executeScript("return arguments[0].naturalWidth", image);
      assertThat(w.intValue()).as("stored image " + image.getDomAttribute("src")).isPositive();
    }
    assertThat(chrome.findElement(By.cssSelector("figure.image figcaption")).getText())
        .isEqualTo(ArchiveServerTest.CAPTION);
    screenshot("paper");

    chrome.get(base + "/papers/" + ArchiveServerTest.ZETTA + "/history.svg");
    assertThat(
            chrome.findElements(By.cssSelector("g")).stream()
                .filter(
                    r ->
                        String.valueOf(r.getDomAttribute("style"))
                            .replace(" ", "")
                            .contains("47,111,208"))
                .count())
        .isEqualTo(snapshots);
  }

  @Test
  void theHostileCorpusRendersInertUnderThePolicy() throws Exception {
    open("/days/2026-01-05");
    JavascriptExecutor js = (JavascriptExecutor) chrome;
    assertThat(chrome.findElements(By.cssSelector("main script, main iframe, main img"))).isEmpty();
    assertThat(chrome.findElement(By.tagName("main")).getText())
        .contains("<img src=x onerror=alert(1)>");
    assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    open("/search?q=" + URLEncoder.encode("script", StandardCharsets.UTF_8));
    assertThat(chrome.findElements(By.cssSelector("main script"))).isEmpty();
  }

  @Test
  void theStaticExportSearchesInTheBrowserAndKeepsHostileTextInert() throws Exception {
    Path folder = tmp.resolve("export");
    StaticExport.write(archive, tmp.resolve("site"), ArchiveServerTest.SEOUL, folder, line -> {});
    HttpServer files =
        SimpleFileServer.createFileServer(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            folder,
            SimpleFileServer.OutputLevel.NONE);
    files.start();
    try {
      String root = "http://127.0.0.1:" + files.getAddress().getPort() + "/";
      chrome.get(root + "search.html?q=" + URLEncoder.encode("추론", StandardCharsets.UTF_8));
      awaitResults();
      assertThat(titles()).hasSize(1);
      assertThat(titles().get(0)).startsWith("Zetta");
      assertThat(chrome.findElements(By.cssSelector("li.hit mark")))
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.getText()).isEqualTo("추론"));
      assertThat(chrome.findElement(By.name("q")).getDomProperty("value")).isEqualTo("추론");
      screenshot("export-search-korean");

      chrome.get(root + "search.html?q=script");
      awaitResults();
      assertThat(titles()).contains("HTML <script>alert('x')</script> title");
      assertThat(chrome.findElements(By.cssSelector("main script, main iframe, main img")))
          .isEmpty();
      chrome.get(root + "search.html?q=onerror");
      awaitResults();
      assertThat(chrome.findElements(By.cssSelector("li.hit .meta")))
          .anySatisfy(m -> assertThat(m.getText()).contains("<img src=x onerror=alert(1)>"));
      assertThat(chrome.findElements(By.cssSelector("main script, main iframe, main img")))
          .isEmpty();
      assertThat(((JavascriptExecutor) chrome).executeScript("return window.__pwned === undefined"))
          .isEqualTo(true);

      chrome.get(root + "search.html?q=Zetta");
      awaitResults();
      chrome.findElement(By.cssSelector("li.hit a.title")).click();
      awaitUrl("/papers/" + ArchiveServerTest.ZETTA + ".html");
      assertThat(chrome.getCurrentUrl()).endsWith("/papers/" + ArchiveServerTest.ZETTA + ".html");
      assertThat(chrome.findElement(By.tagName("h1")).getText()).startsWith("Zetta");
      Number width =
          (Number)
              ((JavascriptExecutor) chrome)
                  .executeScript(
                      "return arguments[0].naturalWidth", chrome.findElement(By.id("history")));
      assertThat(width.intValue()).as("the exported history chart loaded").isPositive();
    } finally {
      files.stop(0);
    }
  }

  /**
   * The click or submit has navigated: Selenium may return before the new page loads, and its URL
   * and elements are then the old page's.
   */
  static void awaitUrl(String part) {
    new WebDriverWait(chrome, Duration.ofSeconds(15))
        .until(
            d ->
                d.getCurrentUrl().contains(part)
                    && "complete"
                        .equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** The export's search script has read its index and listed what it found. */
  static void awaitResults() {
    new WebDriverWait(chrome, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id("status")).getText().startsWith("검색 결과"));
  }
}
