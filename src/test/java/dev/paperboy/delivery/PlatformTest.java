package dev.paperboy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each platform's limits hold for any day, and its answers mean what the platform says. */
class PlatformTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI HOOK = URI.create("https://hooks.example/secret");

  /** A day of {@code n} papers with long titles and long Korean lines. */
  static Edition edition(int n) {
    List<Edition.Item> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      items.add(
          new Edition.Item(
              i,
              "2608." + (10000 + i),
              "Title " + i + " " + "긴 제목 ".repeat(80),
              1000 - i,
              "이 논문은 " + "아주 긴 요약 ".repeat(200),
              "https://huggingface.co/papers/2608." + (10000 + i)));
    }
    return new Edition(LocalDate.of(2026, 8, 20), "https://blog.example/posts/x/", items, n);
  }

  private static JsonNode json(Outgoing out) throws Exception {
    return JSON.readTree(out.json());
  }

  @Test
  void slackKeepsToFiftyBlocksAndThreeThousandCharactersASection() throws Exception {
    JsonNode s = json(new Slack(HOOK).message(edition(60)));

    assertThat(s.path("blocks").size()).isEqualTo(Slack.MAX_BLOCKS);
    assertThat(s.path("blocks").get(0).path("text").path("text").asText().length())
        .isLessThanOrEqualTo(Slack.MAX_HEADER);
    for (JsonNode b : s.path("blocks")) {
      assertThat(b.path("text").path("text").asText().length()).isLessThanOrEqualTo(3_000);
    }
    assertThat(s.path("blocks").get(49).toString()).contains("외 12편", "블로그 글 보기");
    assertThat(s.path("text").asText()).isNotBlank();
  }

  @Test
  void discordKeepsToTenEmbedsAndSixThousandCharacters() throws Exception {
    JsonNode d = json(new Discord(HOOK).message(edition(30)));

    assertThat(d.path("embeds").size()).isLessThanOrEqualTo(Discord.MAX_EMBEDS).isPositive();
    int total = 0;
    for (JsonNode e : d.path("embeds")) {
      assertThat(e.path("title").asText().length()).isLessThanOrEqualTo(Discord.MAX_TITLE);
      total += e.path("title").asText().length() + e.path("description").asText().length();
    }
    assertThat(total).isLessThanOrEqualTo(Discord.MAX_EMBED_TEXT);
    assertThat(d.path("content").asText().length()).isLessThanOrEqualTo(Discord.MAX_CONTENT);
    assertThat(d.path("content").asText()).contains("외");
    assertThat(d.path("allowed_mentions").path("parse")).isEmpty();
  }

  @Test
  void telegramKeepsToFourThousandNinetySixCharacters() throws Exception {
    Outgoing out =
        new Telegram(URI.create("https://api.telegram.org/"), "1:ABC", "-100").message(edition(47));
    JsonNode t = json(out);

    assertThat(out.endpoint()).hasToString("https://api.telegram.org/bot1:ABC/sendMessage");
    assertThat(t.path("text").asText().length()).isLessThanOrEqualTo(Telegram.MAX_TEXT);
    assertThat(t.path("text").asText()).contains("외 ", "블로그 글 보기");
    assertThat(out.toString()).doesNotContain("ABC");
  }

  @Test
  void answersMeanWhatEachPlatformSays() {
    Slack slack = new Slack(HOOK);
    assertThat(slack.answer(200, Optional.empty(), "ok")).isInstanceOf(Answer.Accepted.class);
    assertThat(slack.answer(404, Optional.empty(), "no_service"))
        .isEqualTo(new Answer.Lasting("HTTP 404 (no_service)"));
    assertThat(slack.answer(503, Optional.empty(), "<html>…"))
        .isEqualTo(new Answer.Transient("HTTP 503"));
    assertThat(slack.answer(429, Optional.of("2"), ""))
        .isEqualTo(new Answer.Later(Duration.ofSeconds(2)));

    Discord discord = new Discord(HOOK);
    assertThat(discord.answer(204, Optional.empty(), "")).isInstanceOf(Answer.Accepted.class);
    assertThat(discord.answer(429, Optional.empty(), "{\"retry_after\": 1.5, \"global\": false}"))
        .isEqualTo(new Answer.Later(Duration.ofMillis(1500)));

    Telegram telegram = new Telegram(URI.create("https://api.telegram.org"), "1:SECRET", "-1");
    assertThat(telegram.answer(200, Optional.empty(), "{\"ok\":true,\"result\":{}}"))
        .isInstanceOf(Answer.Accepted.class);
    assertThat(
            telegram.answer(
                429,
                Optional.empty(),
                "{\"ok\":false,\"error_code\":429,\"parameters\":{\"retry_after\":5}}"))
        .isEqualTo(new Answer.Later(Duration.ofSeconds(5)));
    assertThat(
            telegram.answer(
                403,
                Optional.empty(),
                "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was kicked\"}"))
        .isEqualTo(new Answer.Lasting("HTTP 403 (Forbidden: bot was kicked)"));
    assertThat(
            telegram.answer(
                400,
                Optional.empty(),
                "{\"ok\":false,\"error_code\":400,\"description\":\"bad token 1:SECRET\"}"))
        .isEqualTo(new Answer.Lasting("HTTP 400"));
  }

  @Test
  void aSecretIsMaskedAlsoUrlEncoded() {
    assertThat(
            Courier.mask(
                "POST https://x/bot1:SECRET/send failed; 1%3ASECRET too", List.of("1:SECRET")))
        .isEqualTo("POST https://x/bot***/send failed; *** too");
  }
}
