package dev.paperboy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the README's architecture page: a package imports only the packages below
 * it along the pipeline (and the root's {@code PaperboyException}). A lower package never knows a
 * higher one: {@code media} does not know {@code publish}; only {@code cli} knows everything.
 */
class ArchitectureTest {
  /** Which packages each package may import. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("util", Set.of()),
          Map.entry("config", Set.of()),
          Map.entry("charts", Set.of()),
          Map.entry("hf", Set.of("util")),
          Map.entry("archive", Set.of("hf", "util")),
          Map.entry("rank", Set.of("archive", "hf")),
          Map.entry("site", Set.of("util")),
          Map.entry("net", Set.of("util")),
          Map.entry("arxiv", Set.of("archive", "hf", "net", "util")),
          Map.entry("hub", Set.of("archive", "hf", "net", "util")),
          Map.entry("radar", Set.of("archive", "hf", "util")),
          Map.entry("digest", Set.of("archive", "arxiv", "hf", "util")),
          Map.entry("media", Set.of("archive", "arxiv", "hf", "net", "site", "util")),
          Map.entry(
              "publish",
              Set.of("archive", "charts", "digest", "hf", "hub", "media", "radar", "rank", "util")),
          Map.entry("alerts", Set.of("util")),
          Map.entry("delivery", Set.of("archive", "hf", "publish", "radar", "site", "util")),
          Map.entry(
              "job",
              Set.of(
                  "alerts",
                  "archive",
                  "arxiv",
                  "config",
                  "delivery",
                  "digest",
                  "hf",
                  "hub",
                  "media",
                  "net",
                  "publish",
                  "radar",
                  "rank",
                  "site",
                  "util")),
          Map.entry(
              "web",
              Set.of(
                  "archive", "charts", "digest", "hf", "publish", "radar", "rank", "site", "util")),
          Map.entry("setup", Set.of("config", "digest", "job", "site", "util")),
          Map.entry(
              "cli",
              Set.of(
                  "alerts",
                  "archive",
                  "charts",
                  "config",
                  "delivery",
                  "digest",
                  "hf",
                  "job",
                  "media",
                  "publish",
                  "radar",
                  "rank",
                  "setup",
                  "site",
                  "util",
                  "web")));

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.paperboy\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void everyPackageImportsOnlyThePackagesBelowIt() throws Exception {
    Path root = Path.of("src/main/java/dev/paperboy");
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String pkg = relative.getName(0).toString();
        assertThat(ALLOWED).as("a rule for package " + pkg).containsKey(pkg);
        Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
            broken.add(relative + " imports " + used);
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
