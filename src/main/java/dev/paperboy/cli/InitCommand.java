package dev.paperboy.cli;

import dev.paperboy.job.Context;
import dev.paperboy.setup.Scaffold;
import dev.paperboy.util.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy init}: sets up a blog repository to run Paperboy on a schedule. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    header = "Set up a blog repository to run Paperboy on GitHub Actions.",
    versionProvider = Version.class,
    description = {
      "Sets up a blog repository for an unattended Paperboy: a commented",
      "_paperboy/config.yml, a GitHub Actions workflow (.github/workflows/paperboy.yml) that",
      "builds Paperboy, runs 'paperboy daily' twice a day, commits and pushes the posts and",
      "starts the site's Pages workflow, and .paperboy/ in .gitignore (the archive lives in the",
      "Actions cache). It then says what is left to do by hand.",
      "",
      "Safe to run again: a file as init wrote it is rewritten when the options changed, and a",
      "file you edited is kept (and named) unless --force is given."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy init --site ~/blog",
      "  paperboy init --site ~/blog --paperboy-repo https://github.com/you/paperboy.git",
      "  paperboy init --site ~/blog --paperboy-ref main      (follow a branch instead of a commit)",
      "",
      "Exit codes: 0 ok, 1 a file you edited was kept, 2 usage error."
    })
public final class InitCommand implements Callable<Integer> {
  /** The workflow file, relative to the site. */
  static final String WORKFLOW = Scaffold.WORKFLOW;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--site",
      required = true,
      paramLabel = "DIR",
      description = "The blog folder (created if missing).")
  Path site;

  @Option(names = "--force", description = "Replace files you edited.")
  boolean force;

  @Option(
      names = "--paperboy-repo",
      paramLabel = "URL",
      description = {
        "The Git URL the workflow builds Paperboy from (default: the",
        "origin of the checkout this Paperboy was built in)."
      })
  String repo;

  @Option(
      names = "--paperboy-ref",
      paramLabel = "REF",
      description = {
        "The commit, branch or tag of it to build (default: the",
        "commit this Paperboy was built from, else main)."
      })
  String ref;

  private final Context base;

  InitCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() {
    Console console = base.console();
    if (java.nio.file.Files.exists(site) && !java.nio.file.Files.isDirectory(site)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--site " + site + " is a file, not a folder");
    }
    if (ref != null && !ref.matches("[A-Za-z0-9._/-]{1,200}")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--paperboy-ref must be a commit, branch or tag name, not '" + ref + "'");
    }
    Scaffold.Source defaults = Scaffold.Source.ofBuild();
    Scaffold.Result result =
        Scaffold.run(
            site,
            new Scaffold.Source(
                repo != null ? repo : defaults.repo(), ref != null ? ref : defaults.ref()),
            force);
    for (Map.Entry<String, Scaffold.Outcome> file : result.files().entrySet()) {
      if (file.getValue() == Scaffold.Outcome.KEPT) {
        console
            .err()
            .println("kept      " + file.getKey() + " (you edited it; --force replaces it)");
      } else {
        console
            .out()
            .printf("%-9s %s%n", file.getValue().name().toLowerCase(Locale.ROOT), file.getKey());
      }
    }
    if (result.ignored()) {
      console
          .out()
          .printf(
              "%-9s %s%n",
              "updated", ".gitignore (.paperboy/: the archive is cached, not committed)");
    }
    console.out().println();
    console.out().println("Next:");
    for (int i = 0; i < result.next().size(); i++) {
      console.out().println("  " + (i + 1) + ". " + result.next().get(i));
    }
    return result.keptAny() ? 1 : 0;
  }
}
