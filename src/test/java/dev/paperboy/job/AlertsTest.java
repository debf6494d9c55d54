package dev.paperboy.job;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paperboy.alerts.Anomaly;
import dev.paperboy.alerts.Webhook;
import dev.paperboy.archive.Archive;
import dev.paperboy.site.SiteWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each anomaly kind reaches a fake Slack/Discord webhook in one message; a clean run sends none.
 */
class AlertsTest {
  @RegisterExtension
  static WireMockExtension hook =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final LocalDate THU = LocalDate.of(2026, 8, 20);
  static final Clock FRIDAY_NOON =
      Clock.fixed(Instant.parse("2026-08-21T12:00:00Z"), ZoneOffset.UTC);
  static final Archive.Stats STATS = new Archive.Stats(0, 0, 0);

  @BeforeEach
  void stub() {
    hook.stubFor(post(urlEqualTo("/hook")).willReturn(ok()));
  }

  static RunSummary run(DateOutcome... outcomes) {
    return new RunSummary(List.of(outcomes), List.of(), STATS, Path.of("archive.db"));
  }

  static DateOutcome.Published published(DigestStep.Report digest) {
    return new DateOutcome.Published(
        THU, 15, Map.of("_posts/x.md", SiteWriter.Result.CREATED), digest, List.of());
  }

  static DigestStep.Report digest(int analyzed, int fallbacks, String model) {
    return new DigestStep.Report(
        "_posts/y.md", SiteWriter.Result.CREATED, analyzed, 0, fallbacks, Map.of(), model);
  }

  /** Sends the run's anomalies; returns the text the webhook received, or null for none. */
  String send(RunSummary summary) throws Exception {
    List<Anomaly> anomalies = AnomalyRules.of(summary, FRIDAY_NOON);
    assertThat(new Webhook(URI.create(hook.baseUrl() + "/hook")).send("/srv/blog", anomalies))
        .isEmpty();
    var requests = hook.findAll(postRequestedFor(urlEqualTo("/hook")));
    if (requests.isEmpty()) {
      return null;
    }
    assertThat(requests).hasSize(1);
    var body = new ObjectMapper().readTree(requests.get(0).getBodyAsString());
    assertThat(body.get("content").asText()).isEqualTo(body.get("text").asText());
    return body.get("text").asText();
  }

  @Test
  void aCleanRunSendsNothing() throws Exception {
    assertThat(
            send(
                run(
                    published(digest(5, 0, "openai/m")),
                    published(digest(0, 5, "none")),
                    new DateOutcome.Empty(THU.plusDays(2), false),
                    new DateOutcome.NotYet(THU.plusDays(3)))))
        .isNull();
  }

  @Test
  void aFailureIsReported() throws Exception {
    assertThat(send(run(new DateOutcome.Failed(THU, "HTTP 500 from https://huggingface.co/api"))))
        .isEqualTo(
            "Paperboy: 1 problem(s) in the run on /srv/blog:\n"
                + "- [FAILURE] 2026-08-20: HTTP 500 from https://huggingface.co/api");
  }

  @Test
  void aWeekdayWhoseListClosedEmptyIsReportedButNotOneStillOpen() throws Exception {
    String text =
        send(
            run(
                new DateOutcome.Empty(THU, true),
                new DateOutcome.Empty(LocalDate.of(2026, 8, 21), true)));
    assertThat(text)
        .contains("[EMPTY_WEEKDAY] 2026-08-20: a weekday whose list closed with no papers")
        .doesNotContain("2026-08-21");
  }

  @Test
  void aRepeatedListIsReported() throws Exception {
    assertThat(
            send(
                run(
                    new DateOutcome.Refused(
                        THU,
                        "Refused: the list of 2026-08-20 is identical to that of 2026-08-19"))))
        .contains("[REPEATED_LIST] 2026-08-20: Refused: the list of 2026-08-20 is identical");
  }

  @Test
  void aDigestWhosePapersAllFellBackIsReported() throws Exception {
    assertThat(send(run(published(digest(0, 5, "openai/gpt-4o-mini")))))
        .contains(
            "[DIGEST_ALL_FELL_BACK] 2026-08-20: every paper of the digest fell back to Hugging"
                + " Face's summary (openai/gpt-4o-mini gave no valid analysis)");
  }

  @Test
  void aMonthlyReportThatCouldNotBeWrittenIsReported() throws Exception {
    RunSummary summary =
        new RunSummary(
            List.of(published(digest(5, 0, "openai/m"))),
            List.of(
                new MonthlyStep.Outcome.Failed(
                    YearMonth.of(2026, 7),
                    "Template monthly-post.md.peb (/srv/blog/_paperboy/templates) failed")),
            STATS,
            Path.of("archive.db"));

    assertThat(send(summary))
        .isEqualTo(
            "Paperboy: 1 problem(s) in the run on /srv/blog:\n"
                + "- [MONTHLY_NOT_WRITTEN] the monthly report of 2026-07 could not be written:"
                + " Template monthly-post.md.peb (/srv/blog/_paperboy/templates) failed");
    assertThat(summary.exitCode()).isEqualTo(1);
  }

  @Test
  void aNotFetchedDateIsAFailureAndTheWholeRunIsOneMessage() throws Exception {
    String text =
        send(
            run(
                new DateOutcome.NotFetched(THU, "connection refused"),
                new DateOutcome.Refused(THU.plusDays(1), "Refused: repeated")));
    assertThat(text)
        .startsWith("Paperboy: 2 problem(s)")
        .contains("[FAILURE] 2026-08-20: not fetched: connection refused")
        .contains("[REPEATED_LIST] 2026-08-21");
  }

  @Test
  void anUnreachableWebhookIsReportedNotThrown() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    assertThat(
            new Webhook(URI.create("http://127.0.0.1:" + closed + "/hook"))
                .send("/srv/blog", List.of(new Anomaly(Anomaly.Kind.FAILURE, THU, "x"))))
        .hasValueSatisfying(why -> assertThat(why).contains("connection refused"));
  }
}
