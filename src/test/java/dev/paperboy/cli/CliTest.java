package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.config.ConfigFile;
import dev.paperboy.job.SettingsFileTest;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.util.Console;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PaperboyCommand.execute(args, Console.of(out, err));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path siteWithConfig(String yaml) throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_paperboy"));
    Files.writeString(site.resolve("_paperboy/config.yml"), yaml, StandardCharsets.UTF_8);
    return site;
  }

  @Test
  void helpTeachesTheCommands() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("daily", "demo", "config", "Exit codes");

    Run daily = run("daily", "--help");
    assertThat(daily.code()).isZero();
    assertThat(daily.out()).contains("--site", "--from", "--source", "HF_TOKEN", "Examples");
  }

  @Test
  void versionIsPrinted() {
    assertThat(run("--version").out()).startsWith("paperboy ");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("daily").code()).isEqualTo(2);
    assertThat(run("daily", "--create", "--site", tmp.toString(), "--date", "2026-13-01").code())
        .isEqualTo(2);
    assertThat(
            run(
                    "daily",
                    "--create",
                    "--site",
                    tmp.toString(),
                    "--date",
                    "2026-08-20",
                    "--from",
                    "2026-08-01",
                    "--to",
                    "2026-08-02")
                .code())
        .isEqualTo(2);
    assertThat(
            run(
                    "daily",
                    "--create",
                    "--site",
                    tmp.toString(),
                    "--from",
                    "2026-08-05",
                    "--to",
                    "2026-08-01")
                .err())
        .contains("before");
    assertThat(run("nonsense").code()).isEqualTo(2);
  }

  @Test
  void configurationErrorsExitWith3() throws Exception {
    Run missing =
        run(
            "daily",
            "--create",
            "--site",
            tmp.toString(),
            "--config",
            tmp.resolve("nope.yml").toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("configuration error", "nope.yml");

    Path site = siteWithConfig("tpo: 3\n");
    Run typo = run("daily", "--create", "--site", site.toString(), "--date", "2026-08-20");
    assertThat(typo.code()).isEqualTo(3);
    assertThat(typo.err()).contains("unknown key 'tpo'");

    Run noSource =
        run(
            "daily",
            "--create",
            "--site",
            tmp.toString(),
            "--source",
            tmp.resolve("absent").toString());
    assertThat(noSource.code()).isEqualTo(3);
    assertThat(noSource.err()).contains("does not exist");
  }

  @Test
  void everyOutOfRangeNumberInTheConfigFileIsExit3WithOneLine() throws Exception {
    for (ConfigFile.Bounds b : ConfigFile.bounds()) {
      Path site = siteWithConfig(SettingsFileTest.yaml(b.key(), "-1"));
      Run run = run("daily", "--create", "--site", site.toString(), "--date", "2026-08-20");
      assertThat(run.code()).as(b.key()).isEqualTo(3);
      assertThat(run.err().lines()).as(b.key()).hasSize(1);
      assertThat(run.err()).contains("'" + b.key() + "' must be between");
    }
    Path site = siteWithConfig("digest:\n  budget:\n    max-calls: -1\n");
    assertThat(run("daily", "--create", "--site", site.toString()).err())
        .isEqualTo(
            "paperboy: configuration error: "
                + site.resolve("_paperboy/config.yml")
                + ": 'digest.budget.max-calls' must be between 0 and 100000, not -1\n");
  }

  @Test
  void dailyPublishesARangeFromRecordedResponses() throws Exception {
    Path source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Path site = tmp.resolve("blog");

    Run run =
        run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--from",
            "2026-08-17",
            "--to",
            "2026-08-23",
            "--top",
            "3",
            "--no-images");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Processing 7 list dates, 2026-08-17 to 2026-08-23")
        .contains("[4/7] 2026-08-20 Thu  15 papers, post created")
        .contains("[6/7] 2026-08-22 Sat  no papers (weekend)")
        .contains("1 published (1 new, 0 updated, 0 unchanged), 6 empty");
    assertThat(run.err()).contains("Note: 2026-08-17 is a weekday with no papers listed");
    String post =
        Files.readString(site.resolve("_posts/2026-08-20-daily-papers.md"), StandardCharsets.UTF_8);
    assertThat(post).contains("좋아요 상위 3개를 소개합니다.").doesNotContain("\n4. **");
    assertThat(site.resolve("_data/papers/daily-2026-08-20.json")).exists();
    assertThat(site.resolve(".paperboy/archive.db")).exists();
  }

  @Test
  void anOfflineCatchUpGivesUpAfterTheFirstDateInOneLine() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Path site = siteWithConfig("digest:\n  enabled: false\n");
    long start = System.nanoTime();

    Run run =
        run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            "http://127.0.0.1:" + closed);

    java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("Processing 15 list dates").contains("15 not fetched");
    assertThat(run.err())
        .containsOnlyOnce("Not fetched: 15 date(s)")
        .contains("connection refused", "stopped fetching for this run", "next run tries them")
        .doesNotContain("FAILED");
    assertThat(took).isLessThan(java.time.Duration.ofSeconds(10));
    try (var archive =
        dev.paperboy.archive.Archive.open(
            site.resolve(".paperboy/archive.db"), dev.paperboy.testing.Fixtures.clock())) {
      assertThat(
              archive
                  .ledger()
                  .entries(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1)))
          .as("the ledger is left for the next run")
          .isEmpty();
    }
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpAfterTwoTimeouts() throws Exception {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
      List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread acceptor =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      while (true) {
                        accepted.add(silent.accept());
                      }
                    } catch (java.io.IOException closed) {
                      // the test is over
                    }
                  });
      Path site = siteWithConfig("http:\n  timeout-seconds: 1\ndigest:\n  enabled: false\n");

      Run run =
          run(
              "daily",
              "--create",
              "--site",
              site.toString(),
              "--source",
              "http://127.0.0.1:" + silent.getLocalPort());

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err())
          .containsOnlyOnce("Not fetched: 15 date(s)")
          .contains("timed out: the API did not answer within 1 s, 2 times in a row");
      assertThat(accepted).as("one connection per attempt, two attempts in all").hasSize(2);
      silent.close();
      acceptor.join();
    }
  }

  @Test
  void demoWritesASiteOffline() {
    Path site = tmp.resolve("demo");

    Run run = run("demo", "--site", site.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("3 published", site.resolve("_posts/2026-08-20-daily-papers.md").toString())
        .contains("  " + site.resolve("_posts/2026-08-22-weekly-papers.md"));
    assertThat(site.resolve("_config.yml")).exists();
    assertThat(site.resolve("_posts/2025-10-08-daily-papers.md")).exists();
  }

  @Test
  void configPrintsTheDocumentedExample() {
    Run run = run("config");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("catch-up-days: 14", "HF_TOKEN", "categories: [Daily Papers, 일간]");
  }

  @Test
  void configWritesTheFileIntoANewSiteAndKeepsAnEditedOne() throws Exception {
    Path site = tmp.resolve("new/blog");

    Run write = run("config", "--write", "--site", site.toString());

    assertThat(write.code()).isZero();
    Path file = site.resolve("_paperboy/config.yml");
    assertThat(file).content(StandardCharsets.UTF_8).contains("catch-up-days: 14");
    Files.writeString(file, "top: 5\n", StandardCharsets.UTF_8);
    Run again = run("config", "--write", "--site", site.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("exists; kept it");
    assertThat(file).hasContent("top: 5");
    assertThat(run("config", "--write", "--site", site.toString(), "--force").code()).isZero();
    assertThat(file).content(StandardCharsets.UTF_8).contains("catch-up-days: 14");
    assertThat(run("config", "--write").code()).isEqualTo(2);
  }

  @Test
  void everyBadFlagValueIsOneLineAndExit2() {
    String site = tmp.toString();
    String[][] cases = {
      {"daily", "--create", "--site", site, "--top", "0"},
      {"daily", "--create", "--site", site, "--top", "many"},
      {"daily", "--create", "--site", site, "--date", "2026-13-01"},
      {"daily", "--create", "--site", site, "--frm", "2026-08-01"},
      {"daily", "--create", "--site", site, "--from", "2026-08-05", "--to", "2026-08-01"},
      {"daily"},
      {"digest", "--site", site, "--date", "2026-08-20", "--top", "99"},
      {"nonsense"}
    };
    for (String[] args : cases) {
      Run run = run(args);
      String label = String.join(" ", args);
      assertThat(run.code()).as(label).isEqualTo(2);
      assertThat(run.err().lines()).as(label).hasSize(1);
      assertThat(run.err())
          .as(label)
          .contains("--help')")
          .doesNotContain("Exception", "Usage:", "java.");
    }
    assertThat(run("daily", "--create", "--site", site, "--top", "0").err())
        .isEqualTo(
            "paperboy daily: --top must be between 1 and 100, not 0 (see 'paperboy daily"
                + " --help')\n");
    assertThat(run("daily", "--create", "--site", site, "--date", "2026-13-01").err())
        .contains("'2026-13-01' is not a date; expected YYYY-MM-DD");
    assertThat(run("daily", "--create", "--site", site, "--frm", "x").err())
        .contains("did you mean --from?");
  }

  @Test
  void anOversizedSourceFileIsRefusedForItsDateAndTheOthersGoOn() throws Exception {
    Path source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Path big = source.resolve("daily_papers-2026-07-21.json");
    try (var out = Files.newOutputStream(big)) {
      out.write('[');
      byte[] filler = new byte[1024 * 1024];
      java.util.Arrays.fill(filler, (byte) ' ');
      for (int i = 0; i < 17; i++) {
        out.write(filler);
      }
      out.write(']');
    }
    Path site = tmp.resolve("site");

    Run run =
        run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--from",
            "2026-07-21",
            "--to",
            "2026-07-21",
            "--no-images");
    Run other =
        run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--date",
            "2026-08-20",
            "--no-images");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains("daily_papers-2026-07-21.json", "17 MB, more than the 16 MB", "refused");
    assertThat(other.code()).isZero();
  }

  @Test
  void unusableEntriesAreSkippedAndCountedWhileTheDayIsPublished() throws Exception {
    Path source = tmp.resolve("recorded");
    Files.createDirectories(source);
    Files.write(
        source.resolve("daily_papers-2026-01-05.json"),
        Fixtures.bytes("bad-input/daily_papers-2026-01-05.json"));
    Path site = tmp.resolve("site");

    Run run =
        run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--date",
            "2026-01-05",
            "--no-images");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("26 papers, post created").contains("4 entry(ies) skipped");
    assertThat(run.err())
        .contains(
            "Skipped: 4 unusable entries of the source, the rest published (first: 2026-01-05"
                + " entry 26 (2601.10026) has upvotes = -5, outside 0 to 1000000).");
    assertThat(site.resolve("_posts/2026-01-05-daily-papers.md"))
        .content(StandardCharsets.UTF_8)
        .doesNotContain("ten to the twentieth", "1661992960");
  }

  @Test
  void aSiteThatIsNotAJekyllSiteIsRefusedUnlessCreateSaysSo() throws Exception {
    Path source = Fixtures.sourceFolder(tmp.resolve("recorded"));
    Path typo = tmp.resolve("blgo");
    Run missing =
        run("daily", "--site", typo.toString(), "--source", source.toString(), "--no-digest");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip().lines())
        .singleElement()
        .asString()
        .contains("--site " + typo + " does not exist; check the path, or pass --create");
    assertThat(typo).doesNotExist();

    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("notes.txt"), "not a blog");
    Run notASite =
        run("daily", "--site", home.toString(), "--source", source.toString(), "--no-digest");
    assertThat(notASite.code()).isEqualTo(2);
    assertThat(notASite.err())
        .contains("is not a Jekyll site (no _config.yml or _posts)", "--create");
    assertThat(home.resolve("_posts")).doesNotExist();

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    String[] day = {"--source", source.toString(), "--date", "2026-08-20", "--no-digest"};
    assertThat(run(concat(new String[] {"daily", "--site", empty.toString()}, day)).code())
        .as("an empty folder is a new site")
        .isZero();
    assertThat(
            run(concat(new String[] {"daily", "--create", "--site", typo.toString()}, day)).code())
        .isZero();
    assertThat(typo.resolve("_posts/2026-08-20-daily-papers.md")).exists();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aSecretPastedIntoAnEnvKeyIsRefusedWithoutBeingPrinted() throws Exception {
    String[][] cases = {
      {"digest:\n  api-key-env: sk-proj-Abc123Def456Ghi789\n", "digest.api-key-env"},
      {"digest:\n  api-key-env: hf_QwErTyUiOpAsDfGhJkLzXcVbNm\n", "digest.api-key-env"},
      {
        "alerts:\n  webhook-env: https://hooks.slack.com/services/T00/B00/XXXX\n",
        "alerts.webhook-env"
      },
      {"digest:\n  api-key-env: Zx9Kq2Lm8Np3Rt7Vw1Ys5Ab4Cd\n", "digest.api-key-env"},
    };
    for (String[] c : cases) {
      Path site = siteWithConfig(c[0]);
      String secret = c[0].substring(c[0].lastIndexOf(": ") + 2).strip();

      Run run = run("daily", "--site", site.toString(), "--date", "2026-08-20");

      assertThat(run.code()).as(c[1]).isEqualTo(3);
      assertThat(run.err().strip().lines())
          .singleElement()
          .asString()
          .contains("'" + c[1] + "' must name an environment variable")
          .contains("looks like a secret itself (not printed)");
      assertThat(run.out() + run.err()).doesNotContain(secret);
    }
  }

  @Test
  void helpSummariesAreWholeSentencesAndReadOnlyCommandsDoNotSayTheyWrite() {
    String help = run("--help").out();
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes"));
    for (String line : commands.strip().lines().skip(1).toList()) {
      assertThat(line.strip()).as("a whole sentence").endsWith(".");
    }
    for (String readOnly : List.of("status", "serve")) {
      assertThat(run(readOnly, "--help").out())
          .as(readOnly)
          .doesNotContain("to write into", "created if missing", "--create");
    }
    assertThat(run("daily", "--help").out()).contains("--create");
  }

  @Test
  void aMistypedCommandIsOneLineNamingTheClosestOne() {
    Run typo = run("dialy", "--site", tmp.toString());
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("paperboy: unknown command 'dialy'; did you mean daily?");
    assertThat(run("stauts").err()).contains("unknown command 'stauts'; did you mean status?");
    assertThat(run("xyzzy").err()).contains("unknown command 'xyzzy'").doesNotContain("did you");
  }

  @Test
  void aDateInTheFutureIsAUsageError() {
    Run future = run("daily", "--site", tmp.toString(), "--date", "2999-01-01");
    assertThat(future.code()).isEqualTo(2);
    assertThat(future.err().strip().lines())
        .singleElement()
        .asString()
        .contains("2999-01-01 is in the future");
    Run range =
        run("daily", "--site", tmp.toString(), "--from", "2026-01-01", "--to", "2999-01-01");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("2999-01-01 is in the future");
  }
}
