package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.ConfigException;
import dev.paperboy.job.Context;
import dev.paperboy.job.SiteRun;
import dev.paperboy.util.Console;
import dev.paperboy.web.ArchiveServer;
import dev.paperboy.web.StaticExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy serve}: the archive browser. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Browse and search the archive in a local web page, or export it.",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Serves a local web page over the site's archive, read-only: every list date with its",
      "ranked papers, each month with its chart, full-text search in English and Korean over",
      "titles, abstracts, Hugging Face's keywords and the digests (filters: organization,",
      "keyword, dates, minimum upvotes), and each paper with its links, analysis and upvote",
      "history. The same data as JSON under /api. Stop it with Ctrl-C.",
      "",
      "With --export DIR it writes the same pages as a static folder instead (for GitHub Pages:",
      "relative links, search in the reader's browser over a prebuilt index) and exits."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy serve --site ~/blog                 (then open http://127.0.0.1:8080/)",
      "  paperboy serve --site ~/blog --port 9000 --host 0.0.0.0   (visible on the network)",
      "  paperboy serve --site ~/blog --export ~/blog/archive      (Jekyll publishes it as /archive/)"
    })
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin SiteOptions where;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description = {
        "Write the pages as a static folder into DIR and exit. DIR",
        "must be new, empty or an earlier export; a re-export",
        "rewrites only the files that changed."
      })
  Path export;

  private final Context base;

  ServeCommand(Context base) {
    this.base = base;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    Context context = where.context(base);
    Console console = context.console();
    if (!Files.isRegularFile(context.archiveFile())) {
      throw new ConfigException(
          "No archive at "
              + context.archiveFile()
              + " yet: run 'paperboy daily --site "
              + where.site
              + "' first.");
    }
    watchlists(context);
    if (export != null) {
      return export(context);
    }
    try (Archive archive = Archive.open(context.archiveFile(), context.clock());
        ArchiveServer browser =
            new ArchiveServer(archive, context.site(), context.settings().post().zone())) {
      int bound;
      try {
        bound = browser.start(host, port);
      } catch (RuntimeException e) {
        if (bindFailure(e)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "port "
                  + port
                  + " is in use"
                  + (host.equals("127.0.0.1") ? "" : " on " + host)
                  + "; pass --port (0 picks a free one)");
        }
        throw e;
      }
      console
          .out()
          .printf(
              "Paperboy archive browser: http://%s:%d/ (%d papers). Ctrl-C stops it.%n",
              host.contains(":") ? "[" + host + "]" : host, bound, archive.stats().papers());
      console.out().flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  /**
   * Applies the site's watchlists to the whole archive before serving or exporting, so that search
   * filters by them and each has a page; the first time, the papers an interest needs are embedded
   * (minutes for a large archive, with progress lines). Without watchlists, it clears what earlier
   * ones matched.
   */
  private void watchlists(Context context) {
    Console console = context.console();
    SiteRun.Watched w;
    try (RunPrinter printer = new RunPrinter(console, "serve", context.site())) {
      w = new SiteRun(context, printer).watchlists();
    }
    if (!w.watchlists().isEmpty() || w.papers() > 0) {
      console
          .out()
          .printf(
              "Watchlists: %s over %,d archived papers%s.%n",
              w.watchlists().stream()
                  .map(x -> x.watchlist() + " " + x.papers())
                  .collect(java.util.stream.Collectors.joining(", ")),
              w.papers(),
              w.embedded() == 0 ? "" : String.format(", %,d embedded now (kept)", w.embedded()));
    }
  }

  private int export(Context context) {
    Console console = context.console();
    Path folder = export.toAbsolutePath().normalize();
    if (folder.equals(where.site.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--export must name a folder of its own, not the site itself (try "
              + folder.resolve("archive")
              + ")");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--export " + folder + " is a file, not a folder");
    }
    if (Files.isDirectory(folder)
        && !Files.isRegularFile(folder.resolve("search-index.json"))
        && !isEmpty(folder)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--export "
              + folder
              + " already holds other files; give a new or empty folder, or an earlier export");
    }
    long start = System.nanoTime();
    try (Archive archive = Archive.open(context.archiveFile(), context.clock())) {
      StaticExport.Summary s =
          StaticExport.write(
              archive,
              context.site(),
              context.settings().post().zone(),
              folder,
              line -> {
                console.err().println("export: " + line);
                console.err().flush();
              });
      console
          .out()
          .printf(
              "Exported %d list dates, %d months and %d papers to %s: %d files, %d changed"
                  + "%s (%.1f s). Open %s%n",
              s.days(),
              s.months(),
              s.papers(),
              folder,
              s.files(),
              s.changed(),
              s.skipped() == 0 ? "" : ", " + s.skipped() + " papers without an arXiv id left out",
              (System.nanoTime() - start) / 1e9,
              folder.resolve("index.html"));
    }
    return 0;
  }

  /** Whether {@code e} (or a cause) says the address is already taken. */
  private static boolean bindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
