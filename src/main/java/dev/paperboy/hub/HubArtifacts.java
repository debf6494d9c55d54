package dev.paperboy.hub;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.archive.HubLog;
import dev.paperboy.hf.Paper;
import dev.paperboy.net.FetchException;
import dev.paperboy.net.Fetcher;
import dev.paperboy.util.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the Hub which models, datasets and Spaces cite a paper ({@code /api/models?filter=arxiv:ID},
 * the same for {@code datasets} and {@code spaces}; three requests per paper) and keeps the three
 * most downloaded (Spaces: most liked) of each. An answer is kept in the archive and reused until
 * it is {@code maxAge} old, so a re-run asks nothing; a paper is asked at most once per run. The
 * answers are untrusted: only well-formed repository ids are kept. A failure leaves the paper
 * without artifacts for this run, is counted, and is asked again next run. Thread-safe.
 */
public final class HubArtifacts {
  private static final Logger LOG = LoggerFactory.getLogger(HubArtifacts.class);
  private static final ObjectMapper JSON =
      Json.MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final URI base;
  private final Fetcher fetcher;
  private final HubLog log;
  private final Clock clock;
  private final Duration maxAge;
  private final boolean refresh;
  private final Map<String, CompletableFuture<PaperArtifacts>> run = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * @param base the Hub's API base, e.g. {@code https://huggingface.co}
   * @param refresh ask again even for answers the archive has ({@code --refresh-digest})
   */
  public HubArtifacts(
      URI base, Fetcher fetcher, HubLog log, Clock clock, Duration maxAge, boolean refresh) {
    this.base = base;
    this.fetcher = fetcher;
    this.log = log;
    this.clock = clock;
    this.maxAge = maxAge;
    this.refresh = refresh;
  }

  /** How many requests this run has sent to the Hub. */
  public int requests() {
    return requests.get();
  }

  /** Why papers went without artifacts in this run, one line each. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** What cites {@code paper}: from this run's earlier answer, else the archive, else the Hub. */
  public PaperArtifacts of(Paper paper) {
    CompletableFuture<PaperArtifacts> mine = new CompletableFuture<>();
    CompletableFuture<PaperArtifacts> earlier = run.putIfAbsent(paper.id(), mine);
    if (earlier != null) {
      return earlier.join();
    }
    PaperArtifacts found = PaperArtifacts.NONE;
    try {
      found = load(paper);
    } catch (RuntimeException e) {
      failures.add(paper.id() + ": " + e.getMessage());
      LOG.debug("{}: Hub artifacts failed", paper.id(), e);
    } finally {
      mine.complete(found);
    }
    return found;
  }

  private PaperArtifacts load(Paper paper) {
    Optional<HubLog.Entry> known = log.find(paper.id());
    if (known.isPresent()
        && !refresh
        && known.get().fetchedAt().plus(maxAge).isAfter(clock.instant())) {
      Optional<PaperArtifacts> stored = read(known.get().body());
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    List<List<Artifact>> kinds = new ArrayList<>();
    for (Artifact.Kind kind : Artifact.Kind.values()) {
      kinds.add(ask(paper, kind));
    }
    PaperArtifacts found = new PaperArtifacts(kinds.get(0), kinds.get(1), kinds.get(2));
    try {
      log.record(paper.id(), JSON.writeValueAsString(found));
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot keep the Hub's answer", e);
    }
    return found;
  }

  private List<Artifact> ask(Paper paper, Artifact.Kind kind) {
    URI url =
        base.resolve(
            "/api/"
                + kind.api
                + "?filter="
                + URLEncoder.encode("arxiv:" + paper.id(), StandardCharsets.UTF_8)
                + "&sort="
                + kind.sort
                + "&direction=-1&limit="
                + PaperArtifacts.PER_KIND);
    requests.incrementAndGet();
    Fetcher.Fetched answer;
    try {
      answer = fetcher.get(url, "application/json");
    } catch (FetchException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return parse(kind, new String(answer.body(), StandardCharsets.UTF_8));
  }

  /** The best {@value PaperArtifacts#PER_KIND} well-formed entries of a Hub list answer. */
  static List<Artifact> parse(Artifact.Kind kind, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalStateException("the Hub's " + kind.api + " answer is not JSON", e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalStateException("the Hub's " + kind.api + " answer is not a list");
    }
    List<Artifact> out = new ArrayList<>();
    for (JsonNode item : root) {
      String id = item.path("id").asText("");
      if (Artifact.isId(id) && out.stream().noneMatch(a -> a.id().equals(id))) {
        out.add(
            new Artifact(
                kind,
                id,
                Math.max(0, item.path("downloads").asLong(0)),
                Math.max(0, item.path("likes").asLong(0))));
      }
    }
    return out.stream()
        .sorted(Comparator.comparingLong(Artifact::popularity).reversed())
        .limit(PaperArtifacts.PER_KIND)
        .toList();
  }

  private static Optional<PaperArtifacts> read(String body) {
    try {
      return Optional.of(JSON.readValue(body, PaperArtifacts.class));
    } catch (JacksonException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
