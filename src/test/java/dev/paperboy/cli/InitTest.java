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
    assertThat(wf.at("/jobs/daily/env/PAPERBOY_REF").asText()).isNotBlank();
    String text = Files.readString(site.resolve(InitCommand.WORKFLOW), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("# Written by 'paperboy init' (checksum ")
        .contains(
            "uses: actions/checkout@v7",
            "uses: actions/setup-java@v6",
            "uses: actions/cache/restore@v6",
            "uses: actions/cache/save@v6",
            "-Dspotless.check.skip=true",
            "key: paperboy-jar-${{ steps.paperboy.outputs.commit }}")
        .doesNotContain("@v4", "@v5", "--branch \"v")
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

  @Test
  void aReRunWithOtherOptionsRewritesItsOwnUntouchedWorkflow() throws Exception {
    assertThat(init("--paperboy-repo", "https://example.org/a.git").code()).isZero();

    CliTest.Run again =
        init("--paperboy-repo", "https://example.org/b.git", "--paperboy-ref", "release");

    assertThat(again.code()).isZero();
    assertThat(again.err()).doesNotContain("kept", "edited");
    assertThat(again.out())
        .contains("updated   " + InitCommand.WORKFLOW, "unchanged _paperboy/config.yml");
    assertThat(workflow().at("/jobs/daily/env/PAPERBOY_REPO").asText())
        .isEqualTo("https://example.org/b.git");
    assertThat(workflow().at("/jobs/daily/env/PAPERBOY_REF").asText()).isEqualTo("release");
    assertThat(
            init("--paperboy-repo", "https://example.org/b.git", "--paperboy-ref", "release").out())
        .contains("unchanged " + InitCommand.WORKFLOW);
  }

  @Test
  void aConfigWrittenByConfigWriteIsNotMistakenForAnEdit() throws Exception {
    assertThat(CliTest.run("config", "--write", "--site", site.toString()).code()).isZero();

    CliTest.Run run = init("--paperboy-repo", "https://example.org/a.git");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("unchanged _paperboy/config.yml");
  }

  @Test
  void nextSaysExactlyWhatIsLeftToDo() throws Exception {
    CliTest.Run bare = init("--paperboy-repo", "https://github.com/OWNER/paperboy.git");
    assertThat(bare.out())
        .contains("--paperboy-repo https://github.com/YOU/paperboy.git")
        .contains("Commit and push")
        .contains("set Source to 'Deploy from a branch'")
        .doesNotContain("secret", "GitHub Actions'");

    Files.createDirectories(site.resolve(".github/workflows"));
    Files.writeString(site.resolve(".github/workflows/pages-deploy.yml"), "on: push\n");
    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "digest:\n  provider: anthropic\n  model: claude-haiku-4-5\n",
        StandardCharsets.UTF_8);
    String commit = "0123456789abcdef0123456789abcdef01234567";
    CliTest.Run configured =
        init("--paperboy-repo", "https://example.org/p.git", "--paperboy-ref", commit);
    assertThat(configured.out())
        .contains("builds commit 0123456789ab of https://example.org/p.git")
        .contains("Add the repository secret ANTHROPIC_API_KEY")
        .contains("set Source to 'GitHub Actions'")
        .doesNotContain("--paperboy-repo https://github.com/YOU");
    assertThat(configured.code()).as("the edited config is kept").isEqualTo(1);

    Files.writeString(
        site.resolve("_paperboy/config.yml"),
        "digest:\n  provider: openai\n  model: deepseek-chat\n  api-key-env: DEEPSEEK_KEY\n",
        StandardCharsets.UTF_8);
    assertThat(init("--paperboy-repo", "https://example.org/p.git").out())
        .contains("Add the repository secret DEEPSEEK_KEY")
        .contains("'DEEPSEEK_KEY: ${{ secrets.DEEPSEEK_KEY }}'");
  }
}
