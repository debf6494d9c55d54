package dev.paperboy.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path site;

  @Test
  void createsThenUpdatesThenLeavesUnchangedFilesAlone() throws Exception {
    SiteWriter writer = new SiteWriter(site);
    Path file = site.resolve("_posts/a.md");

    assertThat(writer.write("_posts/a.md", "한글 1")).isEqualTo(SiteWriter.Result.CREATED);
    assertThat(writer.write("_posts/a.md", "한글 2")).isEqualTo(SiteWriter.Result.UPDATED);
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(file, old);
    assertThat(writer.write("_posts/a.md", "한글 2")).isEqualTo(SiteWriter.Result.UNCHANGED);

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("한글 2");
    assertThat(site.resolve(".paperboy/tmp")).isEmptyDirectory();
  }

  @Test
  void aRegenerableWriterKeepsTheContractButTheFlush() throws Exception {
    SiteWriter writer = SiteWriter.regenerable(site);
    assertThat(writer.write("p/a.html", "한글 1")).isEqualTo(SiteWriter.Result.CREATED);
    assertThat(writer.write("p/a.html", "한글 1")).isEqualTo(SiteWriter.Result.UNCHANGED);
    assertThat(writer.write("p/a.html", "한글 2")).isEqualTo(SiteWriter.Result.UPDATED);
    assertThat(Files.readString(site.resolve("p/a.html"), StandardCharsets.UTF_8))
        .isEqualTo("한글 2");
    assertThat(site.resolve(".paperboy/tmp")).isEmptyDirectory();
    assertThatThrownBy(() -> writer.write("../escape.html", "x")).isInstanceOf(SiteException.class);
  }

  @Test
  void refusesPathsOutsideTheSite() {
    SiteWriter writer = new SiteWriter(site);

    assertThatThrownBy(() -> writer.write("../escape.md", "x")).isInstanceOf(SiteException.class);
    assertThatThrownBy(() -> writer.write("_posts/../../escape.md", "x"))
        .isInstanceOf(SiteException.class);
    assertThatThrownBy(() -> writer.write("/tmp/abs.md", "x")).isInstanceOf(SiteException.class);
    assertThat(site.getParent().resolve("escape.md")).doesNotExist();
  }

  @Test
  void removesTemporaryFilesOfAKilledRun() throws Exception {
    Path tmp = Files.createDirectories(site.resolve(".paperboy/tmp"));
    Files.writeString(tmp.resolve("a.md.123.tmp"), "partial");

    assertThat(new SiteWriter(site).cleanStaleTemporaryFiles()).isEqualTo(1);
    assertThat(tmp).isEmptyDirectory();
  }
}
