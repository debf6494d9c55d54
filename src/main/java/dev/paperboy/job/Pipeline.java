package dev.paperboy.job;

import dev.paperboy.archive.Archive;
import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigFile;
import dev.paperboy.delivery.Blog;
import dev.paperboy.delivery.Feeds;
import dev.paperboy.delivery.Pusher;
import dev.paperboy.digest.DigestException;
import dev.paperboy.digest.DigestSettings;
import dev.paperboy.digest.Digester;
import dev.paperboy.digest.Provider;
import dev.paperboy.digest.Summarizer;
import dev.paperboy.digest.SummarizerFactory;
import dev.paperboy.digest.Usage;
import dev.paperboy.hf.DirectorySource;
import dev.paperboy.hf.HfApiSource;
import dev.paperboy.hf.PaperSource;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.hub.ArtifactSettings;
import dev.paperboy.hub.HubArtifacts;
import dev.paperboy.media.Illustrator;
import dev.paperboy.media.MediaSettings;
import dev.paperboy.net.FetchLimits;
import dev.paperboy.net.Fetcher;
import dev.paperboy.net.HostPacer;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.publish.DigestPostSettings;
import dev.paperboy.publish.MonthlyPost;
import dev.paperboy.publish.Templates;
import dev.paperboy.publish.WeeklyPost;
import dev.paperboy.radar.MiniLm;
import dev.paperboy.radar.Radar;
import dev.paperboy.radar.RadarSettings;
import dev.paperboy.site.SiteWriter;
import dev.paperboy.util.Build;
import dev.paperboy.util.Sleeper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the pipeline's parts for one site from its {@link Context}: the source, the daily job with
 * its digest and monthly steps. The one place that knows every stage; the clock and the secrets
 * come from the context only.
 */
final class Pipeline {
  private final Context context;
  private final SiteWriter writer;
  private final Templates templates;

  Pipeline(Context context) {
    this.context = context;
    this.writer = new SiteWriter(context.site());
    this.templates = new Templates(context.site());
  }

  SiteWriter writer() {
    return writer;
  }

  /** Where the papers come from: the API, or a folder of recorded responses. */
  PaperSource source() {
    Settings settings = context.settings();
    if (settings.sourceIsUrl()) {
      URI base;
      try {
        base = URI.create(settings.source());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("source '" + settings.source() + "' is not a valid URL", e);
      }
      return new HfApiSource(
          base,
          context.env().value("HF_TOKEN"),
          Build.userAgent(),
          settings.timeout(),
          new RetryPolicy(settings.maxAttempts(), Duration.ofSeconds(2), Duration.ofMinutes(5)),
          settings.run().timeoutsToGiveUp(),
          Sleeper.REAL,
          context.clock());
    }
    Path dir = context.site().resolve(settings.source());
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(
          "source folder "
              + dir
              + " does not exist. Give an API URL (https://huggingface.co) or a folder of"
              + " daily_papers-YYYY-MM-DD.json files.");
    }
    return new DirectorySource(dir, context.clock());
  }

  /**
   * The daily job: fetch, archive, publish, digest (unless switched off) and, when {@code monthly},
   * the monthly reports of the months it touches.
   */
  DailyJob job(Archive archive, boolean refreshDigest, boolean monthly) {
    Settings settings = context.settings();
    DigestStep digest =
        settings.digest().enabled()
            ? digest(
                archive, refreshDigest, settings.digest().dailySummaries() ? settings.top() : 0)
            : null;
    return new DailyJob(
        source(),
        archive,
        writer,
        new DailyPost(templates, settings.post()),
        settings.top(),
        Build.generator(),
        context.clock(),
        digest,
        monthly ? monthly(archive) : null,
        settings.run().budget(),
        radar(archive),
        settings.weekly().enabled() ? weekly(archive) : null);
  }

  /** The weekly edition step. */
  WeeklyStep weekly(Archive archive) {
    Settings settings = context.settings();
    return new WeeklyStep(
        archive,
        writer,
        new WeeklyPost(templates, settings.post(), settings.weekly()),
        radar(archive),
        context.clock());
  }

  private final MiniLm embedder = new MiniLm();

  /**
   * The watchlists over the archive's embeddings; the model loads only when an interest needs it.
   */
  Radar radar(Archive archive) {
    RadarSettings r = context.settings().radar();
    return r.watchlists().isEmpty()
        ? Radar.NONE
        : new Radar(r, archive.embeddings(), () -> embedder);
  }

  /** The monthly report step. */
  MonthlyStep monthly(Archive archive) {
    Settings settings = context.settings();
    return new MonthlyStep(
        archive,
        writer,
        new MonthlyPost(
            templates, settings.post(), settings.monthly(), settings.digestPost().permalink()),
        context.clock());
  }

  /**
   * The digest step; the model's key is read from the context's environment.
   *
   * @param linesFor with a model, also write Korean one-line summaries for the daily post's papers
   *     down to this rank; 0 for none
   */
  DigestStep digest(Archive archive, boolean refresh, int linesFor) {
    Settings settings = context.settings();
    DigestSettings d = settings.digest();
    Optional<Summarizer> summarizer;
    try {
      summarizer = SummarizerFactory.create(d.model(), context.env()::get);
    } catch (DigestException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    Digester digester =
        new Digester(
            summarizer,
            archive.analyses(),
            d.budget(),
            new Usage(),
            d.concurrency(),
            new RetryPolicy(d.maxAttempts(), Duration.ofSeconds(2), Duration.ofMinutes(2)),
            Sleeper.REAL);
    MediaSettings media = settings.media();
    boolean fullText = d.fullText().enabled() && summarizer.isPresent();
    PaperPages pages = null;
    Fetcher fetcher = null;
    if (media.enabled() || fullText) {
      HostPacer pacer =
          new HostPacer(
              Map.of(media.arxivBase().getHost(), media.arxivInterval()),
              context.clock(),
              Sleeper.REAL);
      fetcher = new Fetcher(media.limits(), Fetcher.client(), pacer, Build.userAgent());
      pages =
          new PaperPages(
              media.arxivBase(),
              fetcher,
              archive.pages(),
              context.clock(),
              media.retryAfter(),
              refresh);
    }
    if (fullText) {
      digester = digester.readingFullText(pages::page, d.fullText().maxChars());
    }
    DigestPostSettings p = settings.digestPost();
    DigestPost post =
        new DigestPost(
            templates, settings.post(), p.title(), p.categories(), p.tags(), p.permalink());
    Illustrator illustrator =
        media.enabled()
            ? Illustrator.create(media, fetcher, pages, archive.media(), writer, context.clock())
            : null;
    return new DigestStep(
        digester,
        post,
        writer,
        d.top(),
        refresh,
        d.budget().pricing(),
        illustrator,
        pages,
        artifacts(archive, refresh),
        linesFor);
  }

  /** The Hub's artifacts step, or null when switched off or there is no Hub to ask. */
  private HubArtifacts artifacts(Archive archive, boolean refresh) {
    Settings settings = context.settings();
    ArtifactSettings a = settings.artifacts();
    URI base = a.hubBase();
    if (base == null && settings.sourceIsUrl()) {
      base = URI.create(settings.source());
    }
    if (!a.enabled() || base == null) {
      return null;
    }
    Fetcher hub =
        new Fetcher(
            new FetchLimits(
                List.of(base.getHost()),
                HUB_MAX_BYTES,
                settings.timeout(),
                "digest.artifacts.hub-base"),
            Fetcher.client(),
            new HostPacer(Map.of(), context.clock(), Sleeper.REAL),
            Build.userAgent());
    return new HubArtifacts(base, hub, archive.hub(), context.clock(), a.maxAge(), refresh);
  }

  /** The largest Hub answer read: three entries of a list are a few kilobytes. */
  static final long HUB_MAX_BYTES = 2L * 1024 * 1024;

  /** The pushes to team chat, each date once per target, recorded in the archive's ledger. */
  Pusher pusher(Archive archive) {
    Settings settings = context.settings();
    return new Pusher(
        settings.delivery().targets(),
        context.env(),
        archive.deliveries(),
        context.site(),
        Blog.of(context.site()),
        settings.post().permalink()::of,
        context.clock(),
        Sleeper.REAL,
        settings.timeout());
  }

  /** The site's Atom feeds. */
  Feeds feeds() {
    Settings settings = context.settings();
    Map<String, String> watchlists = new java.util.LinkedHashMap<>();
    settings.radar().watchlists().forEach(w -> watchlists.put(w.name(), w.title()));
    return new Feeds(
        settings.delivery(),
        context.site(),
        writer,
        Blog.of(context.site()),
        settings.top(),
        watchlists);
  }

  /** Where a site remembers that it was told about the missing model. */
  static final String HINT_SHOWN = ".paperboy/model-hint-shown";

  /**
   * The hint about configuring a model, when the digest runs without one: every time when a person
   * is watching, otherwise (cron) once per site, so that a mailed cron log does not repeat it every
   * day.
   */
  Optional<String> modelHint() {
    DigestSettings d = context.settings().digest();
    if (!d.enabled() || d.model().provider() != Provider.NONE) {
      return Optional.empty();
    }
    if (!context.console().interactive()) {
      if (writer.exists(HINT_SHOWN)) {
        return Optional.empty();
      }
      writer.write(
          HINT_SHOWN, "The no-model hint was printed once; delete this file to see it again.\n");
    }
    return Optional.of(
        "Digest: no language model configured, so the top-"
            + d.top()
            + " digest shows Hugging Face's AI summaries, marked as such. For a Korean LLM"
            + " analysis set digest.provider and digest.model in "
            + ConfigFile.DEFAULT_PATH
            + " (paperboy config --write --site DIR writes one) and the provider's API key"
            + " variable; --no-digest skips the digest.");
  }
}
