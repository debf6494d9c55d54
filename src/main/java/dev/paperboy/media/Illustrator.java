package dev.paperboy.media;

import dev.paperboy.archive.MediaLog;
import dev.paperboy.arxiv.ArxivFigures;
import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.hf.Paper;
import dev.paperboy.net.FetchException;
import dev.paperboy.net.Fetcher;
import dev.paperboy.site.SiteWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each digest paper its images: the thumbnail, and up to {@code max-figures} figures from the
 * arXiv HTML version (or, without one, the first image the submitter uploaded). Images are stored
 * once as {@code assets/img/papers/<id>/<name>.jpg}; the archive remembers what was stored, missing
 * or failed, so a re-run downloads nothing. Papers are handled in parallel; arXiv is paced. Never
 * throws for an image's sake: failures are logged, counted and recorded.
 */
public final class Illustrator {
  private static final Logger LOG = LoggerFactory.getLogger(Illustrator.class);
  private static final List<String> VIDEO = List.of(".mp4", ".m4v", ".mov", ".qt", ".webm", ".avi");
  static final int MAX_ALT = 120;
  private static final java.util.regex.Pattern FIGURE_LABEL =
      java.util.regex.Pattern.compile("^(?i)(fig\\.?|figure)\\s*\\d+\\s*[:.]\\s*");

  private final MediaSettings settings;
  private final Fetcher fetcher;
  private final PaperPages pages;
  private final ImageProcessor processor;
  private final MediaLog log;
  private final SiteWriter writer;
  private final Clock clock;
  private final Tally tally = new Tally();

  Illustrator(
      MediaSettings settings,
      Fetcher fetcher,
      PaperPages pages,
      MediaLog log,
      SiteWriter writer,
      Clock clock) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.pages = pages;
    this.processor = new ImageProcessor(settings.maxWidth(), settings.maxPixels());
    this.log = log;
    this.writer = writer;
    this.clock = clock;
  }

  /**
   * An illustrator downloading through {@code fetcher} (which paces the arXiv host), taking each
   * paper's figure list from its arXiv page ({@code pages}, shared with the digest's full text).
   */
  public static Illustrator create(
      MediaSettings settings,
      Fetcher fetcher,
      PaperPages pages,
      MediaLog log,
      SiteWriter writer,
      Clock clock) {
    return new Illustrator(settings, fetcher, pages, log, writer, clock);
  }

  /** The images of {@code papers}, by arXiv id; empty when media are switched off. */
  public Map<String, Illustrations> illustrate(List<Paper> papers) {
    if (!settings.enabled()) {
      return Map.of();
    }
    Session session =
        new Session(
            log.find(papers.stream().map(Paper::id).toList()),
            Collections.synchronizedList(new ArrayList<>()));
    Map<String, Future<Illustrations>> futures = new LinkedHashMap<>();
    Map<String, Illustrations> out = new LinkedHashMap<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Paper p : papers) {
        futures.put(p.id(), threads.submit(() -> paper(p, session)));
      }
      futures.forEach((id, future) -> out.put(id, result(id, future)));
    } finally {
      log.record(session.changes());
    }
    return out;
  }

  /**
   * One call's view of the media log: what it held for the papers, read in one query, and what the
   * call found out, written in one transaction at its end.
   */
  private record Session(Map<String, MediaLog.Entry> known, List<MediaLog.Entry> changes) {
    Optional<MediaLog.Entry> find(Paper p, String name) {
      return Optional.ofNullable(known.get(MediaLog.key(p.id(), name)));
    }
  }

  /** What this illustrator has done so far. */
  public Tally.Totals totals() {
    return tally.totals();
  }

  private static Illustrations result(String id, Future<Illustrations> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      LOG.error("{}: images failed unexpectedly", id, e.getCause());
      return Illustrations.NONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Illustrations.NONE;
    }
  }

  private Illustrations paper(Paper p, Session session) {
    Illustrations.Image thumbnail =
        uri(p.thumbnail())
            .flatMap(u -> image(p, "thumb", u, cut(p.title()) + " 썸네일", null, session))
            .orElse(null);
    List<ArxivFigures.Figure> found = figures(p);
    if (found.isEmpty() && settings.maxFigures() > 0) {
      p.mediaUrls().stream()
          .filter(u -> VIDEO.stream().noneMatch(u.toLowerCase(Locale.ROOT)::endsWith))
          .findFirst()
          .flatMap(Illustrator::uri)
          .ifPresent(u -> found.add(new ArxivFigures.Figure(u, null)));
    }
    List<Illustrations.Image> figures = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      ArxivFigures.Figure f = found.get(i);
      String alt =
          "그림 "
              + (i + 1)
              + ": "
              + cut(
                  f.caption() != null
                      ? FIGURE_LABEL.matcher(f.caption()).replaceFirst("")
                      : p.title());
      image(p, "fig-" + (i + 1), f.image(), alt, f.caption(), session).ifPresent(figures::add);
    }
    return new Illustrations(thumbnail, figures);
  }

  private Optional<Illustrations.Image> image(
      Paper p, String name, URI url, String alt, String caption, Session session) {
    String path = MediaSettings.FOLDER + "/" + p.id() + "/" + name + ".jpg";
    Illustrations.Image shown = new Illustrations.Image(path, url(p, name), alt, caption);
    Optional<MediaLog.Entry> known = session.find(p, name);
    if (known.isPresent() && url.toString().equals(known.get().sourceUrl())) {
      MediaLog.Entry entry = known.get();
      if (entry.status() == MediaLog.Status.STORED && writer.exists(path)) {
        tally.reused();
        return Optional.of(shown);
      }
      if (entry.status() != MediaLog.Status.STORED && !due(entry)) {
        return Optional.empty();
      }
    }
    try {
      Fetcher.Fetched fetched = fetcher.get(url);
      ImageProcessor.Jpeg jpeg = processor.toJpeg(fetched.url(), fetched.body());
      writer.write(path, jpeg.bytes());
      session
          .changes()
          .add(
              MediaLog.Entry.stored(
                  p.id(), name, url.toString(), path, jpeg.width(), jpeg.height(), caption));
      tally.downloaded();
      return Optional.of(shown);
    } catch (FetchException e) {
      fail(p, name, url, e.getMessage(), e.transientFailure(), session);
      return Optional.empty();
    } catch (MediaException e) {
      fail(p, name, url, e.getMessage(), false, session);
      return Optional.empty();
    }
  }

  private List<ArxivFigures.Figure> figures(Paper p) {
    if (settings.maxFigures() == 0) {
      return new ArrayList<>();
    }
    PaperPages.Page page = pages.page(p);
    if (page instanceof PaperPages.Page.Failed failed) {
      LOG.debug("{} arXiv page: {}", p.id(), failed.reason());
      tally.failed(p.id() + " arXiv page: " + failed.reason());
    }
    return new ArrayList<>(page.figures().stream().limit(settings.maxFigures()).toList());
  }

  private void fail(
      Paper p, String name, URI url, String reason, boolean transientFailure, Session session) {
    LOG.debug("{} {}: {}", p.id(), name, reason);
    tally.failed(p.id() + " " + name + ": " + reason);
    Instant retry =
        transientFailure ? clock.instant() : clock.instant().plus(settings.retryAfter());
    session.changes().add(MediaLog.Entry.failed(p.id(), name, url.toString(), reason, retry));
  }

  /** Whether a missing or failed image may be tried again: network trouble at once, else later. */
  private boolean due(MediaLog.Entry entry) {
    return entry.retryAt() == null || !entry.retryAt().isAfter(clock.instant());
  }

  private String url(Paper p, String name) {
    return settings.basePath().replaceAll("/+$", "") + "/" + p.id() + "/" + name + ".jpg";
  }

  private static String cut(String text) {
    return text.length() > MAX_ALT ? text.substring(0, MAX_ALT - 1) + "…" : text;
  }

  private static Optional<URI> uri(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
