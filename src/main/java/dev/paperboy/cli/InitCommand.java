package dev.paperboy.cli;

import dev.paperboy.config.ConfigFile;
import dev.paperboy.job.Context;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Build;
import dev.paperboy.util.Bundled;
import dev.paperboy.util.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy init}: sets up a blog repository to run Paperboy on a schedule. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Sets up a blog repository for an unattended Paperboy: a commented",
      "_paperboy/config.yml, a GitHub Actions workflow (.github/workflows/paperboy.yml) that runs",
      "'paperboy daily' twice a day, commits and pushes the posts and starts the site's Pages",
      "workflow, and .paperboy/ in .gitignore (the archive lives in the Actions cache).",
      "",
      "Safe to run again: files already as written are left alone, and a file you edited is",
      "kept (and named) unless --force is given."
    },
    footer = {
      "",
      "Example:",
      "  paperboy init --site ~/blog",
      "  paperboy init --site ~/blog --paperboy-repo https://github.com/you/paperboy.git"
    })
public final class InitCommand implements Callable<Integer> {
  /** The workflow file, relative to the site. */
  static final String WORKFLOW = ".github/workflows/paperboy.yml";

  /** Pages workflows of common Jekyll themes, by file name, in order of preference. */
  private static final List<String> PAGES =
      List.of("pages-deploy.yml", "pages.yml", "jekyll.yml", "deploy.yml");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--site", required = true, paramLabel = "DIR", description = "The blog folder.")
  Path site;

  @Option(names = "--force", description = "Replace files you edited.")
  boolean force;

  @Option(
      names = "--paperboy-repo",
      paramLabel = "URL",
      defaultValue = "https://github.com/OWNER/paperboy.git",
      description = "The Git URL the workflow builds Paperboy from (default: ${DEFAULT-VALUE}).")
  String repo;

  private final Context base;

  InitCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    Console console = base.console();
    SiteWriter writer = new SiteWriter(site);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ConfigFile.DEFAULT_PATH, Bundled.text("config.example.yml"));
    files.put(WORKFLOW, workflow(pagesWorkflow(), repo));
    int kept = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = writer.resolve(file.getKey());
      if (Files.isRegularFile(target) && !force && !same(target, file.getValue())) {
        console
            .err()
            .println("kept      " + file.getKey() + " (you edited it; --force replaces it)");
        kept++;
        continue;
      }
      SiteWriter.Result result = writer.write(file.getKey(), file.getValue());
      console
          .out()
          .printf("%-9s %s%n", result.name().toLowerCase(java.util.Locale.ROOT), file.getKey());
    }
    ignoreArchive(writer, console);
    console.out().println();
    console
        .out()
        .println("Next: commit these files (check PAPERBOY_REPO in " + WORKFLOW + "), and add");
    console.out().println("your model's API key as a repository secret if you configure one.");
    return kept == 0 ? 0 : 1;
  }

  /** The site's own Pages workflow, which a push by the workflow's token would not start. */
  private String pagesWorkflow() {
    Path dir = site.resolve(".github/workflows");
    for (String name : PAGES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return name;
      }
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> all = Files.list(dir)) {
        for (Path f : all.sorted().toList()) {
          String name = f.getFileName().toString();
          if (!name.equals("paperboy.yml")
              && Files.readString(f, StandardCharsets.UTF_8).contains("deploy-pages")) {
            return name;
          }
        }
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  static String workflow(String pages, String repo) {
    String step =
        pages == null
            ? "      # No Pages workflow was found when 'paperboy init' ran: if GitHub Pages builds\n"
                + "      # the site from the branch, the push above is enough.\n"
            : "      # A push made with GITHUB_TOKEN starts no workflow: start the site's own.\n"
                + "      - name: Rebuild the site\n"
                + "        if: steps.push.outputs.pushed == 'true'\n"
                + "        env:\n"
                + "          GH_TOKEN: ${{ github.token }}\n"
                + "        run: gh workflow run "
                + pages
                + " --ref \"${GITHUB_REF_NAME}\"\n";
    return Bundled.text("init/paperboy.yml")
        .replace("__PAPERBOY_VERSION__", Build.version())
        .replace("__PAPERBOY_REPO__", repo.replace("\"", ""))
        .replace("__PAGES_STEP__\n", step);
  }

  private static void ignoreArchive(SiteWriter writer, Console console) {
    Path gitignore = writer.resolve(".gitignore");
    try {
      String text =
          Files.isRegularFile(gitignore) ? Files.readString(gitignore, StandardCharsets.UTF_8) : "";
      if (text.lines()
          .anyMatch(l -> l.strip().equals(".paperboy/") || l.strip().equals(".paperboy"))) {
        return;
      }
      String added = (text.isEmpty() || text.endsWith("\n") ? text : text + "\n") + ".paperboy/\n";
      writer.write(".gitignore", added);
      console
          .out()
          .printf(
              "%-9s %s%n",
              "updated", ".gitignore (.paperboy/: the archive is cached, not committed)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean same(Path file, String text) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).equals(text);
    } catch (IOException e) {
      return false;
    }
  }
}
