package dev.paperboy.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paperboy.job.Context;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.MovableClock;
import dev.paperboy.testing.SyntheticYear;
import dev.paperboy.util.Console;
import dev.paperboy.util.Environment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing the day to team chat through the command line, one fake server per platform: what each
 * receives, within its limits, once per date, across runs.
 */
class PushCliTest {
  @RegisterExtension
  static WireMockExtension slack =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension discord =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension telegram =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension hook =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  static final String SLACK_PATH = "/services/T000/B000/XXXXSECRETXXXX";
  static final String DISCORD_PATH = "/api/webhooks/42/discord-secret-token";
  static final String HOOK_PATH = "/hooks/webhook-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path site;
  private Path source;
  private final MovableClock clock =
      new MovableClock(Instant.parse("2026-08-21T03:00:00Z")); // the day after the list date
  private Map<String, String> env;

  @BeforeEach
  void site() throws Exception {
    site = tmp.resolve("site");
    source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(
        site.resolve("_config.yml"),
        "title: Lab\nurl: \"https://lab.example.org\"\nbaseurl: \"/papers\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        """
        push:
          - name: team-slack
            kind: slack
            url-env: PAPERBOY_PUSH_SLACK_URL
          - name: lab-discord
            kind: discord
            url-env: PAPERBOY_PUSH_DISCORD_URL
          - name: lab-telegram
            kind: telegram
            token-env: PAPERBOY_PUSH_TELEGRAM_TOKEN
            chat-id: "-1001234567890"
            api-base: %s
            top: 10
          - name: any
            kind: webhook
            url-env: PAPERBOY_PUSH_WEBHOOK_URL
        """
            .formatted(telegram.baseUrl()),
        StandardCharsets.UTF_8);
    env =
        Map.of(
            "PAPERBOY_PUSH_SLACK_URL", slack.baseUrl() + SLACK_PATH,
            "PAPERBOY_PUSH_DISCORD_URL", discord.baseUrl() + DISCORD_PATH,
            "PAPERBOY_PUSH_TELEGRAM_TOKEN", TOKEN,
            "PAPERBOY_PUSH_WEBHOOK_URL", hook.baseUrl() + HOOK_PATH);
    slack.stubFor(post(urlPathEqualTo(SLACK_PATH)).willReturn(ok("ok")));
    discord.stubFor(
        post(urlPathEqualTo(DISCORD_PATH)).willReturn(okJson("{\"id\":\"1\",\"type\":0}")));
    telegram.stubFor(
        post(urlPathEqualTo("/bot" + TOKEN + "/sendMessage"))
            .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":7}}")));
    hook.stubFor(post(urlPathEqualTo(HOOK_PATH)).willReturn(ok()));
  }

  private CliTest.Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PaperboyCommand.execute(args, Context.of(clock, Environment.of(env), Console.of(out, err)));
    return new CliTest.Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private CliTest.Run daily(String... dates) {
    List<String> args =
        new ArrayList<>(List.of("daily", "--site", site.toString(), "--source", source.toString()));
    args.add("--no-images");
    args.addAll(List.of(dates));
    return run(args.toArray(String[]::new));
  }

  private static List<LoggedRequest> requests(WireMockExtension server) {
    return server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
  }

  private static JsonNode body(WireMockExtension server) throws Exception {
    List<LoggedRequest> all = requests(server);
    assertThat(all).hasSize(1);
    return JSON.readTree(all.get(0).getBodyAsString());
  }

  private static void reset() {
    Stream.of(slack, discord, telegram, hook).forEach(WireMockExtension::resetRequests);
  }

  @Test
  void eachPlatformGetsOneValidMessageForANewDateAndAReRunSendsNothing() throws Exception {
    CliTest.Run first = daily("--date", "2026-08-20");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Push team-slack: sent 2026-08-20.")
        .contains("Push lab-discord: sent 2026-08-20.")
        .contains("Push lab-telegram: sent 2026-08-20.")
        .contains("Push any: sent 2026-08-20.");
    String post = "https://lab.example.org/papers/posts/daily-papers-2026-08-20/";

    JsonNode s = body(slack);
    assertThat(s.path("text").asText()).contains("2026-08-20");
    assertThat(s.path("blocks").size()).isEqualTo(7).isLessThanOrEqualTo(50);
    assertThat(s.path("blocks").get(1).path("text").path("text").asText())
        .startsWith("*1.* <https://huggingface.co/papers/2608.16590|Zetta ζ:")
        .contains("👍 92");
    assertThat(s.toString()).contains("<" + post + "|블로그 글 보기>");

    JsonNode d = body(discord);
    assertThat(requests(discord).get(0).getUrl()).endsWith("?wait=true");
    assertThat(d.path("allowed_mentions").path("parse").isArray()).isTrue();
    assertThat(d.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(d.path("embeds")).hasSize(5);
    assertThat(d.path("content").asText()).contains("2026-08-20", "<" + post + ">");

    JsonNode t = body(telegram);
    assertThat(t.path("chat_id").asText()).isEqualTo("-1001234567890");
    assertThat(t.path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(t.path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
    assertThat(t.path("text").asText())
        .contains("\n10. <a href=\"https://huggingface.co/papers/")
        .contains("<a href=\"" + post + "\">블로그 글 보기</a>");

    JsonNode w = body(hook);
    assertThat(w.path("date").asText()).isEqualTo("2026-08-20");
    assertThat(w.path("post_url").asText()).isEqualTo(post);
    assertThat(w.path("papers")).hasSize(5);
    assertThat(w.path("papers").get(0).path("rank").asInt()).isEqualTo(1);
    assertThat(w.path("papers").get(0).path("id").asText()).isEqualTo("2608.16590");
    assertThat(w.path("papers").get(0).path("upvotes").asInt()).isEqualTo(92);
    assertThat(w.path("papers").get(0).has("summary_ko")).isTrue();

    reset();
    CliTest.Run again = daily("--date", "2026-08-20");

    assertThat(again.code()).isZero();
    Stream.of(slack, discord, telegram, hook).forEach(x -> assertThat(requests(x)).isEmpty());
    assertThat(again.out()).doesNotContain("Push ");
    assertThat(run("status", "--site", site.toString()).out())
        .contains(
            "Push team-slack (slack): 1 sent (last 2026-08-20), 0 skipped as too old, 0 owed.");
  }

  @Test
  void aFailingTargetNeverFailsTheRunAndGetsExactlyItsMissingMessageNextRun() throws Exception {
    discord.stubFor(post(urlPathEqualTo(DISCORD_PATH)).atPriority(1).willReturn(serverError()));
    slack.stubFor(
        post(urlPathEqualTo(SLACK_PATH))
            .atPriority(1)
            .willReturn(aResponse().withStatus(404).withBody("no_service")));

    CliTest.Run first = daily("--date", "2026-08-20");

    assertThat(first.code()).as("delivery never changes the exit code").isZero();
    assertThat(first.err())
        .contains("Push lab-discord: 2026-08-20 not sent: HTTP 500; the next run tries again.")
        .contains("Push team-slack: 2026-08-20 not sent: HTTP 404 (no_service); refused")
        .contains("paperboy push --date D --target team-slack");
    assertThat(first.out()).contains("Push lab-telegram: sent 2026-08-20.");
    assertThat(run("status", "--site", site.toString()).out())
        .contains(
            "Push lab-discord (discord): 0 sent, 0 skipped as too old, 1 owed (2026-08-20: HTTP 500)")
        .contains("1 refused (2026-08-20: HTTP 404 (no_service))");

    discord.resetMappings();
    discord.stubFor(post(urlPathEqualTo(DISCORD_PATH)).willReturn(okJson("{\"id\":\"1\"}")));
    slack.resetMappings();
    slack.stubFor(post(urlPathEqualTo(SLACK_PATH)).willReturn(ok("ok")));
    reset();
    clock.advance(Duration.ofDays(1));
    CliTest.Run next = daily("--date", "2026-08-20");

    assertThat(requests(discord)).as("the missing message, once").hasSize(1);
    assertThat(requests(slack)).as("a refusal is not retried by runs").isEmpty();
    assertThat(requests(telegram)).isEmpty();
    assertThat(requests(hook)).isEmpty();
    assertThat(next.out()).contains("Push lab-discord: sent 2026-08-20.");

    reset();
    CliTest.Run byHand =
        run("push", "--site", site.toString(), "--date", "2026-08-20", "--target", "team-slack");
    assertThat(byHand.code()).isZero();
    assertThat(byHand.out()).contains("Push team-slack: sent 2026-08-20.");
    assertThat(requests(slack)).hasSize(1);
    assertThat(requests(discord)).isEmpty();
    assertThat(
            run("push", "--site", site.toString(), "--date", "2026-08-20", "--target", "x").err())
        .contains("no push target 'x'; configured: team-slack, lab-discord, lab-telegram, any");
  }

  @Test
  void aRateLimitIsWaitedOutWithinTheRun() {
    slack.stubFor(
        post(urlPathEqualTo(SLACK_PATH))
            .atPriority(1)
            .inScenario("limit")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
            .willSetStateTo("free"));

    CliTest.Run run = daily("--date", "2026-08-20");

    assertThat(run.out()).contains("Push team-slack: sent 2026-08-20.");
    assertThat(requests(slack)).hasSize(2);
  }

  @Test
  void aBackfillSendsNothingAndRecordsTheOldDatesAsSkipped() {
    clock.advance(Duration.ofDays(90));

    CliTest.Run backfill = daily("--from", "2024-06-03", "--to", "2026-08-20");

    assertThat(backfill.code()).isZero();
    Stream.of(slack, discord, telegram, hook).forEach(x -> assertThat(requests(x)).isEmpty());
    assertThat(backfill.out())
        .contains(
            "Push team-slack: 10 date(s) too old to push (2024-06-03 to 2026-08-20 (10)),"
                + " recorded as skipped.");
    assertThat(run("status", "--site", site.toString()).out())
        .contains("Push any (webhook): 0 sent, 10 skipped as too old, 0 owed.");
  }

  @Test
  void hostileTitlesAreInertOnEveryPlatformAndNoSecretIsPrintedOrWritten() throws Exception {
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    Files.copy(
        Path.of("src/test/resources/bad-input/daily_papers-2026-01-05.json"),
        bad.resolve("daily_papers-2026-01-05.json"));
    clock.advance(Duration.between(clock.instant(), Instant.parse("2026-01-06T03:00:00Z")));
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        Files.readString(site.resolve("_paperboy/config.yml"))
                .replace("    top: 10\n", "    top: 30\n")
            + "  - name: big-slack\n    kind: slack\n    url-env: PAPERBOY_PUSH_SLACK_URL\n"
            + "    top: 47\n",
        StandardCharsets.UTF_8);

    CliTest.Run run =
        run(
            "daily",
            "--site",
            site.toString(),
            "--source",
            bad.toString(),
            "--date",
            "2026-01-05",
            "--top",
            "30",
            "--no-images");

    assertThat(run.code()).as(run.err()).isZero();
    for (LoggedRequest r : requests(slack)) {
      JsonNode s = JSON.readTree(r.getBodyAsString());
      assertThat(s.path("blocks").size()).isLessThanOrEqualTo(50);
      for (JsonNode block : s.path("blocks")) {
        String text = block.path("text").path("text").asText();
        assertThat(text.length()).isLessThanOrEqualTo(3_000);
        assertThat(text).doesNotContain("<!channel>", "<!here>", "<!everyone>", "<@");
        // every link Slack would see is one Paperboy wrote: <https://huggingface.co/...|...>
        Matcher m = Pattern.compile("<([^|>]*)[|>]").matcher(text);
        while (m.find()) {
          assertThat(m.group(1))
              .matches("https://(huggingface\\.co/papers/|lab\\.example\\.org/).*");
        }
      }
    }
    JsonNode d = body(discord);
    assertThat(d.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(d.path("content").asText().length()).isLessThanOrEqualTo(2_000);
    assertThat(d.path("embeds").size()).isLessThanOrEqualTo(10);
    int embedText = 0;
    for (JsonNode e : d.path("embeds")) {
      assertThat(e.path("title").asText().length()).isLessThanOrEqualTo(256);
      embedText += e.path("title").asText().length() + e.path("description").asText().length();
    }
    assertThat(embedText).isLessThanOrEqualTo(6_000);
    String text = body(telegram).path("text").asText();
    assertThat(text.length()).isLessThanOrEqualTo(4_096);
    Matcher tag = Pattern.compile("</?([a-zA-Z-]+)").matcher(text);
    while (tag.find()) {
      assertThat(tag.group(1)).as("Telegram's HTML subset").isIn("b", "a");
    }
    assertThat(text).doesNotContain("<script", "<img");

    List<String> secrets =
        List.of(TOKEN, "XXXXSECRETXXXX", "discord-secret-token", "webhook-secret");
    assertThat(run.out() + run.err()).doesNotContain(secrets);
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          assertThat(content).as(f.toString()).doesNotContain(secret);
        }
      }
    }
  }

  @Test
  void aSecretInAnErrorIsMasked() throws Exception {
    env =
        Map.of(
            "PAPERBOY_PUSH_SLACK_URL", "http://127.0.0.1:9" + SLACK_PATH,
            "PAPERBOY_PUSH_DISCORD_URL", discord.baseUrl() + DISCORD_PATH,
            "PAPERBOY_PUSH_WEBHOOK_URL", "not a url " + HOOK_PATH);

    CliTest.Run run = daily("--date", "2026-08-20");

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .contains("Push team-slack: 2026-08-20 not sent: connection refused")
        .contains("Push lab-telegram: PAPERBOY_PUSH_TELEGRAM_TOKEN is not set; 1 date(s) wait")
        .contains("Push any: PAPERBOY_PUSH_WEBHOOK_URL does not hold an http(s) URL")
        .doesNotContain("XXXXSECRETXXXX", "webhook-secret", "127.0.0.1:9");
  }

  @Test
  void aWeekOfCronRunsPushesEachWeekdayOnce() throws Exception {
    Path week = tmp.resolve("week");
    Files.createDirectories(week);
    LocalDate friday = SyntheticYear.write(week, 5, 12);
    for (LocalDate d = SyntheticYear.START; !d.isAfter(friday); d = d.plusDays(1)) {
      Path file = week.resolve("daily_papers-" + d + ".json");
      Fixtures.record(
          file, Files.readAllBytes(file), d.atTime(20, 0).toInstant(java.time.ZoneOffset.UTC));
    }
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        Files.readString(site.resolve("_paperboy/config.yml")) + "catch-up-days: 3\n",
        StandardCharsets.UTF_8);
    clock.advance(
        Duration.between(
            clock.instant(),
            SyntheticYear.START.atTime(22, 0).toInstant(java.time.ZoneOffset.UTC)));
    List<Integer> sentPerDay = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      reset();
      CliTest.Run cron =
          run(
              "daily",
              "--create",
              "--site",
              site.toString(),
              "--source",
              week.toString(),
              "--no-images");
      assertThat(cron.code()).as(cron.err()).isZero();
      sentPerDay.add(requests(hook).size());
      assertThat(requests(slack)).hasSameSizeAs(requests(hook));
      clock.advance(Duration.ofDays(1));
    }

    assertThat(sentPerDay).containsExactly(1, 1, 1, 1, 1, 0, 0);
  }

  @Test
  void mentionsLinksAndMarkupInTitlesPingNobodyAndOpenNothing() throws Exception {
    Path day = tmp.resolve("mentions");
    Files.createDirectories(day);
    dev.paperboy.testing.Entries entries =
        dev.paperboy.testing.Entries.list()
            .add("2608.00001", "<!channel> wake up <https://evil.example|click> & <@U123>", 90)
            .add("2608.00002", "@everyone @here look at [this](https://evil.example)", 80)
            .add("2608.00003", "</a><script>alert(1)</script><b>bold</b> & more", 70)
            .add("2608.00004", "*bold* _it_ ~strike~ `code` > quote | pipe #head", 60)
            .add("2608.00005", "Long " + "x".repeat(10_000), 50);
    Fixtures.record(day.resolve("daily_papers-2026-08-20.json"), entries.bytes(), Fixtures.NOW);

    CliTest.Run run =
        run(
            "daily",
            "--site",
            site.toString(),
            "--source",
            day.toString(),
            "--date",
            "2026-08-20",
            "--no-images");

    assertThat(run.code()).as(run.err()).isZero();
    String slackText = body(slack).path("blocks").toString();
    assertThat(slackText)
        .doesNotContain("<!channel>", "<@U123>", "<https://evil.example")
        .contains("&lt;!channel&gt;", "&lt;@U123&gt;", "&amp;");
    for (JsonNode block : body(slack).path("blocks")) {
      assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3_000);
    }
    JsonNode d = body(discord);
    assertThat(d.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(d.toString()).doesNotContain("](https://evil.example)");
    assertThat(d.path("embeds").get(1).path("title").asText()).startsWith("2. \\@everyone \\@here");
    assertThat(d.path("embeds").get(3).path("title").asText())
        .startsWith("4. \\*bold\\* \\_it\\_ \\~strike\\~ \\`code\\`");
    for (JsonNode e : d.path("embeds")) {
      assertThat(e.path("title").asText().length()).isLessThanOrEqualTo(256);
    }
    String text = body(telegram).path("text").asText();
    assertThat(text)
        .contains(
            "&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; more")
        .doesNotContain("<script", "</a><");
    Matcher tag = Pattern.compile("</?([a-zA-Z-]+)").matcher(text);
    while (tag.find()) {
      assertThat(tag.group(1)).isIn("b", "a");
    }
  }
}
