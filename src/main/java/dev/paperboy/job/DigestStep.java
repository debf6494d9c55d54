package dev.paperboy.job;

import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.digest.Digester;
import dev.paperboy.digest.PaperDigest;
import dev.paperboy.digest.Pricing;
import dev.paperboy.digest.Usage;
import dev.paperboy.hf.Paper;
import dev.paperboy.hub.HubArtifacts;
import dev.paperboy.hub.PaperArtifacts;
import dev.paperboy.media.Illustrations;
import dev.paperboy.media.Illustrator;
import dev.paperboy.media.Tally;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.site.SiteWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a day's digest post: digests its top papers and renders them. Model trouble never fails it
 * (papers fall back one by one); only writing the file can.
 */
public final class DigestStep {
  private final Digester digester;
  private final DigestPost post;
  private final SiteWriter writer;
  private final int top;
  private final boolean refresh;
  private final Pricing pricing;
  private final Illustrator illustrator;
  private final HubArtifacts hub;
  private final PaperPages pages;
  private final int linesFor;
  private long wallNanos;
  private int linesWanted;
  private int linesWritten;
  private int fullTexts;
  private int abstractsOnly;

  /**
   * @param refresh ignore cached analyses and ask the model again ({@code --refresh-digest})
   * @param illustrator fetches the papers' images, in parallel with the model; null for none
   * @param pages the papers' arXiv pages, shared by the model and the images; null when neither
   *     reads them
   * @param hub asks the Hub what cites each paper, in parallel with the model; null for none
   * @param linesFor also write a Korean one-line summary for the daily post's papers ranked below
   *     the digest's, down to this rank; 0 for none
   */
  public DigestStep(
      Digester digester,
      DigestPost post,
      SiteWriter writer,
      int top,
      boolean refresh,
      Pricing pricing,
      Illustrator illustrator,
      PaperPages pages,
      HubArtifacts hub,
      int linesFor) {
    this.digester = digester;
    this.post = post;
    this.writer = writer;
    this.top = top;
    this.refresh = refresh;
    this.pricing = pricing;
    this.illustrator = illustrator;
    this.hub = hub;
    this.pages = pages;
    this.linesFor = linesFor;
  }

  /** Whether the daily post needs this step's report first: it writes Korean lines. */
  boolean writesLines() {
    return linesFor > 0 && !"none".equals(digester.model());
  }

  /**
   * What one day's digest came to. {@code lines} holds the Korean one-line summary of each paper
   * that has one, by arXiv id: the digest's own for its papers, and for the daily post's others
   * when the step was built to write them.
   */
  public record Report(
      String path,
      SiteWriter.Result file,
      int analyzed,
      int cached,
      int fallbacks,
      Map<String, String> lines,
      String model) {
    public Report {
      lines = Map.copyOf(lines);
    }

    /** Whether a model was configured and yet every paper fell back to HF's summary. */
    public boolean allFellBack() {
      return !"none".equals(model) && fallbacks > 0 && analyzed + cached == 0;
    }

    /** The progress-line fragment, e.g. {@code digest created (3 analysed, 2 cached)}. */
    public String describe() {
      StringBuilder s = new StringBuilder("digest ").append(file.name().toLowerCase(Locale.ROOT));
      s.append(" (").append(analyzed).append(" analysed, ").append(cached).append(" cached");
      if (fallbacks > 0) {
        s.append(", ").append(fallbacks).append(" HF summary");
      }
      return s.append(')').toString();
    }
  }

  /** Digests and writes the post of a non-empty {@code day}. */
  public Report publish(RankedDay day) {
    long start = System.nanoTime();
    List<Paper> papers = day.top(top);
    Thread compiling = Thread.ofVirtual().start(post::prepare);
    AtomicReference<Map<String, Illustrations>> images = new AtomicReference<>(Map.of());
    Thread illustrating =
        Thread.ofVirtual()
            .start(
                () -> {
                  if (illustrator != null) {
                    images.set(illustrator.illustrate(papers));
                  }
                });
    AtomicReference<Map<String, PaperArtifacts>> artifacts = new AtomicReference<>(Map.of());
    Thread asking =
        Thread.ofVirtual()
            .start(
                () -> {
                  if (hub != null) {
                    Map<String, PaperArtifacts> found = new LinkedHashMap<>();
                    papers.forEach(p -> found.put(p.id(), hub.of(p)));
                    artifacts.set(found);
                  }
                });
    List<Paper> others =
        linesFor > top && day.papers().size() > top
            ? day.top(linesFor).subList(top, Math.min(linesFor, day.papers().size()))
            : List.of();
    AtomicReference<Map<String, String>> otherLines = new AtomicReference<>(Map.of());
    Thread lining = Thread.ofVirtual().start(() -> otherLines.set(digester.lines(others, refresh)));
    List<PaperDigest> digests = digester.digest(papers, refresh);
    try {
      compiling.join();
      illustrating.join();
      asking.join();
      lining.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String text = post.render(day, digests, digester.model(), images.get(), artifacts.get());
    String path = DigestPost.path(day.date());
    SiteWriter.Result result = writer.write(path, text);
    int analyzed = 0;
    int cached = 0;
    int fallbacks = 0;
    Map<String, String> lines = new LinkedHashMap<>();
    for (PaperDigest d : digests) {
      switch (d) {
        case PaperDigest.Analyzed a when a.cached() -> cached++;
        case PaperDigest.Analyzed a -> analyzed++;
        case PaperDigest.Fallback f -> fallbacks++;
      }
      if (d instanceof PaperDigest.Analyzed a) {
        lines.put(d.paper().id(), a.analysis().summary());
      }
    }
    int read = (int) digests.stream().filter(DigestStep::readFullText).count();
    int abstracts =
        (int) digests.stream().filter(d -> d instanceof PaperDigest.Analyzed).count() - read;
    lines.putAll(otherLines.get());
    synchronized (this) {
      wallNanos += System.nanoTime() - start;
      fullTexts += read;
      abstractsOnly += abstracts;
      if (!"none".equals(digester.model()) && linesFor > 0) {
        linesWanted += Math.min(Math.max(linesFor, top), day.papers().size());
        linesWritten += lines.size();
      }
    }
    return new Report(path, result, analyzed, cached, fallbacks, lines, digester.model());
  }

  private static boolean readFullText(PaperDigest d) {
    return d instanceof PaperDigest.Analyzed a && a.analysis().basis().fullText();
  }

  /** What this step spent and did so far, as the run log keeps it. */
  synchronized Spent spent() {
    Usage.Totals t = digester.usage().totals();
    Tally.Totals images = illustrator == null ? null : illustrator.totals();
    return new Spent(
        t,
        pricing.known() ? pricing.cost(t.inputTokens(), t.outputTokens()) : 0,
        images == null ? 0 : images.downloaded() + images.reused(),
        images == null ? 0 : images.failures().size());
  }

  /** A step's totals: model usage, estimated cost, images stored (or reused) and failed. */
  record Spent(Usage.Totals usage, double costUsd, int imagesStored, int imagesFailed) {}

  /**
   * What the step says after a run: the report's lines (the model's calls, tokens, time and cost,
   * the Korean lines, the images), the problems (a model that could not be reached), and whether
   * that happened, which fails the run.
   */
  public record Summary(List<String> lines, List<String> problems, boolean modelUnreachable) {
    public Summary {
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }

    /** Nothing to say: no digest in the run. */
    public static Summary none() {
      return new Summary(List.of(), List.of(), false);
    }
  }

  /** The step's {@link Summary}. */
  public Summary summary() {
    Usage.Totals t;
    synchronized (this) {
      t = digester.usage().totals();
    }
    if (t.unreachable() != null) {
      List<String> lines = new ArrayList<>(summaryLines());
      lines.remove(0);
      return new Summary(lines, List.of(summaryLine()), true);
    }
    return new Summary(summaryLines(), List.of(), false);
  }

  /** The run summary's lines: the model's calls, tokens, time and cost, and the images. */
  public List<String> summaryLines() {
    List<String> out = new ArrayList<>(List.of(summaryLine()));
    synchronized (this) {
      if (linesWanted > 0) {
        out.add(
            "Korean one-line summaries: "
                + linesWritten
                + " of "
                + linesWanted
                + " listed paper(s)"
                + (linesWritten < linesWanted
                    ? "; " + (linesWanted - linesWritten) + " without one (no valid line)"
                    : "")
                + ".");
      }
    }
    synchronized (this) {
      if (fullTexts + abstractsOnly > 0) {
        out.add(
            "Full text: "
                + fullTexts
                + " of "
                + (fullTexts + abstractsOnly)
                + " analysis(es) read the paper's body"
                + (abstractsOnly > 0 ? ", " + abstractsOnly + " the abstract only" : "")
                + (pages != null ? "; " + pages.requests() + " arXiv page request(s)" : "")
                + ".");
      }
    }
    if (illustrator != null) {
      out.add(illustrator.totals().line());
    }
    if (hub != null) {
      List<String> failed = hub.failures();
      out.add(
          "Hub artifacts: "
              + hub.requests()
              + " request(s)"
              + (failed.isEmpty()
                  ? "."
                  : "; "
                      + failed.size()
                      + " paper(s) without them this time (first: "
                      + failed.get(0)
                      + ")."));
    }
    return out;
  }

  private synchronized String summaryLine() {
    Usage.Totals t = digester.usage().totals();
    if (t.unreachable() != null) {
      return "Digest: "
          + t.unreachable()
          + "; gave up on the model for this run after "
          + t.calls()
          + " call(s), so "
          + t.fallbacks()
          + " paper(s) show Hugging Face's summary ("
          + t.analyzed()
          + " analysed, "
          + t.cached()
          + " cached).";
    }
    if ("none".equals(digester.model())) {
      return "Digest (no model): "
          + t.fallbacks()
          + " paper(s) shown with Hugging Face's AI summary, labelled as such.";
    }
    String cost =
        pricing.known()
            ? String.format(
                Locale.ROOT, "est. $%.4f", pricing.cost(t.inputTokens(), t.outputTokens()))
            : "cost not estimated (set digest.price)";
    return String.format(
        Locale.ROOT,
        "Digest (%s): %d paper(s) analysed, %d cached, %d with HF's summary; %d model call(s)"
            + " (%d failed), %d tokens in, %d out, %.1f s model time in %.1f s, %s.",
        digester.model(),
        t.analyzed(),
        t.cached(),
        t.fallbacks(),
        t.calls(),
        t.failedCalls(),
        t.inputTokens(),
        t.outputTokens(),
        t.latency().toMillis() / 1000.0,
        wallNanos / 1e9,
        cost);
  }
}
