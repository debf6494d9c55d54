package dev.paperboy.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SettingsFileTest {
  @TempDir Path dir;

  Settings load(String yaml) throws Exception {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return SettingsFile.apply(Settings.defaults(), file, true);
  }

  @Test
  void theBundledExampleIsValidAndEqualsTheDefaults() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("config.example.yml")) {
      assertThat(load(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
          .isEqualTo(Settings.defaults());
    }
  }

  @Test
  void theExampleWatchlistIsValidOnceUncommented() throws Exception {
    String example;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("config.example.yml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder yaml = new StringBuilder();
    boolean in = false;
    for (String line : example.lines().toList()) {
      in = in || line.equals("# watchlists:");
      if (in && line.startsWith("#   ")) {
        yaml.append(line.substring(2)).append('\n');
      } else if (line.equals("# watchlists:")) {
        yaml.append("watchlists:\n");
      } else if (in) {
        break;
      }
    }
    Settings s = load(yaml.toString());

    assertThat(s.radar().watchlists())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.name()).isEqualTo("agents");
              assertThat(w.keywords()).containsExactly("agent", "agentic", "tool use");
              assertThat(w.about()).startsWith("LLM agents");
              assertThat(w.similarity()).isEqualTo(0.35);
            });
  }

  @Test
  void appliesValues() throws Exception {
    Settings s =
        load(
            """
            source: recorded/
            top: 5
            http:
              timeout-seconds: 9
            post:
              author: 홍길동
              time: "07:00:00"
              timezone: UTC
              tags: [a, b]
            """);

    assertThat(s.source()).isEqualTo("recorded/");
    assertThat(s.top()).isEqualTo(5);
    assertThat(s.timeout().toSeconds()).isEqualTo(9);
    assertThat(s.post().author()).isEqualTo("홍길동");
    assertThat(s.post().time()).isEqualTo(LocalTime.of(7, 0));
    assertThat(s.post().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(s.post().tags()).containsExactly("a", "b");
    assertThat(s.post().categories()).containsExactly("Daily Papers", "일간");
  }

  @Test
  void unknownKeyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> load("post:\n  autor: x\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'post.autor'")
        .hasMessageContaining("author");
  }

  @Test
  void secretsAreRefused() {
    assertThatThrownBy(() -> load("hf_token: hf_abc\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("environment variables only")
        .hasMessageNotContaining("hf_abc");
  }

  @Test
  void badValuesAreErrors() {
    assertThatThrownBy(() -> load("top: many\n"))
        .hasMessageContaining("'top' must be a whole number");
    assertThatThrownBy(() -> load("top: 0\n"))
        .hasMessageContaining("'top' must be between 1 and 100, not 0");
    assertThatThrownBy(() -> load("post:\n  timezone: Mars/Olympus\n"))
        .hasMessageContaining("post.timezone");
    assertThatThrownBy(() -> load("top: [1\n")).hasMessageContaining("not valid YAML");
  }

  @Test
  void typeErrorsNameTheKeyAndWhatItTakes() {
    assertThatThrownBy(() -> load("digest:\n  enabled: maybe\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'digest.enabled' must be true or false");
    assertThatThrownBy(() -> load("post:\n  tags: one\n"))
        .hasMessageContaining("'post.tags' must be a list");
    assertThatThrownBy(() -> load("media:\n  max-figures: 1.5\n"))
        .hasMessageContaining("'media.max-figures' must be a whole number");
    assertThatThrownBy(() -> load("http: 3\n")).hasMessageContaining("'http' must be a mapping");
  }

  @Test
  void permalinksAreConfigurableAndChecked() throws Exception {
    Settings s =
        load(
            "post:\n  permalink: /papers/{yyyy}/{mm}/{dd}/\n"
                + "digest:\n  permalink: /digest-{date}/\n");
    assertThat(s.post().permalink().of(java.time.LocalDate.of(2026, 2, 20)))
        .isEqualTo("/papers/2026/02/20/");
    assertThat(s.digestPost().permalink().of(java.time.LocalDate.of(2026, 2, 20)))
        .isEqualTo("/digest-2026-02-20/");
    assertThatThrownBy(() -> load("post:\n  permalink: /posts/daily-papers/\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'post.permalink' must hold {date}");
    assertThatThrownBy(() -> load("digest:\n  permalink: \"/x/<script>/{date}\"\n"))
        .hasMessageContaining("'digest.permalink' must be a URL path");
  }

  @Test
  void everyNumericKeyHasBoundsThatAreEnforced() throws Exception {
    assertThat(ConfigFile.bounds()).hasSizeGreaterThanOrEqualTo(20);
    for (ConfigFile.Bounds b : ConfigFile.bounds()) {
      for (double bad : new double[] {b.min() - 1, b.max() * 10 + 1}) {
        String value =
            b.min() == Math.rint(b.min()) ? Long.toString((long) bad) : Double.toString(bad);
        assertThatThrownBy(() -> load(yaml(b.key(), value)))
            .as(b.key() + " = " + value)
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("'" + b.key() + "' must be between");
      }
      load(yaml(b.key(), Long.toString((long) Math.ceil(b.min()))));
    }
  }

  /** A file setting one dotted key, e.g. digest.budget.max-calls. */
  public static String yaml(String dottedKey, String value) {
    String[] parts = dottedKey.split("\\.");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      out.append("  ".repeat(i)).append(parts[i]).append(':');
      out.append(i == parts.length - 1 ? " " + value + "\n" : "\n");
    }
    return out.toString();
  }

  @Test
  void missingDefaultFileIsFineButMissingExplicitFileIsNot() {
    Path missing = dir.resolve("nope.yml");
    assertThat(SettingsFile.apply(Settings.defaults(), missing, false))
        .isEqualTo(Settings.defaults());
    assertThatThrownBy(() -> SettingsFile.apply(Settings.defaults(), missing, true))
        .hasMessageContaining("does not exist");
  }

  @Test
  void digestAndMediaSectionsAreReadAndKeysAreNeverSecrets() throws Exception {
    Settings s =
        load(
            "digest:\n  provider: anthropic\n  model: claude-x\n  api-key-env: MY_KEY\n"
                + "  budget:\n    max-tokens: 1000\n  price:\n    input-per-million: 3\n"
                + "media:\n  max-figures: 1\n  base-path: /blog/assets/img/papers\n");

    assertThat(s.digest().model().provider()).isEqualTo(dev.paperboy.digest.Provider.ANTHROPIC);
    assertThat(s.digest().model().effectiveKeyVariable()).isEqualTo("MY_KEY");
    assertThat(s.digest().budget().maxTokens()).isEqualTo(1000);
    assertThat(s.digest().budget().pricing().inputPerMillion()).isEqualTo(3.0);
    assertThat(s.media().maxFigures()).isEqualTo(1);
    assertThat(s.media().basePath()).isEqualTo("/blog/assets/img/papers");

    assertThatThrownBy(() -> load("digest:\n  api-key: sk-secret\n"))
        .hasMessageContaining("'digest.api-key' looks like a secret")
        .hasMessageNotContaining("sk-secret");
    assertThatThrownBy(() -> load("digest:\n  provider: gpt\n"))
        .hasMessageContaining("'digest.provider' must be one of none, openai");
    assertThatThrownBy(() -> load("media:\n  base-path: \"/x) <script>\"\n"))
        .hasMessageContaining("'media.base-path' must be a URL path");
  }

  @Test
  void fullTextAndArtifactsAreReadAndChecked() throws Exception {
    Settings s =
        load(
            "digest:\n  fulltext:\n    enabled: false\n    max-chars: 12000\n"
                + "  artifacts:\n    hub-base: http://127.0.0.1:9/\n    max-age-days: 2\n");

    assertThat(s.digest().fullText())
        .isEqualTo(new dev.paperboy.digest.FullTextSettings(false, 12_000));
    assertThat(s.artifacts().hubBase()).hasToString("http://127.0.0.1:9/");
    assertThat(s.artifacts().maxAge()).isEqualTo(java.time.Duration.ofDays(2));
    assertThat(Settings.defaults().digest().fullText().maxChars()).isEqualTo(40_000);
    assertThat(Settings.defaults().artifacts().hubBase()).as("the source's API").isNull();

    assertThatThrownBy(() -> load("digest:\n  fulltext:\n    max-chars: 10\n"))
        .hasMessageContaining("digest.fulltext.max-chars");
    assertThatThrownBy(() -> load("digest:\n  artifacts:\n    hub-base: ftp://x\n"))
        .hasMessageContaining("'digest.artifacts.hub-base' must be an http(s) URL");
  }

  @Test
  void pushTargetsAreReadAndEveryMistakeNamesItsKey() throws Exception {
    Settings s =
        load(
            "push:\n  - name: team\n    kind: Slack\n    url-env: MY_SLACK\n    top: 7\n"
                + "  - name: tg\n    kind: telegram\n    token-env: TG\n    chat-id: \"-100\"\n"
                + "feeds:\n  papers-days: 7\n");

    assertThat(s.delivery().targets())
        .extracting(t -> t.name() + " " + t.kind() + " " + t.top() + " " + t.maxAgeDays())
        .containsExactly("team slack 7 3", "tg telegram 5 3");
    assertThat(s.delivery().targets().get(1).apiBase()).hasToString("https://api.telegram.org");
    assertThat(s.delivery().feedDays()).isEqualTo(7);

    assertThatThrownBy(() -> load("push:\n  - name: a\n    kind: teams\n    url-env: X\n"))
        .hasMessageContaining("'push[0].kind' must be one of slack, discord, telegram, webhook");
    assertThatThrownBy(() -> load("push:\n  - name: a\n    kind: slack\n"))
        .hasMessageContaining("'push[0]' (slack) needs url-env");
    assertThatThrownBy(
            () ->
                load(
                    "push:\n  - {name: a, kind: slack, url-env: X}\n"
                        + "  - {name: a, kind: discord, url-env: Y}\n"))
        .hasMessageContaining("'push[1].name' repeats the target 'a'");
    assertThatThrownBy(() -> load("push:\n  - {name: a, kind: slack, url-env: X, top: 80}\n"))
        .hasMessageContaining("'push[0].top' must be between 1 and 47");
    assertThatThrownBy(
            () ->
                load(
                    "push:\n  - name: a\n    kind: slack\n"
                        + "    url-env: https://hooks.slack.com/services/T0/B0/secret\n"))
        .hasMessageContaining("'push[0].url-env' must name an environment variable")
        .hasMessageNotContaining("hooks.slack.com");
    assertThatThrownBy(() -> load("push:\n  - {name: a, kind: telegram, token-env: T}\n"))
        .hasMessageContaining("needs token-env (the variable holding the bot token) and chat-id");
  }
}
