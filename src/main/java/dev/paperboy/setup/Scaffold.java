package dev.paperboy.setup;

import dev.paperboy.config.ConfigFile;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Provider;
import dev.paperboy.job.Settings;
import dev.paperboy.job.SettingsFile;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Build;
import dev.paperboy.util.Bundled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code paperboy init} writes into a blog: a commented config file, the GitHub Actions
 * workflow that runs {@code paperboy daily} on a schedule, and {@code .paperboy/} in {@code
 * .gitignore}; and the steps it leaves to the blogger. Run again at any time: a file as init wrote
 * it is rewritten when the options changed (and left alone otherwise), an edited one is kept unless
 * {@code force} ({@link ManagedFile}).
 */
public final class Scaffold {
  /** The workflow file, relative to the site. */
  public static final String WORKFLOW = ".github/workflows/paperboy.yml";

  /** The placeholder repository, when init knows none. */
  public static final String NO_REPO = "https://github.com/OWNER/paperboy.git";

  /** Pages workflows of common Jekyll themes, by file name, in order of preference. */
  private static final List<String> PAGES =
      List.of("pages-deploy.yml", "pages.yml", "jekyll.yml", "deploy.yml");

  /** The secrets the workflow passes to {@code paperboy daily}. */
  private static final Set<String> PASSED =
      Set.of(
          "OPENAI_API_KEY",
          "ANTHROPIC_API_KEY",
          "GEMINI_API_KEY",
          "HF_TOKEN",
          "PAPERBOY_WEBHOOK_URL",
          "PAPERBOY_PUSH_SLACK_URL",
          "PAPERBOY_PUSH_DISCORD_URL",
          "PAPERBOY_PUSH_TELEGRAM_TOKEN",
          "PAPERBOY_PUSH_WEBHOOK_URL");

  private Scaffold() {}

  /**
   * What the workflow builds Paperboy from.
   *
   * @param repo the Git URL of Paperboy's source
   * @param ref a commit, branch or tag of it
   */
  public record Source(String repo, String ref) {
    /**
     * The defaults: the origin of the checkout this build was made in (as an https URL, which a
     * runner can clone without keys) and the commit it was built from; else the placeholder and
     * {@code main}.
     */
    public static Source ofBuild() {
      return new Source(
          Build.origin().map(Scaffold::https).orElse(NO_REPO), Build.commit().orElse("main"));
    }
  }

  /** What became of one file. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** Edited since init wrote it (or not written by init): kept. */
    KEPT
  }

  /**
   * What init did, and the steps left to do by hand.
   *
   * @param pages the site's own Pages workflow that the workflow starts, or null
   */
  public record Result(
      Map<String, Outcome> files, boolean ignored, String pages, List<String> next) {
    public Result {
      files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
      next = List.copyOf(next);
    }

    /** Whether a file was kept because it was edited. */
    public boolean keptAny() {
      return files.containsValue(Outcome.KEPT);
    }
  }

  /** Sets up {@code site} to build Paperboy from {@code source}. */
  public static Result run(Path site, Source source, boolean force) {
    SiteWriter writer = new SiteWriter(site);
    String pages = pagesWorkflow(site);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ConfigFile.DEFAULT_PATH, Bundled.text("config.example.yml"));
    files.put(WORKFLOW, workflow(pages, source));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String existing = read(writer.resolve(file.getKey()));
      if (!force && ManagedFile.state(existing, file.getValue()) == ManagedFile.State.EDITED) {
        outcomes.put(file.getKey(), Outcome.KEPT);
        continue;
      }
      if (existing != null && existing.equals(file.getValue())) {
        outcomes.put(file.getKey(), Outcome.UNCHANGED);
        continue;
      }
      outcomes.put(
          file.getKey(),
          switch (writer.write(file.getKey(), ManagedFile.render(file.getValue()))) {
            case CREATED -> Outcome.CREATED;
            case UPDATED -> Outcome.UPDATED;
            case UNCHANGED -> Outcome.UNCHANGED;
          });
    }
    boolean ignored = ignoreArchive(writer);
    return new Result(outcomes, ignored, pages, next(site, source, pages, outcomes, ignored));
  }

  /** The workflow's body (without the header line) for a site with Pages workflow {@code pages}. */
  static String workflow(String pages, Source source) {
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
        .replace("__PAPERBOY_REPO__", source.repo().replace("\"", ""))
        .replace("__PAPERBOY_REF__", source.ref().replace("\"", ""))
        .replace("__PAGES_STEP__\n", step);
  }

  /** The steps left to the blogger: exactly those that apply to this site. */
  private static List<String> next(
      Path site, Source source, String pages, Map<String, Outcome> files, boolean ignored) {
    List<String> next = new ArrayList<>();
    if (source.repo().equals(NO_REPO)) {
      next.add(
          "Tell the workflow where Paperboy's source is: paperboy init --site "
              + site
              + " --paperboy-repo https://github.com/YOU/paperboy.git");
    } else if (source.ref().matches("[0-9a-f]{40}")) {
      next.add(
          "The workflow builds commit "
              + source.ref().substring(0, 12)
              + " of "
              + source.repo()
              + ": push it there if it is not yet"
              + (Build.dirty() && Build.commit().orElse("").equals(source.ref())
                  ? " (this build also had uncommitted changes, which the workflow will not have)"
                  : "")
              + ".");
    }
    if (files.containsValue(Outcome.CREATED) || files.containsValue(Outcome.UPDATED) || ignored) {
      next.add(
          "Commit and push: git -C "
              + site
              + " add .gitignore "
              + ConfigFile.DEFAULT_PATH
              + " "
              + WORKFLOW
              + " && git -C "
              + site
              + " commit -m 'Paperboy' && git -C "
              + site
              + " push");
    }
    secret(site).ifPresent(next::add);
    next.add(
        pages != null
            ? "In the repository's Settings → Pages, set Source to 'GitHub Actions': the workflow"
                + " starts "
                + pages
                + " after each push."
            : "In the repository's Settings → Pages, set Source to 'Deploy from a branch' (your"
                + " default branch): each push rebuilds the site.");
    return next;
  }

  /**
   * The repository secret the configured model needs, if any, and whether the workflow passes it.
   */
  private static java.util.Optional<String> secret(Path site) {
    Settings settings;
    try {
      settings =
          SettingsFile.apply(Settings.defaults(), site.resolve(ConfigFile.DEFAULT_PATH), false);
    } catch (RuntimeException e) {
      return java.util.Optional.of("Fix " + ConfigFile.DEFAULT_PATH + " first: " + e.getMessage());
    }
    ModelSettings model = settings.digest().model();
    String variable = model.effectiveKeyVariable();
    if (model.provider() == Provider.NONE
        || variable == null
        || model.effectiveBaseUrl().startsWith("http://")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "Add the repository secret "
            + variable
            + " (Settings → Secrets and variables → Actions) with your "
            + model.provider().id()
            + " key"
            + (PASSED.contains(variable)
                ? "."
                : ", and add '"
                    + variable
                    + ": ${{ secrets."
                    + variable
                    + " }}' to the env of the 'Publish the Daily Papers' step of "
                    + WORKFLOW
                    + "."));
  }

  /** The site's own Pages workflow, which a push by the workflow's token would not start. */
  private static String pagesWorkflow(Path site) {
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

  /** Adds {@code .paperboy/} to the site's .gitignore; returns whether it had to. */
  private static boolean ignoreArchive(SiteWriter writer) {
    String text = read(writer.resolve(".gitignore"));
    text = text == null ? "" : text;
    if (text.lines()
        .anyMatch(l -> l.strip().equals(".paperboy/") || l.strip().equals(".paperboy"))) {
      return false;
    }
    writer.write(
        ".gitignore",
        (text.isEmpty() || text.endsWith("\n") ? text : text + "\n") + ".paperboy/\n");
    return true;
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code url} as an https URL when it is a GitHub SSH URL, else as it is. */
  static String https(String url) {
    if (url.startsWith("git@github.com:")) {
      return "https://github.com/" + url.substring("git@github.com:".length());
    }
    if (url.startsWith("ssh://git@github.com/")) {
      return "https://github.com/" + url.substring("ssh://git@github.com/".length());
    }
    return url;
  }
}
