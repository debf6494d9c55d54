package dev.paperboy.radar;

import dev.paperboy.archive.EmbeddingLog;
import dev.paperboy.archive.WatchIndex;
import dev.paperboy.hf.Paper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * What each paper matched of the watchlists. Word rules are checked first; an {@code about}
 * interest is compared by meaning: each paper's embedding (of its title and abstract) is computed
 * once and kept in the archive, and the interests are embedded once per radar, so a day costs a few
 * milliseconds once its papers are embedded. The model is loaded only when a watchlist has an
 * {@code about}. Thread-safe for reading once built.
 */
public final class Radar {
  /** The most text of a paper embedded: the model reads 256 tokens at most anyway. */
  static final int MAX_TEXT = 2_000;

  private final RadarSettings settings;
  private final EmbeddingLog log;
  private final Supplier<Embedder> embedder;
  private final List<Rules> rules;
  private Map<String, float[]> interests;

  /** A radar with no watchlist: matches nothing, loads nothing. */
  public static final Radar NONE = new Radar(RadarSettings.defaults(), null, () -> null);

  /**
   * @param embedder the embedding model, asked for only when a watchlist has an {@code about}
   */
  public Radar(RadarSettings settings, EmbeddingLog log, Supplier<Embedder> embedder) {
    this.settings = settings;
    this.log = log;
    this.embedder = embedder;
    this.rules = settings.watchlists().stream().map(Rules::new).toList();
  }

  /** The settings it was built with. */
  RadarSettings settingsForTest() {
    return settings;
  }

  public List<Watchlist> watchlists() {
    return settings.watchlists();
  }

  /** Whether there is no watchlist. */
  public boolean isEmpty() {
    return settings.watchlists().isEmpty();
  }

  /**
   * The watchlists each of {@code papers} matched; a paper that matched none has no entry. Each
   * paper's matches are in the watchlists' order.
   */
  public Matches matches(List<Paper> papers) {
    Map<String, List<Match>> out = new LinkedHashMap<>();
    if (isEmpty() || papers.isEmpty()) {
      return new Matches(settings.watchlists(), out);
    }
    Map<String, float[]> vectors = settings.semantic() ? vectors(papers) : Map.of();
    for (Paper p : papers) {
      String text = Rules.text(p);
      List<Match> found = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        Watchlist w = settings.watchlists().get(i);
        Rules r = rules.get(i);
        if (p.counts().upvotes() < w.minUpvotes() || r.excluded(text)) {
          continue;
        }
        Optional<String> why = r.why(p, text);
        if (why.isEmpty() && w.about() != null && vectors.containsKey(p.id())) {
          double s = Embedder.similarity(vectors.get(p.id()), interests().get(w.name()));
          if (s >= w.similarity()) {
            why = Optional.of(String.format(Locale.ROOT, "관심사 유사도 %.2f", s));
          }
        }
        why.ifPresent(reason -> found.add(new Match(w.name(), w.title(), reason)));
      }
      if (!found.isEmpty()) {
        out.put(p.id(), List.copyOf(found));
      }
    }
    return new Matches(settings.watchlists(), out);
  }

  /** The papers of {@code papers} that match watchlist {@code name}, in the given order. */
  public List<Paper> of(String name, List<Paper> papers) {
    Matches m = matches(papers);
    return papers.stream().filter(p -> m.matched(p.id(), name)).toList();
  }

  /** How many papers {@link #index} matches at a time: the grain of its progress. */
  static final int CHUNK = 500;

  /**
   * Every match of {@code papers} as rows of the archive's watch index, working {@link #CHUNK}
   * papers at a time and telling {@code progress} how many of them are done (an archive embedded
   * for the first time takes minutes: about 40 papers a second on two cores).
   */
  public List<WatchIndex.Row> index(List<Paper> papers, IntConsumer progress) {
    List<WatchIndex.Row> rows = new ArrayList<>();
    for (int i = 0; i < papers.size(); i += CHUNK) {
      List<Paper> chunk = papers.subList(i, Math.min(papers.size(), i + CHUNK));
      Matches m = matches(chunk);
      for (Paper p : chunk) {
        for (Match match : m.of(p.id())) {
          rows.add(new WatchIndex.Row(match.name(), match.title(), p.id(), match.why()));
        }
      }
      progress.accept(i + chunk.size());
    }
    return rows;
  }

  /** Embeds the papers that have no kept vector yet; returns how many it embedded. */
  public int embed(List<Paper> papers) {
    int before = log.count(MiniLm.MODEL);
    vectors(papers);
    return log.count(MiniLm.MODEL) - before;
  }

  private synchronized Map<String, float[]> interests() {
    if (interests == null) {
      List<Watchlist> with = settings.watchlists().stream().filter(w -> w.about() != null).toList();
      List<float[]> v = embedder.get().embed(with.stream().map(Watchlist::about).toList());
      Map<String, float[]> map = new LinkedHashMap<>();
      for (int i = 0; i < with.size(); i++) {
        map.put(with.get(i).name(), v.get(i));
      }
      interests = map;
    }
    return interests;
  }

  /** Each paper's vector: kept when its text is unchanged, else computed and kept. */
  private Map<String, float[]> vectors(List<Paper> papers) {
    Embedder model = embedder.get();
    Map<String, EmbeddingLog.Entry> kept =
        log.find(papers.stream().map(Paper::id).toList(), model.model());
    Map<String, float[]> out = new LinkedHashMap<>();
    List<Paper> missing = new ArrayList<>();
    for (Paper p : papers) {
      EmbeddingLog.Entry e = kept.get(p.id());
      if (e != null && e.textSha256().equals(sha256(text(p)))) {
        out.put(p.id(), decode(e.vector()));
      } else if (!out.containsKey(p.id())) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> computed = model.embed(missing.stream().map(Radar::text).toList());
      List<EmbeddingLog.Entry> store = new ArrayList<>();
      for (int i = 0; i < missing.size(); i++) {
        Paper p = missing.get(i);
        out.put(p.id(), computed.get(i));
        store.add(
            new EmbeddingLog.Entry(
                p.id(), model.model(), sha256(text(p)), encode(computed.get(i))));
      }
      log.store(store);
    }
    return out;
  }

  /** What a paper's embedding is of: its title and abstract. */
  static String text(Paper p) {
    String t = p.title() + ". " + p.summary();
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }

  static byte[] encode(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : v) {
      b.putFloat(x);
    }
    return b.array();
  }

  static float[] decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.length / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
