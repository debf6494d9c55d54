package dev.paperboy.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.archive.Archive;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.net.FetchLimits;
import dev.paperboy.net.Fetcher;
import dev.paperboy.net.HostPacer;
import dev.paperboy.testing.Entries;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.MovableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HubArtifactsTest {
  @RegisterExtension
  static WireMockExtension hub =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;
  private Archive archive;
  private final MovableClock clock = new MovableClock(Fixtures.NOW);
  private Paper paper;

  @BeforeEach
  void open() {
    archive = Archive.open(dir.resolve("archive.db"), clock);
    List<Paper> papers =
        EntryParser.parse(Entries.list().add("2608.00001", "A", 3).bytes(), "test");
    archive.listings().record(new DailyList(LocalDate.of(2026, 8, 20), papers, Fixtures.NOW, "t"));
    paper = papers.get(0);
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private HubArtifacts artifacts() {
    URI base = URI.create(hub.baseUrl());
    Fetcher fetcher =
        new Fetcher(
            new FetchLimits(List.of("localhost"), 100_000, Duration.ofSeconds(5), "hub"),
            Fetcher.client(),
            new HostPacer(Map.of(), clock, d -> {}),
            "test");
    return new HubArtifacts(base, fetcher, archive.hub(), clock, Duration.ofDays(7), false);
  }

  @Test
  void keepsTheBestThreeWellFormedEntriesOfEachKind() {
    List<Artifact> models =
        HubArtifacts.parse(
            Artifact.Kind.MODEL,
            """
            [{"id":"a/one","downloads":5},{"id":"../etc/passwd","downloads":9999},
             {"id":"b/two","downloads":50},{"id":"bad id","downloads":1000},
             {"id":"c/three","downloads":-4},{"id":"d/four","downloads":7},{"id":"b/two"},
             {"id":"x/<script>","downloads":10000},{"downloads":3},"text",{"id":"e/five","downloads":1}]
            """);

    assertThat(models).extracting(Artifact::id).containsExactly("b/two", "d/four", "a/one");
    assertThat(models.get(0).url()).hasToString("https://huggingface.co/b/two");
    assertThat(
            HubArtifacts.parse(
                    Artifact.Kind.SPACE,
                    "[{\"id\":\"s/x\",\"likes\":2},{\"id\":\"s/y\",\"likes\":9}]")
                .get(0)
                .url())
        .hasToString("https://huggingface.co/spaces/s/y");
  }

  @Test
  void anAnswerIsKeptForAWeekAndAFailureIsAskedAgainNextRun() {
    hub.stubFor(get(urlPathMatching("/api/models")).willReturn(okJson("[{\"id\":\"o/m\"}]")));
    hub.stubFor(get(urlPathMatching("/api/datasets")).willReturn(okJson("[]")));
    hub.stubFor(get(urlPathMatching("/api/spaces")).willReturn(serverError()));

    HubArtifacts failing = artifacts();
    assertThat(failing.of(paper)).isEqualTo(PaperArtifacts.NONE);
    assertThat(failing.failures()).singleElement().asString().contains("HTTP 500");
    assertThat(failing.of(paper)).as("asked once per run").isEqualTo(PaperArtifacts.NONE);
    assertThat(failing.requests()).isEqualTo(3);

    hub.stubFor(get(urlPathMatching("/api/spaces")).willReturn(okJson("[]")));
    HubArtifacts next = artifacts();
    assertThat(next.of(paper).models()).extracting(Artifact::id).containsExactly("o/m");
    assertThat(next.requests()).isEqualTo(3);

    clock.advance(Duration.ofDays(6));
    HubArtifacts withinAWeek = artifacts();
    assertThat(withinAWeek.of(paper).models()).extracting(Artifact::id).containsExactly("o/m");
    assertThat(withinAWeek.requests()).isZero();

    clock.advance(Duration.ofDays(2));
    HubArtifacts later = artifacts();
    later.of(paper);
    assertThat(later.requests()).isEqualTo(3);
  }
}
