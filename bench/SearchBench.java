import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive browser's load benchmark, run by {@code bench/search.sh} against a running {@code
 * paperboy serve} on loopback (JDK only: {@code java bench/SearchBench.java BASE FROM TO}).
 *
 * <p>Part 1: search latency, one request at a time through {@code /api/papers} (so HTTP, JSON and
 * the query are all in it), after a warm-up, for English words, two-syllable Korean words,
 * filtered searches (text plus organization, dates, minimum upvotes, sorted by upvotes) and
 * filters without text; p50/p95/p99 of each, and of the worst case apart: words that half the
 * archive contains. Part 2: pages/s with 16 concurrent clients over a mix
 * of the HTML pages a reader opens (days, papers, searches, months, history charts, home).
 */
public final class SearchBench {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Pattern ID = Pattern.compile("\"id\":\"(\\d{4}\\.\\d{4,5})\"");
  private static final Pattern ORG = Pattern.compile("\"organization\":\"([^\"]{2,40})\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  /** Topics a reader looks up: each matches from a few dozen to a few thousand papers. */
  private static final List<String> ENGLISH =
      List.of(
          "diffusion", "reinforcement learning", "video generation", "benchmark", "agent",
          "reasoning", "vision transformer", "robot", "attention", "speech", "retrieval",
          "reward model");

  /** Two syllables, below a trigram; the fake model's digests name a dozen topics. */
  private static final List<String> KOREAN =
      List.of("추론", "강화", "로봇", "음성", "압축", "코드", "수학", "확산", "검색", "생성", "제어", "인식");

  /** The worst case: words in half the archive or more (every fake digest says 기존 and 실험). */
  private static final List<String> COMMON = List.of("language model", "model", "기존", "실험");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    LocalDate from = LocalDate.parse(args[1]);
    LocalDate to = LocalDate.parse(args[2]);
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;

    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    List<String> ids = new ArrayList<>();
    Set<String> orgs = new LinkedHashSet<>();
    for (int i = 0; i < days.size(); i += 7) { // 7: every fixture, as they cycle by 10
      String body = get(base + "/api/days/" + days.get(i));
      collect(ID, body, ids);
      List<String> o = new ArrayList<>();
      collect(ORG, body, o);
      orgs.addAll(o);
    }
    List<String> organizations = new ArrayList<>(orgs).subList(0, Math.min(8, orgs.size()));
    String total = first(TOTAL, get(base + "/api/papers?min-upvotes=0"));
    System.out.printf(
        "Archive: %s papers, %d list days %s..%s; %d sampled ids, organizations %s%n",
        total, days.size(), from, to, ids.size(), organizations);

    List<String> english = ENGLISH.stream().map(q -> "/api/papers?q=" + enc(q)).toList();
    List<String> korean = KOREAN.stream().map(q -> "/api/papers?q=" + enc(q)).toList();
    List<String> common = COMMON.stream().map(q -> "/api/papers?q=" + enc(q)).toList();
    List<String> filtered = new ArrayList<>();
    List<String> filtersOnly = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 24; i++) {
      LocalDate a = days.get(random.nextInt(days.size() / 2));
      LocalDate b = a.plusDays(60 + random.nextInt(180));
      String org = organizations.get(i % organizations.size());
      String q = i % 2 == 0 ? ENGLISH.get(i % ENGLISH.size()) : KOREAN.get(i % KOREAN.size());
      filtered.add(
          "/api/papers?q=" + enc(q) + "&from=" + a + "&to=" + b + "&min-upvotes=" + (i * 5)
              + "&sort=upvotes" + (i % 3 == 0 ? "&org=" + enc(org) : ""));
      filtersOnly.add("/api/papers?org=" + enc(org) + "&min-upvotes=" + (i * 3) + "&sort=date");
    }

    // Warm-up: the server's JIT and SQLite's page cache.
    List<String> all = new ArrayList<>();
    all.addAll(english);
    all.addAll(korean);
    all.addAll(filtered);
    all.addAll(filtersOnly);
    for (int i = 0; i < 1500; i++) {
      get(base + all.get(i % all.size()));
    }
    System.out.println();
    System.out.println("Search latency through /api/papers, one request at a time (ms):");
    latency(base, "English word", english, 600);
    latency(base, "Korean 2-syllable", korean, 600);
    latency(base, "text + filters", filtered, 600);
    latency(base, "filters, no text", filtersOnly, 600);
    latency(base, "common words", common, 200);

    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      pages.add("/days/" + days.get(random.nextInt(days.size())));
      pages.add("/papers/" + ids.get(random.nextInt(ids.size())));
      pages.add("/papers/" + ids.get(random.nextInt(ids.size())));
      pages.add("/papers/" + ids.get(random.nextInt(ids.size())) + "/history.svg");
      String q = i % 2 == 0 ? ENGLISH.get(i % ENGLISH.size()) : KOREAN.get(i % KOREAN.size());
      pages.add("/search?q=" + enc(q) + (i % 4 == 1 ? "&page=2" : ""));
      if (i % 4 == 0) {
        pages.add("/months/" + YearMonth.from(days.get(random.nextInt(days.size()))));
      }
      if (i % 8 == 0) {
        pages.add("/");
      }
    }
    throughput(base, pages, clients, 5);
    throughput(base, pages, clients, seconds);
  }

  private static void latency(String base, String label, List<String> queries, int n)
      throws Exception {
    long[] nanos = new long[n];
    long hits = 0;
    for (int i = 0; i < n; i++) {
      String path = queries.get(i % queries.size());
      long start = System.nanoTime();
      String body = get(base + path);
      nanos[i] = System.nanoTime() - start;
      if (i < queries.size()) {
        hits += Long.parseLong(first(TOTAL, body));
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "  %-18s p50 %6.2f  p95 %6.2f  p99 %6.2f  max %6.2f   (%d requests, %d queries, %.0f"
            + " matches per query)%n",
        label, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[n - 1] / 1e6, n,
        queries.size(), hits / (double) Math.min(n, queries.size()));
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static void throughput(String base, List<String> pages, int clients, int seconds)
      throws InterruptedException {
    LongAdder done = new LongAdder();
    LongAdder bytes = new LongAdder();
    AtomicLong errors = new AtomicLong();
    ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch finished = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int offset = c * 17;
      Thread.ofPlatform()
          .start(
              () -> {
                try {
                  for (int i = offset; System.nanoTime() < end; i++) {
                    HttpResponse<byte[]> r = send(base + pages.get(i % pages.size()));
                    statuses.computeIfAbsent(r.statusCode(), k -> new LongAdder()).increment();
                    if (r.statusCode() == 200) {
                      done.increment();
                      bytes.add(r.body().length);
                    } else {
                      errors.incrementAndGet();
                    }
                  }
                } catch (IOException | InterruptedException e) {
                  errors.incrementAndGet();
                } finally {
                  finished.countDown();
                }
              });
    }
    finished.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (seconds <= 5) {
      return; // the warm-up
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Pages: %d clients for %.1f s over %d distinct pages: %.0f pages/s (%d pages, %.1f MB/s,"
            + " %d not 200: %s)%n",
        clients, elapsed, new LinkedHashSet<>(pages).size(), done.sum() / elapsed, done.sum(),
        bytes.sum() / elapsed / 1e6, errors.get(), statuses);
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = send(url);
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode());
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static HttpResponse<byte[]> send(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void collect(Pattern p, String body, List<String> into) {
    Matcher m = p.matcher(body);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static String first(Pattern p, String body) {
    Matcher m = p.matcher(body);
    return m.find() ? m.group(1) : "?";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
