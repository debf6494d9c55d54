package dev.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'paperboy serve' says before it serves; the server itself is BrowserTest's. */
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
  void helpNamesTheDefaultsAndTheApi() {
    CliTest.Run r = CliTest.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("127.0.0.1", "8080", "/api");
  }
}
