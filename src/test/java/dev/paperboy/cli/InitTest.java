package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.config.ConfigFile;
import dev.paperboy.job.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'paperboy init' sets up a blog, is idempotent, and never overwrites an edited file unasked. */
class InitTest {
  @TempDir Path site;

  CliTest.Run init(String... extra) {
    String[] args = new String[2 + extra.length + 1];
    args[0] = "init";
    args[1] = "--site";
    args[2] = site.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    return CliTest.run(args);
  }

  JsonNode workflow() throws Exception {
    return new ObjectMapper(new YAMLFactory())
        .readTree(site.resolve(InitCommand.WORKFLOW).toFile());
  }

  @Test
  void aFreshBlogGetsConfigWorkflowAndGitignore() throws Exception {
    Files.createDirectories(site.resolve(".github/workflows"));
    Files.writeString(site.resolve(".github/workflows/pages-deploy.yml"), "on: push\n");

    CliTest.Run run = init("--paperboy-repo", "https://example.org/paperboy.git");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("created   _paperboy/config.yml", "created   " + InitCommand.WORKFLOW);
    assertThat(
            dev.paperboy.job.SettingsFile.apply(
                Settings.defaults(), site.resolve(ConfigFile.DEFAULT_PATH), true))
        .isEqualTo(Settings.defaults());
    JsonNode wf = workflow();
    assertThat(wf.at("/on/schedule/0/cron").asText()).isEqualTo("17 3,15 * * *");
    assertThat(wf.at("/concurrency/group").asText()).isEqualTo("paperboy");
    assertThat(wf.at("/concurrency/cancel-in-progress").asBoolean()).isFalse();
    assertThat(wf.at("/jobs/daily/env/PAPERBOY_REPO").asText())
        .isEqualTo("https://example.org/paperboy.git");
    String text = Files.readString(site.resolve(InitCommand.WORKFLOW), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("gh workflow run pages-deploy.yml")
        .contains("key: paperboy-archive-${{ github.run_id }}", "restore-keys: paperboy-archive-")
        .contains(
            "git pull -q --rebase",
            "--allow-empty",
            "OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}")
        .doesNotContain("__PAPERBOY");
    assertThat(site.resolve(".gitignore")).content().contains(".paperboy/");
  }

  @Test
  void aReRunChangesNothingAndAnEditedWorkflowIsKeptWithoutForce() throws Exception {
    assertThat(init().code()).isZero();
    Path wf = site.resolve(InitCommand.WORKFLOW);
    var mtime = Files.getLastModifiedTime(wf);

    CliTest.Run again = init();
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("unchanged " + InitCommand.WORKFLOW);
    assertThat(Files.getLastModifiedTime(wf)).isEqualTo(mtime);
    assertThat(site.resolve(".gitignore")).content().containsOnlyOnce(".paperboy/");

    String edited =
        Files.readString(wf, StandardCharsets.UTF_8).replace("17 3,15 * * *", "5 4 * * *");
    Files.writeString(wf, edited, StandardCharsets.UTF_8);
    CliTest.Run kept = init();
    assertThat(kept.code()).isEqualTo(1);
    assertThat(kept.err()).contains("kept      " + InitCommand.WORKFLOW + " (you edited it");
    assertThat(wf).content(StandardCharsets.UTF_8).contains("5 4 * * *");

    CliTest.Run forced = init("--force");
    assertThat(forced.code()).isZero();
    assertThat(wf).content(StandardCharsets.UTF_8).contains("17 3,15 * * *");
  }
}
