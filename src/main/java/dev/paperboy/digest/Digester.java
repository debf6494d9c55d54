package dev.paperboy.digest;

import dev.paperboy.archive.AnalysisCache;
import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.util.Sleeper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digests a day's top papers: cached analyses first, then one virtual thread per remaining paper,
 * with at most {@code concurrency} requests to the model at a time. Without a model every paper
 * gets the labelled fallback. Results come back in the order of the papers given; never throws for
 * a paper's sake.
 */
public final class Digester {
  private static final Logger LOG = LoggerFactory.getLogger(Digester.class);

  private final Optional<Summarizer> summarizer;
  private final AnalysisCache cache;
  private final Budget budget;
  private final Usage usage;
  private final Semaphore permits;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Function<Paper, PaperPages.Page> pages;
  private final int maxChars;

  /**
   * @param summarizer the model, or empty when none is configured
   * @param usage the run's counters; shared by every date of a run so the budget is per run
   */
  public Digester(
      Optional<Summarizer> summarizer,
      AnalysisCache cache,
      Budget budget,
      Usage usage,
      int concurrency,
      RetryPolicy retry,
      Sleeper sleeper) {
    this(summarizer, cache, budget, usage, new Semaphore(concurrency), retry, sleeper, null, 0);
  }

  private Digester(
      Optional<Summarizer> summarizer,
      AnalysisCache cache,
      Budget budget,
      Usage usage,
      Semaphore permits,
      RetryPolicy retry,
      Sleeper sleeper,
      Function<Paper, PaperPages.Page> pages,
      int maxChars) {
    this.summarizer = summarizer;
    this.cache = cache;
    this.budget = budget;
    this.usage = usage;
    this.permits = permits;
    this.retry = retry;
    this.sleeper = sleeper;
    this.pages = pages;
    this.maxChars = maxChars;
  }

  /**
   * This digester reading each paper's body from its arXiv page ({@code pages}), at most {@code
   * maxChars} characters of it, the abstract included. Pages are asked for only when there is a
   * model to read them.
   */
  public Digester readingFullText(Function<Paper, PaperPages.Page> pages, int maxChars) {
    return new Digester(summarizer, cache, budget, usage, permits, retry, sleeper, pages, maxChars);
  }

  /** The model's name as recorded in posts, or {@code none}. */
  public String model() {
    return summarizer.map(Summarizer::model).orElse("none");
  }

  public Usage usage() {
    return usage;
  }

  /**
   * Digests {@code papers}; with {@code refresh} cached analyses are ignored and replaced.
   *
   * @return one digest per paper, in the same order
   */
  public List<PaperDigest> digest(List<Paper> papers, boolean refresh) {
    if (summarizer.isEmpty()) {
      List<PaperDigest> out = new ArrayList<>();
      for (Paper p : papers) {
        PaperDigest d = new PaperDigest.Fallback(p, "no model configured");
        usage.record(d);
        out.add(d);
      }
      return out;
    }
    Summarizer model = summarizer.get();
    PaperAnalyst analyst = new PaperAnalyst(model, permits, budget, usage, retry, sleeper);
    List<Future<PaperDigest>> futures = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Paper p : papers) {
        futures.add(threads.submit(() -> digestOne(p, model, analyst, refresh)));
      }
      List<PaperDigest> out = new ArrayList<>();
      for (int i = 0; i < papers.size(); i++) {
        PaperDigest d = result(futures.get(i), papers.get(i));
        usage.record(d);
        out.add(d);
      }
      return out;
    }
  }

  /**
   * Korean one-line summaries of {@code papers} (the daily post's papers the digest does not cover)
   * by arXiv id, in one request for the uncached ones; empty without a model. See {@link
   * OneLineSummarizer}.
   */
  public Map<String, String> lines(List<Paper> papers, boolean refresh) {
    if (summarizer.isEmpty() || papers.isEmpty()) {
      return Map.of();
    }
    Summarizer model = summarizer.get();
    PaperAnalyst analyst = new PaperAnalyst(model, permits, budget, usage, retry, sleeper);
    return new OneLineSummarizer(cache).lines(papers, analyst, model.model(), refresh);
  }

  private PaperDigest digestOne(Paper p, Summarizer model, PaperAnalyst analyst, boolean refresh) {
    Reading reading = Reading.of(p, pages, maxChars);
    AnalysisCache.Key key = key(p, reading.excerpt(), model.model());
    if (!refresh) {
      Optional<PaperDigest> cached = cached(p, key, reading);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    PaperDigest d = analyst.analyze(p, reading);
    if (d instanceof PaperDigest.Analyzed a) {
      try {
        cache.store(
            key, new AnalysisCache.Entry(AnalysisJson.write(a.analysis()), a.removedNumbers()));
      } catch (RuntimeException e) {
        LOG.warn("{}: cannot cache the analysis: {}", p.id(), e.getMessage());
      }
    }
    return d;
  }

  private Optional<PaperDigest> cached(Paper p, AnalysisCache.Key key, Reading reading) {
    Optional<AnalysisCache.Entry> entry = cache.find(key);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Optional<Analysis> a = AnalysisJson.read(entry.get().body());
    if (a.isEmpty()) {
      LOG.warn("{}: ignoring an unreadable cached analysis", p.id());
    }
    return a.map(
        analysis ->
            new PaperDigest.Analyzed(
                p,
                analysis.withBasis(reading.basis()),
                key.model(),
                true,
                entry.get().removedNumbers()));
  }

  private static PaperDigest result(Future<PaperDigest> future, Paper p) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      LOG.error("{}: digest failed unexpectedly", p.id(), e.getCause());
      return new PaperDigest.Fallback(p, "unexpected error: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PaperDigest.Fallback(p, "interrupted");
    }
  }

  /**
   * The cache key of {@code p}'s analysis by {@code model} with the current prompt, from what the
   * model reads: a paper whose body appears later is analysed again.
   */
  static AnalysisCache.Key key(Paper p, Excerpt body, String model) {
    String text = p.title() + "\n" + p.summary();
    if (!body.isEmpty()) {
      text += "\n" + String.join("\n", body.texts());
    }
    return new AnalysisCache.Key(p.id(), sha256(text), Prompt.VERSION, model);
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
