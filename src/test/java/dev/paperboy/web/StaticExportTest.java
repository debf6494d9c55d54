package dev.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.archive.Archive;
import dev.paperboy.archive.Listings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static export: every page as a file, linked relatively, hostile text inert, rewritten only on
 * change.
 */
class StaticExportTest {
  @TempDir static Path tmp;
  static Archive archive;
  static Path out;
  static StaticExport.Summary first;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void export() {
    archive = ArchiveServerTest.fixtureArchive(tmp);
    out = tmp.resolve("export");
    first =
        StaticExport.write(
            archive, tmp.resolve("site"), ArchiveServerTest.SEOUL, out, progress::add);
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  static List<Path> html() throws Exception {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }

  static String read(String relative) throws Exception {
    return Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
  }

  @Test
  void everyListDateMonthAndPaperHasItsFiles() throws Exception {
    List<Listings.ListDay> days = archive.listings().listDays();
    assertThat(first.days()).isEqualTo(days.size());
    assertThat(first.papers()).isEqualTo(archive.stats().papers());
    for (Listings.ListDay d : days) {
      assertThat(out.resolve("days/" + d.date() + ".html")).isRegularFile();
      assertThat(out.resolve("api/days/" + d.date() + ".json")).isRegularFile();
    }
    assertThat(out.resolve("months/2026-08.html")).isRegularFile();
    assertThat(read("months/2026-08.svg")).startsWith("<?xml").contains("<svg");
    assertThat(read("papers/" + ArchiveServerTest.ZETTA + ".svg")).contains("<svg");
    JsonNode paper =
        new ObjectMapper().readTree(read("api/papers/" + ArchiveServerTest.ZETTA + ".json"));
    assertThat(paper.get("history")).hasSize(3);
    assertThat(out.resolve("static/style.css")).isRegularFile();
    assertThat(out.resolve("media/" + ArchiveServerTest.ZETTA + "/thumb.jpg"))
        .hasBinaryContent(
            Files.readAllBytes(
                tmp.resolve("site/assets/img/papers/" + ArchiveServerTest.ZETTA + "/thumb.jpg")));
    assertThat(read("papers/" + ArchiveServerTest.ZETTA + ".html"))
        .contains("src=\"../media/" + ArchiveServerTest.ZETTA + "/fig-1.jpg\"")
        .doesNotContain("fig-2");
    assertThat(out.resolve("media/" + ArchiveServerTest.ZETTA + "/fig-2.jpg")).doesNotExist();
    assertThat(out.resolve(".paperboy")).doesNotExist();
  }

  @Test
  void everyLinkIsRelativeAndLeadsToAFileOfTheExport() throws Exception {
    Pattern link = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");
    int checked = 0;
    for (Path page : html()) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = link.matcher(text);
      while (m.find()) {
        String target = m.group(1).replace("&amp;", "&");
        if (target.startsWith("https://") || target.startsWith("http://")) {
          continue;
        }
        assertThat(target).as(page + " links to " + target).doesNotStartWith("/");
        String file = target.replaceAll("[?#].*$", "");
        assertThat(page.getParent().resolve(file).normalize())
            .as(out.relativize(page) + " → " + target)
            .isRegularFile()
            .startsWith(out);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void pagesStateThePolicyAndTheHostileCorpusStaysText() throws Exception {
    for (Path page : html()) {
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .as(page.toString())
          .contains(
              "<meta http-equiv=\"Content-Security-Policy\" content=\""
                  + StaticExport.CSP.replace("'", "&#39;")
                  + "\">");
    }
    String hostile = read("days/2026-01-05.html");
    assertThat(hostile).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    assertThat(hostile.split("<script", -1)).hasSize(1);
    assertThat(read("search.html")).contains("<script src=\"static/search.js\" defer></script>");
    assertThat(read("search.html")).contains("<noscript>");
  }

  @Test
  void theSearchIndexHoldsEveryPaperWithItsKoreanDigestText() throws Exception {
    JsonNode index = new ObjectMapper().readTree(read("search-index.json"));
    assertThat(index).hasSize(first.papers());
    JsonNode zetta = null;
    for (JsonNode e : index) {
      if (e.get("id").asText().equals(ArchiveServerTest.ZETTA)) {
        zetta = e;
      }
    }
    assertThat(zetta).isNotNull();
    assertThat(zetta.get("x").asText()).contains("추론");
    assertThat(zetta.get("t").asText()).startsWith("Zetta");
    assertThat(zetta.get("d")).isNotEmpty();
  }

  @Test
  void aSecondExportRewritesNothing() {
    StaticExport.Summary again =
        StaticExport.write(archive, tmp.resolve("site"), ArchiveServerTest.SEOUL, out, line -> {});
    assertThat(again.files()).isEqualTo(first.files());
    assertThat(again.changed()).isZero();
  }
}
