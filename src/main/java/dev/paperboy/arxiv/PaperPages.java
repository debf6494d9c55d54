package dev.paperboy.arxiv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.archive.PageLog;
import dev.paperboy.hf.Paper;
import dev.paperboy.net.FetchException;
import dev.paperboy.net.Fetcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Each paper's arXiv HTML page, asked for at most once per run and remembered in the archive: the
 * digest reads its text and the images step its figures from the same answer. A stored page is
 * never asked for again (unless {@code refresh}); a paper without an HTML version yet (404) is
 * asked again after {@value #MISSING_RETRY_HOURS} hours, since arXiv often publishes it days after
 * the abstract, so a later run within the refresh window reads it; a failure is asked again at the
 * next run when it was network trouble, after {@code retryAfter} otherwise. Thread-safe.
 */
public final class PaperPages {
  static final int MISSING_RETRY_HOURS = 12;

  /** How many figures of a page are kept: as many as {@code media.max-figures} may ask for. */
  static final int FIGURES_KEPT = 10;

  /** The largest body read back: far above what {@code BodyText} keeps. */
  static final int MAX_UNPACKED = 16 * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final TypeReference<List<StoredFigure>> FIGURES = new TypeReference<>() {};

  private final URI base;
  private final Fetcher fetcher;
  private final PageLog log;
  private final Clock clock;
  private final Duration retryAfter;
  private final boolean refresh;
  private final Map<String, CompletableFuture<Page>> run = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  /**
   * @param base where arXiv's HTML pages are ({@code https://arxiv.org}: {@code /html/ID})
   * @param refresh ask arXiv again even for pages the archive has ({@code --refresh-digest})
   */
  public PaperPages(
      URI base, Fetcher fetcher, PageLog log, Clock clock, Duration retryAfter, boolean refresh) {
    this.base = base;
    this.fetcher = fetcher;
    this.log = log;
    this.clock = clock;
    this.retryAfter = retryAfter;
    this.refresh = refresh;
  }

  /** What a paper's page gave. */
  public sealed interface Page {
    /** The page, read. */
    record Found(ArxivPage page) implements Page {}

    /** No HTML version (yet): the digest reads the abstract only. */
    record Missing(String reason) implements Page {}

    /** The page could not be read this time. */
    record Failed(String reason) implements Page {}

    /** The page's body, when there is one. */
    default Optional<FullText> text() {
      return this instanceof Found f && !f.page().text().isEmpty()
          ? Optional.of(f.page().text())
          : Optional.empty();
    }

    /** The page's figures; none without a page. */
    default List<ArxivFigures.Figure> figures() {
      return this instanceof Found f ? f.page().figures() : List.of();
    }
  }

  /** How many pages this run has requested from arXiv. */
  public int requests() {
    return requests.get();
  }

  /** The page of {@code paper}: from this run's earlier answer, else the archive, else arXiv. */
  public Page page(Paper paper) {
    CompletableFuture<Page> mine = new CompletableFuture<>();
    CompletableFuture<Page> earlier = run.putIfAbsent(paper.id(), mine);
    if (earlier != null) {
      return earlier.join();
    }
    try {
      Page page = load(paper);
      mine.complete(page);
      return page;
    } catch (RuntimeException e) {
      Page failed = new Page.Failed("unexpected error: " + e);
      mine.complete(failed);
      return failed;
    }
  }

  private Page load(Paper paper) {
    URI url = base.resolve("/html/" + paper.id());
    Optional<PageLog.Entry> known = log.find(paper.id());
    if (known.isPresent() && !refresh) {
      PageLog.Entry e = known.get();
      switch (e.status()) {
        case STORED -> {
          Optional<ArxivPage> stored = decode(e);
          if (stored.isPresent()) {
            return new Page.Found(stored.get());
          }
        }
        case MISSING -> {
          if (!due(e)) {
            return new Page.Missing(e.detail());
          }
        }
        case FAILED -> {
          if (!due(e)) {
            return new Page.Failed(e.detail());
          }
        }
      }
    }
    Instant now = clock.instant();
    try {
      requests.incrementAndGet();
      Fetcher.Fetched fetched = fetcher.get(url);
      ArxivPage page =
          ArxivPage.parse(
              new String(fetched.body(), StandardCharsets.UTF_8), fetched.url(), FIGURES_KEPT);
      log.record(
          new PageLog.Entry(
              paper.id(),
              url.toString(),
              PageLog.Status.STORED,
              page.version(),
              JSON.writeValueAsString(
                  page.figures().stream()
                      .map(f -> new StoredFigure(f.image().toString(), f.caption()))
                      .toList()),
              packed(JSON.writeValueAsBytes(page.text())),
              null,
              null));
      return new Page.Found(page);
    } catch (FetchException e) {
      if (e.status() == 404 || e.status() == 410) {
        String why = "no arXiv HTML version (HTTP " + e.status() + ")";
        log.record(
            new PageLog.Entry(
                paper.id(),
                url.toString(),
                PageLog.Status.MISSING,
                null,
                null,
                null,
                why,
                now.plus(Duration.ofHours(MISSING_RETRY_HOURS))));
        return new Page.Missing(why);
      }
      log.record(
          new PageLog.Entry(
              paper.id(),
              url.toString(),
              PageLog.Status.FAILED,
              null,
              null,
              null,
              e.getMessage(),
              e.transientFailure() ? now : now.plus(retryAfter)));
      return new Page.Failed(e.getMessage());
    } catch (JsonProcessingException e) {
      return new Page.Failed("cannot keep the page: " + e.getOriginalMessage());
    }
  }

  private boolean due(PageLog.Entry e) {
    return e.retryAt() == null || !e.retryAt().isAfter(clock.instant());
  }

  private static Optional<ArxivPage> decode(PageLog.Entry e) {
    try {
      List<ArxivFigures.Figure> figures =
          JSON.readValue(e.figures() == null ? "[]" : e.figures(), FIGURES).stream()
              .map(f -> new ArxivFigures.Figure(URI.create(f.image()), f.caption()))
              .toList();
      FullText text =
          e.body() == null ? FullText.EMPTY : JSON.readValue(unpacked(e.body()), FullText.class);
      return Optional.of(new ArxivPage(e.version() == null ? "" : e.version(), figures, text));
    } catch (IOException | IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  private static byte[] packed(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The JSON of a packed body; a damaged or oversized one is an {@link IOException}. */
  private static byte[] unpacked(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] json = in.readNBytes(MAX_UNPACKED + 1);
      if (json.length > MAX_UNPACKED) {
        throw new IOException("a kept page body is over " + MAX_UNPACKED + " bytes");
      }
      return json;
    }
  }

  /** A figure as the archive keeps it. */
  record StoredFigure(String image, String caption) {}
}
