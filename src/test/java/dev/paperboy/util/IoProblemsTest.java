package dev.paperboy.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class IoProblemsTest {
  @Test
  void namesTheCauseInPlainWords() {
    assertThat(IoProblems.describe(new AccessDeniedException("/srv/blog/_posts/x.md")))
        .isEqualTo("permission denied");
    assertThat(IoProblems.describe(new FileSystemException("/x", null, "No space left on device")))
        .isEqualTo("the disk is full (No space left on device)");
    assertThat(IoProblems.describe(new FileSystemException("/x", null, "Read-only file system")))
        .startsWith("the file system is read-only");
    assertThat(IoProblems.describe("[SQLITE_FULL] Insertion failed because database is full"))
        .startsWith("the disk is full");
    assertThat(IoProblems.describe("[SQLITE_READONLY] Attempt to write a readonly database"))
        .startsWith("the file system is read-only");
    assertThat(IoProblems.describe("[SQLITE_CANTOPEN] Unable to open the database file"))
        .startsWith("cannot open the file: its folder is missing, read-only or not writable");
  }
}
