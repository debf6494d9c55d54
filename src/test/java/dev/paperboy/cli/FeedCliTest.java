package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dev.paperboy.testing.Fixtures;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The Atom feeds a run writes, read back by feed and XML parsers. */
class FeedCliTest {
  @TempDir Path tmp;

  private Path site(String config) throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site);
    if (config != null) {
      Files.writeString(site.resolve("_config.yml"), config, StandardCharsets.UTF_8);
    }
    return site;
  }

  private static Feed parse(Path file) throws Exception {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    assertThat(dom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    WireFeedInput input = new WireFeedInput();
    return (Feed) input.build(new StringReader(xml));
  }

  @Test
  void bothFeedsParseWithStableIdsAndAReRunChangesNoByte() throws Exception {
    Path site = site("url: https://me.github.io\nbaseurl: /blog\n");
    Path source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    String[] daily = {
      "daily",
      "--site",
      site.toString(),
      "--source",
      source.toString(),
      "--from",
      "2024-06-03",
      "--to",
      "2026-08-20",
      "--no-images"
    };

    CliTest.Run first = CliTest.run(daily);

    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("Feeds: feed/digest.xml created, feed/papers.xml created.");
    Feed papers = parse(site.resolve("feed/papers.xml"));
    assertThat(papers.getFeedType()).isEqualTo("atom_1.0");
    assertThat(papers.getId()).isEqualTo("tag:me.github.io,2024:feed/papers");
    assertThat(papers.getOtherLinks().get(0).getHref())
        .isEqualTo("https://me.github.io/blog/feed/papers.xml");
    List<Entry> entries = papers.getEntries();
    assertThat(entries).hasSize(10 * 10 - 4); // the 2024-06-03 list has 6 papers
    Entry top = entries.get(0);
    assertThat(top.getId()).isEqualTo("tag:me.github.io,2026:paper/2608.16590/2026-08-20");
    assertThat(top.getAlternateLinks().get(0).getHref())
        .isEqualTo("https://huggingface.co/papers/2608.16590");
    assertThat(top.getUpdated()).isEqualTo(java.time.Instant.parse("2026-08-20T00:00:00Z"));
    assertThat(top.getSummary().getValue()).startsWith("#1 · 👍 92 · Zetta is a closed-loop");
    assertThat(entries.stream().map(Entry::getId).distinct()).hasSize(entries.size());

    Feed digest = parse(site.resolve("feed/digest.xml"));
    assertThat(digest.getEntries()).hasSize(10);
    Entry post = digest.getEntries().get(0);
    assertThat(post.getId()).isEqualTo("tag:me.github.io,2026:digest/2026-08-20");
    assertThat(post.getAlternateLinks().get(0).getHref())
        .isEqualTo("https://me.github.io/blog/posts/daily-papers-top5-2026-08-20/");
    assertThat(post.getSummary().getValue()).startsWith("Hugging Face 요약: Zetta is");
    assertThat(digest.getEntries().get(9).getSummary().getValue())
        .as("the description's HTML escaping is undone: the XML writer escapes")
        .contains("learning's success")
        .doesNotContain("&#39;");

    byte[] before = Files.readAllBytes(site.resolve("feed/papers.xml"));
    CliTest.Run again = CliTest.run(daily);
    assertThat(again.out()).doesNotContain("Feeds:");
    assertThat(Files.readAllBytes(site.resolve("feed/papers.xml"))).isEqualTo(before);
  }

  @Test
  void hostileTitlesStayTextAndWithoutABlogUrlLinksAreRelative() throws Exception {
    Path site = site(null);
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    Files.copy(
        Path.of("src/test/resources/bad-input/daily_papers-2026-01-05.json"),
        bad.resolve("daily_papers-2026-01-05.json"));

    CliTest.Run run =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            bad.toString(),
            "--date",
            "2026-01-05",
            "--top",
            "30",
            "--no-images");

    assertThat(run.code()).isZero();
    String xml = Files.readString(site.resolve("feed/papers.xml"), StandardCharsets.UTF_8);
    assertThat(xml).doesNotContain("<script", "\u0000", "\u0007");
    Feed papers = parse(site.resolve("feed/papers.xml"));
    assertThat(papers.getEntries()).hasSizeGreaterThan(20);
    assertThat(papers.getEntries())
        .extracting(Entry::getTitle)
        .contains(
            "HTML <script>alert('x')</script> title", "Liquid output {{ site.title }} in a title")
        .anySatisfy(t -> assertThat(t).startsWith("Control").contains("chars"));
    assertThat(papers.getOtherLinks().get(0).getHref()).isEqualTo("/feed/papers.xml");
    assertThat(papers.getId()).isEqualTo("tag:paperboy.invalid,2024:feed/papers");
    Feed digest = parse(site.resolve("feed/digest.xml"));
    assertThat(digest.getEntries().get(0).getAlternateLinks().get(0).getHref())
        .isEqualTo("/posts/daily-papers-top5-2026-01-05/");
  }

  @Test
  void feedsCanBeSwitchedOff() throws Exception {
    Path site = site(null);
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(site.resolve("_paperboy/config.yml"), "feeds:\n  enabled: false\n");

    CliTest.Run run =
        CliTest.run(
            "daily",
            "--site",
            site.toString(),
            "--source",
            Fixtures.sourceFolder(tmp.resolve("recorded")).toString(),
            "--date",
            "2026-08-20",
            "--no-images");

    assertThat(run.code()).isZero();
    assertThat(site.resolve("feed")).doesNotExist();
  }
}
