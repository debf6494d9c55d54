package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.testing.Fixtures;
import dev.paperboy.util.Console;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site is the truth and the archive its cache: a published post that went missing from the site
 * (a push that failed on CI, a deleted file) is published again by the next plain run, whatever the
 * ledger says; a date the blogger unpublished is not, even when the archive is lost.
 */
class SiteTruthTest {
  static final String DATE = "2026-08-20";
  static final String POST = "_posts/2026-08-20-daily-papers.md";
  static final String DATA = "_data/papers/daily-2026-08-20.json";

  @TempDir Path tmp;
  Path site;
  Path source;

  @BeforeEach
  void setUp() throws Exception {
    site = tmp.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("_config.yml"), "title: t\n");
    source = Fixtures.sourceFolder(tmp.resolve("recorded"));
  }

  CliTest.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--site", site.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PaperboyCommand.execute(all.toArray(String[]::new), Console.of(out, err), Fixtures.clock());
    return new CliTest.Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  CliTest.Run plain() {
    return run("daily", "--source", source.toString(), "--no-digest");
  }

  @Test
  void aDeletedPostOrDataFileIsPublishedAgainByThePlainRun() throws Exception {
    assertThat(plain().code()).isZero();
    byte[] post = Files.readAllBytes(site.resolve(POST));
    Files.delete(site.resolve(POST));

    CliTest.Run again = plain();

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains(DATE + ": post missing from the site, published again.");
    assertThat(site.resolve(POST)).hasBinaryContent(post);

    Files.delete(site.resolve(DATA));
    assertThat(plain().out()).contains(DATE + ": post missing from the site, published again.");
    assertThat(site.resolve(DATA)).exists();
    assertThat(plain().out()).doesNotContain("missing from the site");
  }

  @Test
  void anUnpublishedDateStaysGoneUntilItIsAskedForByDate() throws Exception {
    assertThat(plain().code()).isZero();

    CliTest.Run unpublish = run("unpublish", "--date", DATE);

    assertThat(unpublish.code()).isZero();
    assertThat(unpublish.out())
        .contains("Unpublished " + DATE + ": removed " + POST)
        .contains(DATA);
    assertThat(site.resolve(POST)).doesNotExist();
    assertThat(site.resolve("_paperboy/unpublished.yml")).content().contains(DATE);
    assertThat(unpublish.out())
        .contains("2026-08 monthly report: removed, as every date of the month was unpublished");
    assertThat(site.resolve("_posts/2026-08-01-monthly-papers-summary.md"))
        .as("its month had no other date")
        .doesNotExist();

    assertThat(plain().code()).isZero();
    assertThat(site.resolve(POST)).as("a plain run leaves it alone").doesNotExist();

    try (var files = Files.list(site.resolve(".paperboy"))) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith("archive.db")).toList()) {
        Files.delete(f);
      }
    }
    assertThat(plain().code()).isZero();
    assertThat(site.resolve(POST)).as("nor after the archive is lost").doesNotExist();

    CliTest.Run explicit = run("daily", "--source", source.toString(), "--date", DATE);
    assertThat(explicit.code()).isZero();
    assertThat(site.resolve(POST)).exists();
    assertThat(site.resolve("_paperboy/unpublished.yml")).doesNotExist();
  }

  @Test
  void unpublishingADateRewritesItsMonthsReportWithoutIt() throws Exception {
    var entries =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Fixtures.day(java.time.LocalDate.parse(DATE)));
    var fewer = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    for (int i = 3; i < entries.size(); i++) {
      fewer.add(entries.get(i));
    }
    Fixtures.record(
        source.resolve("daily_papers-2026-08-19.json"),
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(fewer),
        Fixtures.NOW);
    assertThat(plain().code()).isZero();
    Path report = site.resolve("_posts/2026-08-01-monthly-papers-summary.md");
    String onlyThen = entries.get(0).get("paper").get("id").asText();
    assertThat(report)
        .content()
        .contains("daily-papers-2026-08-20", "daily-papers-2026-08-19", onlyThen);

    assertThat(run("unpublish", "--date", DATE).code()).isZero();

    assertThat(report)
        .content()
        .doesNotContain("daily-papers-2026-08-20", onlyThen)
        .contains("daily-papers-2026-08-19");
  }
}
