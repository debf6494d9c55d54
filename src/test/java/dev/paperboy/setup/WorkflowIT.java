package dev.paperboy.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow {@code paperboy init} writes, run as GitHub would run it (its shell steps in order,
 * the actions played by local equivalents: {@link Runner}) against local bare Git remotes: the
 * blog, and Paperboy's own source with no tags.
 *
 * <ol>
 *   <li>The first run of a fresh fork builds Paperboy from the pinned commit, publishes and pushes.
 *   <li>A second run the same day reuses the cached jar and pushes nothing.
 *   <li>A run whose push the remote rejects fails, and saves no archive.
 *   <li>The next run, the push allowed again, pushes every post the failed one made.
 *   <li>A post the blogger deleted is back after the next run; an unpublished one is not.
 * </ol>
 */
class WorkflowIT {
  @TempDir Path tmp;

  @Test
  void aForkRunsTheGeneratedWorkflowFromItsFirstRunAndLosesNothingWhenAPushFails()
      throws Exception {
    Path jar = Path.of(System.getProperty("paperboy.jar", "target/paperboy.jar"));
    Path root = Path.of(System.getProperty("paperboy.root", "."));
    Map<String, String> env = environment();

    // Paperboy's source, as a fork has it: the branches, and no tag.
    Path paperboy = tmp.resolve("paperboy.git");
    git(env, tmp, "clone", "-q", "--bare", "--no-local", root.toString(), paperboy.toString());
    String tags = git(env, paperboy, "tag", "--list");
    for (String tag : tags.lines().filter(t -> !t.isBlank()).toList()) {
      git(env, paperboy, "tag", "-d", tag);
    }

    // The blog: a Jekyll site with recorded lists of two recent weekdays, set up by init.
    List<LocalDate> weekdays = recentWeekdays(3);
    Path blog = tmp.resolve("blog.git");
    git(env, tmp, "init", "-q", "--bare", "--initial-branch=main", blog.toString());
    Path reject = tmp.resolve("reject-pushes");
    Path hook = blog.resolve("hooks/pre-receive");
    Files.writeString(
        hook,
        "#!/bin/sh\nif [ -e '" + reject + "' ]; then echo 'protected branch' >&2; exit 1; fi\n");
    hook.toFile().setExecutable(true);
    Path author = tmp.resolve("author");
    git(env, tmp, "clone", "-q", blog.toString(), author.toString());
    git(env, author, "checkout", "-q", "-b", "main");
    Files.writeString(author.resolve("_config.yml"), "title: A blog\n");
    Files.createDirectories(author.resolve(".github/workflows"));
    Files.writeString(author.resolve(".github/workflows/pages-deploy.yml"), "on: push\n");
    record(author, weekdays.get(0), "2608.1");
    record(author, weekdays.get(1), "2608.2");
    Runner.Result init =
        Runner.bash(
            List.of(
                java(env),
                "-jar",
                jar.toString(),
                "init",
                "--site",
                author.toString(),
                "--paperboy-repo",
                paperboy.toString()),
            tmp,
            env);
    assertThat(init.code()).as(init.output()).isZero();
    Files.writeString(
        author.resolve("_paperboy/config.yml"),
        "source: recorded\nmedia:\n  enabled: false\n",
        StandardCharsets.UTF_8);
    commitAndPush(env, author, "A blog with Paperboy");
    String pinned = Files.readString(author.resolve(Scaffold.WORKFLOW));
    assertThat(pinned).containsPattern("PAPERBOY_REF: \"([0-9a-f]{40}|main)\"");

    Path caches = Files.createDirectories(tmp.resolve("caches"));
    Path ghLog = tmp.resolve("gh.log");
    Runner runner =
        new Runner(author.resolve(Scaffold.WORKFLOW), blog.toString(), caches, withGh(env, ghLog));

    // 1. The first run builds Paperboy, publishes and pushes.
    Runner.Run first = runner.run("daily", 1, Files.createDirectories(tmp.resolve("run-1")));
    assertThat(first.success()).as(first.log()).isTrue();
    assertThat(first.step("Build Paperboy").outcome()).isEqualTo("success");
    assertThat(remote(env, blog, "_posts")).contains(post(weekdays.get(0)), post(weekdays.get(1)));
    assertThat(Files.readString(ghLog)).contains("workflow run pages-deploy.yml --ref main");
    try (var saved = Files.list(caches)) {
      assertThat(saved.map(p -> p.getFileName().toString()).toList())
          .anyMatch(k -> k.startsWith("paperboy-jar-"))
          .contains("paperboy-archive-1");
    }

    // 2. The same day again: the cached jar, nothing to push.
    String head = git(env, blog, "rev-parse", "main").strip();
    Runner.Run second = runner.run("daily", 2, Files.createDirectories(tmp.resolve("run-2")));
    assertThat(second.success()).as(second.log()).isTrue();
    assertThat(second.step("Build Paperboy").outcome())
        .as("the jar is reused")
        .isEqualTo("skipped");
    assertThat(git(env, blog, "rev-parse", "main").strip()).as("nothing pushed").isEqualTo(head);

    // 3. A new day, and the remote rejects the push: the run fails and saves no archive.
    git(env, author, "pull", "-q", "--rebase", "origin", "main");
    record(author, weekdays.get(2), "2608.3");
    commitAndPush(env, author, "Another recorded day");
    Files.writeString(reject, "");
    Runner.Run rejected = runner.run("daily", 3, Files.createDirectories(tmp.resolve("run-3")));
    assertThat(rejected.success()).as("a failed push fails the run").isFalse();
    assertThat(rejected.step("Commit and push").outcome()).isEqualTo("failure");
    assertThat(rejected.step("Commit and push").log()).contains("Could not push the posts");
    assertThat(rejected.step("Save the archive").outcome()).isEqualTo("skipped");
    assertThat(caches.resolve("paperboy-archive-3")).doesNotExist();
    assertThat(remote(env, blog, "_posts")).doesNotContain(post(weekdays.get(2)));

    // 4. Pushes allowed again: the next run pushes every post the failed one made.
    Files.delete(reject);
    Runner.Run recovered = runner.run("daily", 4, Files.createDirectories(tmp.resolve("run-4")));
    assertThat(recovered.success()).as(recovered.log()).isTrue();
    assertThat(remote(env, blog, "_posts")).contains(post(weekdays.get(2)));
    assertThat(remote(env, blog, "_data/papers")).contains("daily-" + weekdays.get(2) + ".json");

    // 5. A deleted post comes back with the next run; an unpublished date stays gone.
    git(env, author, "pull", "-q", "--rebase", "origin", "main");
    Files.delete(author.resolve("_posts/" + post(weekdays.get(0))));
    Runner.Result unpublish =
        Runner.bash(
            List.of(
                java(env),
                "-jar",
                jar.toString(),
                "unpublish",
                "--site",
                author.toString(),
                "--date",
                weekdays.get(1).toString()),
            tmp,
            env);
    assertThat(unpublish.code()).as(unpublish.output()).isZero();
    commitAndPush(env, author, "A post deleted, a date unpublished");
    Runner.Run restored = runner.run("daily", 5, Files.createDirectories(tmp.resolve("run-5")));
    assertThat(restored.success()).as(restored.log()).isTrue();
    assertThat(restored.step("Publish the Daily Papers").log())
        .contains(weekdays.get(0) + ": post missing from the site, published again.");
    assertThat(remote(env, blog, "_posts"))
        .contains(post(weekdays.get(0)))
        .doesNotContain(post(weekdays.get(1)));
  }

  /** The environment of every process: this JDK first, Maven pointed at the local repository. */
  private static Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    String javaHome = System.getProperty("java.home");
    env.put("JAVA_HOME", javaHome);
    env.put("PATH", javaHome + "/bin:" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("LANG", "C.UTF-8");
    String repo =
        System.getProperty(
            "sim.maven.repo",
            Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    // The runner builds Paperboy offline from the local repository (a hosted runner downloads it),
    // with the Maven Wrapper's distribution from this machine's.
    env.put("MAVEN_ARGS", "-o -Dmaven.repo.local=" + repo);
    env.put("MAVEN_USER_HOME", Path.of(System.getProperty("user.home"), ".m2").toString());
    env.put("PAPERBOY_PUSH_BACKOFF", "0");
    env.put("GIT_AUTHOR_NAME", "Blogger");
    env.put("GIT_AUTHOR_EMAIL", "blogger@example.org");
    env.put("GIT_COMMITTER_NAME", "Blogger");
    env.put("GIT_COMMITTER_EMAIL", "blogger@example.org");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    return env;
  }

  /** {@code env} with a stand-in {@code gh} first on the PATH, logging its arguments. */
  private Map<String, String> withGh(Map<String, String> env, Path log) throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("stub-bin"));
    Path gh = bin.resolve("gh");
    Files.writeString(gh, "#!/bin/sh\necho \"$@\" >> '" + log + "'\n");
    gh.toFile().setExecutable(true);
    Files.writeString(log, "");
    Map<String, String> out = new LinkedHashMap<>(env);
    out.put("PATH", bin + ":" + env.get("PATH"));
    return out;
  }

  private static String java(Map<String, String> env) {
    return env.get("JAVA_HOME") + "/bin/java";
  }

  /**
   * The most recent {@code n} weekdays before today (UTC), oldest first: in the catch-up window.
   */
  private static List<LocalDate> recentWeekdays(int n) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        days.size() < n;
        d = d.minusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(0, d);
      }
    }
    return days;
  }

  /** Records a fixture list as {@code date}'s, with its ids renumbered so days differ. */
  private static void record(Path site, LocalDate date, String idPrefix) throws Exception {
    String day =
        new String(
            dev.paperboy.testing.Fixtures.day(LocalDate.of(2026, 8, 20)), StandardCharsets.UTF_8);
    Path file = site.resolve("recorded/daily_papers-" + date + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, day.replace("\"2608.1", "\"" + idPrefix), StandardCharsets.UTF_8);
  }

  private static String post(LocalDate date) {
    return date + "-daily-papers.md";
  }

  private static void commitAndPush(Map<String, String> env, Path clone, String message)
      throws Exception {
    git(env, clone, "add", "-A");
    git(env, clone, "commit", "-q", "-m", message);
    git(env, clone, "push", "-q", "origin", "HEAD:main");
  }

  /** The file names under {@code path} on the remote's main branch. */
  private static String remote(Map<String, String> env, Path bare, String path) throws Exception {
    return git(env, bare, "ls-tree", "--name-only", "main", path + "/");
  }

  private static String git(Map<String, String> env, Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Runner.Result r = Runner.bash(command, dir, env);
    if (r.code() != 0) {
      throw new AssertionError("git " + String.join(" ", args) + " failed: " + r.output());
    }
    return r.output();
  }
}
