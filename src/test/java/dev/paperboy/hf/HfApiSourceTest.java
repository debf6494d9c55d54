package dev.paperboy.hf;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.paperboy.testing.Entries;
import dev.paperboy.testing.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HfApiSourceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 8, 20);
  private static final String PATH = "/api/daily_papers";

  @RegisterExtension
  static WireMockExtension hf =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Duration> waits = new ArrayList<>();

  private HfApiSource source(String token, Duration timeout, int attempts) {
    return source(URI.create(hf.baseUrl() + "/"), token, timeout, attempts, 3);
  }

  private HfApiSource source(
      URI base, String token, Duration timeout, int attempts, int timeoutsToGiveUp) {
    return new HfApiSource(
        base,
        token,
        "paperboy-test/1.0",
        timeout,
        new RetryPolicy(attempts, Duration.ofSeconds(2), Duration.ofMinutes(5)),
        timeoutsToGiveUp,
        waits::add,
        Fixtures.clock());
  }

  private HfApiSource source() {
    return source(null, Duration.ofSeconds(5), 4);
  }

  private static List<Paper> papers(FetchOutcome outcome) {
    assertThat(outcome).isInstanceOf(FetchOutcome.Listed.class);
    return ((FetchOutcome.Listed) outcome).list().papers();
  }

  @Test
  void fetchesOneDayWithLimit100AndADescriptiveUserAgent() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(okJson(Fixtures.text("fixtures/daily_papers-2026-08-20.json"))));

    FetchOutcome outcome = source().fetch(DAY);

    assertThat(papers(outcome)).hasSize(15);
    assertThat(((FetchOutcome.Listed) outcome).list().origin())
        .isEqualTo(hf.baseUrl() + "/api/daily_papers?date=2026-08-20&limit=100");
    hf.verify(
        1,
        getRequestedFor(urlPathEqualTo(PATH))
            .withQueryParam("date", equalTo("2026-08-20"))
            .withQueryParam("limit", equalTo("100"))
            .withHeader("User-Agent", equalTo("paperboy-test/1.0"))
            .withoutHeader("Authorization"));
  }

  @Test
  void sendsTheTokenWhenThereIsOne() {
    hf.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]")));

    source("hf_secret", Duration.ofSeconds(5), 1).fetch(DAY);

    hf.verify(
        getRequestedFor(urlPathEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer hf_secret")));
  }

  @Test
  void followsPagesWhileThePageIsFull() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .withQueryParam("p", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(okJson(Entries.list().addMany(0, 100).json())));
    // The order shifts between pages: one paper of page 0 shows up again on page 1.
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .withQueryParam("p", equalTo("1"))
            .willReturn(okJson(Entries.list().addMany(99, 51).json())));

    List<Paper> papers = papers(source().fetch(DAY));

    assertThat(papers).hasSize(150);
    assertThat(papers).extracting(Paper::id).doesNotHaveDuplicates();
    hf.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void waitsAsTheRateLimitHeaderSaysThenRetries() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("RateLimit", "\"api\";r=0;t=42")
                    .withHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300"))
            .willSetStateTo("ok"));
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(Entries.list().addMany(0, 3).json())));

    assertThat(papers(source().fetch(DAY))).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void honoursRetryAfterWithoutRateLimitHeader() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("retry-after")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
            .willSetStateTo("ok"));
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("retry-after")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("[]")));

    assertThat(papers(source().fetch(DAY))).isEmpty();
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retriesServerErrorsWithBackoff() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("5xx")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("second"));
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("5xx")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("5xx")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(Entries.list().addMany(0, 2).json())));

    assertThat(papers(source().fetch(DAY))).hasSize(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void persistentServerErrorNamesStatusUrlAndBody() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));

    assertThatThrownBy(() -> source(null, Duration.ofSeconds(5), 3).fetch(DAY))
        .isInstanceOf(HfApiException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("/api/daily_papers?date=2026-08-20&limit=100")
        .hasMessageContaining("boom");
    hf.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void retriesATimeoutThenSucceeds() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("[]").withFixedDelay(2_000))
            .willSetStateTo("fast"));
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .inScenario("slow")
            .whenScenarioStateIs("fast")
            .willReturn(okJson(Entries.list().addMany(0, 1).json())));

    assertThat(papers(source(null, Duration.ofMillis(300), 2).fetch(DAY))).hasSize(1);
    assertThat(waits).hasSize(1);
  }

  @Test
  void persistentTimeoutIsAnErrorWithStatusZero() {
    hf.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]").withFixedDelay(2_000)));

    assertThatThrownBy(() -> source(null, Duration.ofMillis(300), 2).fetch(DAY))
        .isInstanceOfSatisfying(HfApiException.class, e -> assertThat(e.status()).isZero())
        .hasMessageContaining("No answer within 300 ms after 2 tries");
  }

  @Test
  void aRefusedConnectionGivesUpAtOnceForTheWholeRun() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    HfApiSource refused =
        source(URI.create("http://127.0.0.1:" + closed), null, Duration.ofSeconds(5), 4, 3);

    assertThatThrownBy(() -> refused.fetch(DAY))
        .isInstanceOf(UnreachableException.class)
        .hasMessageContaining("connection refused")
        .hasMessageContaining("stopped fetching for this run");
    assertThatThrownBy(() -> refused.fetch(DAY.minusDays(1)))
        .isInstanceOf(UnreachableException.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void timeoutsInARowAcrossDatesMakeTheApiUnreachable() {
    hf.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]").withFixedDelay(2_000)));
    HfApiSource hung = source(URI.create(hf.baseUrl() + "/"), null, Duration.ofMillis(300), 4, 2);

    assertThatThrownBy(() -> hung.fetch(DAY))
        .isInstanceOf(UnreachableException.class)
        .hasMessageContaining("did not answer within 300 ms, 2 times in a row");
    assertThatThrownBy(() -> hung.fetch(DAY.minusDays(1))).isInstanceOf(UnreachableException.class);
    hf.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    assertThat(waits).hasSize(1);
  }

  @Test
  void truncatedJsonIsAFormatError() {
    String json = Entries.list().addMany(0, 5).json();
    hf.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(json.substring(0, json.length() - 40))));

    assertThatThrownBy(() -> source().fetch(DAY))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("truncated")
        .hasMessageContaining(hf.baseUrl());
  }

  @Test
  void arrayOfStringsIsAFormatError() {
    hf.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[\"2608.18565\", \"2608.00001\"]")));

    assertThatThrownBy(() -> source().fetch(DAY))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("expected an object");
  }

  @Test
  void badRequestForTheCurrentUtcDateMeansNotYet() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Invalid date\"}")));
    LocalDate todayUtc = LocalDate.of(2026, 8, 21);

    assertThat(source().fetch(todayUtc)).isInstanceOf(FetchOutcome.NotYet.class);
  }

  @Test
  void futureDateIsNotYetWithoutAsking() {
    assertThat(source().fetch(LocalDate.of(2026, 8, 22))).isInstanceOf(FetchOutcome.NotYet.class);
    hf.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void badRequestForAPastDateIsAnError() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Invalid date\"}")));

    assertThatThrownBy(() -> source().fetch(DAY))
        .isInstanceOf(HfApiException.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("Invalid date");
  }

  @Test
  void weekendIsAnEmptyList() {
    hf.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]")));

    assertThat(papers(source().fetch(LocalDate.of(2026, 8, 15)))).isEmpty();
  }

  @Test
  void notFoundIsAnErrorWithTheBodyExcerpt() {
    hf.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(Fixtures.text("fixtures/error-not-found.json"))));

    assertThatThrownBy(() -> source().fetch(DAY))
        .isInstanceOf(HfApiException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("Sorry, we can't find the page");
  }
}
