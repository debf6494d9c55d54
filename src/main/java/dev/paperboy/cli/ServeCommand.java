package dev.paperboy.cli;

import dev.paperboy.archive.Archive;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.Settings;
import dev.paperboy.web.Browser;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperboy serve}: the archive browser. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Serves a local web page over the site's archive, read-only: every list date with its",
      "ranked papers, each month with its chart, full-text search in English and Korean over",
      "titles, abstracts, Hugging Face's keywords and the digests (filters: organization,",
      "keyword, dates, minimum upvotes), and each paper with its links, analysis and upvote",
      "history. The same data as JSON under /api. Stop it with Ctrl-C."
    },
    footer = {
      "",
      "Examples:",
      "  paperboy serve --site ~/blog                 (then open http://127.0.0.1:8080/)",
      "  paperboy serve --site ~/blog --port 9000 --host 0.0.0.0   (visible on the network)"
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

  @Override
  public Integer call() throws InterruptedException {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    Settings settings = where.settings();
    if (!Files.isRegularFile(where.site.resolve(settings.db()))) {
      throw new ConfigException(
          "No archive at "
              + where.site.resolve(settings.db())
              + " yet: run 'paperboy daily --site "
              + where.site
              + "' first.");
    }
    try (Archive archive = Wiring.openArchive(where.site, settings, Clock.systemUTC());
        Browser browser = new Browser(archive, where.site)) {
      int bound = browser.start(host, port);
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
}
