package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'paperboy serve' says before it serves; the server itself is ArchiveServerTest's. */
class ServeCliTest {
  @TempDir Path tmp;

  @Test
  void aSiteWithoutAnArchiveSaysWhatToRunWithExit3() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("blog"));
    CliTest.Run r = CliTest.run("serve", "--site", site.toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("No archive at").contains("run 'paperboy daily --site " + site);
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliTest.Run r = CliTest.run("serve", "--site", tmp.toString(), "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be between 0 and 65535, not 70000");
  }

  @Test
  void aPortInUseIsOneLineAndExit2() throws Exception {
    Path site = tmp.resolve("blog");
    Path source = dev.paperboy.testing.Fixtures.sourceFolder(tmp.resolve("recorded"));
    CliTest.run(
        "daily",
        "--create",
        "--site",
        site.toString(),
        "--source",
        source.toString(),
        "--date",
        "2026-08-20",
        "--no-images",
        "--no-digest");
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());

      CliTest.Run r = CliTest.run("serve", "--site", site.toString(), "--port", port);

      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip().lines())
          .singleElement()
          .asString()
          .contains("port " + port + " is in use; pass --port");
      assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void helpNamesTheDefaultsAndTheApi() {
    CliTest.Run r = CliTest.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("127.0.0.1", "8080", "/api");
  }

  @Test
  void exportWritesAFolderAndRefusesOneThatHoldsOtherFiles() throws Exception {
    Path site = tmp.resolve("blog");
    Path source = dev.paperboy.testing.Fixtures.sourceFolder(tmp.resolve("recorded"));
    CliTest.Run daily =
        CliTest.run(
            "daily",
            "--create",
            "--site",
            site.toString(),
            "--source",
            source.toString(),
            "--date",
            "2026-08-20",
            "--no-images",
            "--no-digest");
    assertThat(daily.code()).as(daily.err()).isZero();

    Path folder = site.resolve("archive");
    CliTest.Run export =
        CliTest.run("serve", "--site", site.toString(), "--export", folder.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out())
        .contains("Exported 1 list dates")
        .contains(folder.resolve("index.html").toString());
    assertThat(folder.resolve("days/2026-08-20.html")).isRegularFile();
    assertThat(CliTest.run("serve", "--site", site.toString(), "--export", folder.toString()).out())
        .contains(", 0 changed");

    Path other = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(other.resolve("cat.jpg"), "meow");
    CliTest.Run refused =
        CliTest.run("serve", "--site", site.toString(), "--export", other.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("already holds other files");
    assertThat(other.resolve("index.html")).doesNotExist();

    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    CliTest.Run onAFile =
        CliTest.run("serve", "--site", site.toString(), "--export", file.toString());
    assertThat(onAFile.code()).isEqualTo(2);
    assertThat(onAFile.err()).contains("is a file, not a folder");
    assertThat(file).hasContent("mine");

    CliTest.Run itself =
        CliTest.run("serve", "--site", site.toString(), "--export", site.toString());
    assertThat(itself.code()).isEqualTo(2);
    assertThat(itself.err()).contains("not the site itself");
  }
}
