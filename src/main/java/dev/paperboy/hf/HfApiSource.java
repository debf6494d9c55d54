package dev.paperboy.hf;

import dev.paperboy.util.Http;
import dev.paperboy.util.Network;
import dev.paperboy.util.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live Daily Papers API: {@code GET {base}/api/daily_papers?date=D&limit=100}, following {@code
 * p=1,2,…} while a page comes back full, de-duplicated by arXiv id. Retries 429 (honouring {@code
 * RateLimit} and {@code Retry-After}), 5xx and timeouts. A date that has not started in UTC is
 * {@link FetchOutcome.NotYet}, not an error.
 *
 * <p>Gives up fast: a refused connection, an unknown host or a TLS failure is not retried, and
 * neither is a request after {@code timeoutsToGiveUp} timed-out attempts in a row (counted across
 * dates). Either makes this source {@linkplain UnreachableException unreachable} for the rest of
 * its life, so that every later fetch fails at once instead of waiting out its own retries: an
 * offline catch-up ends after one date, a hung API after {@code timeoutsToGiveUp} timeouts.
 */
public final class HfApiSource implements PaperSource {
  /** The API's largest page. */
  public static final int PAGE_SIZE = 100;

  private static final int MAX_PAGES = 50;
  private static final Logger LOG = LoggerFactory.getLogger(HfApiSource.class);

  private final String base;
  private final String token;
  private final String userAgent;
  private final Duration timeout;
  private final RetryPolicy retry;
  private final HttpClient client;
  private final Sleeper sleeper;
  private final Clock clock;
  private final int timeoutsToGiveUp;
  private int timeoutsInARow;
  private UnreachableException down;

  /**
   * @param base e.g. {@code https://huggingface.co}
   * @param token an HF access token, or null for anonymous calls
   */
  public HfApiSource(
      URI base,
      String token,
      String userAgent,
      Duration timeout,
      RetryPolicy retry,
      int timeoutsToGiveUp,
      Sleeper sleeper,
      Clock clock) {
    this.base = base.toString().replaceAll("/+$", "");
    this.token = token == null || token.isBlank() ? null : token.strip();
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.retry = retry;
    this.sleeper = sleeper;
    this.clock = clock;
    this.timeoutsToGiveUp = timeoutsToGiveUp;
    this.client =
        Http.builder(base)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public String describe() {
    return base;
  }

  @Override
  public FetchOutcome fetch(LocalDate date) {
    LocalDate todayUtc = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (date.isAfter(todayUtc)) {
      return new FetchOutcome.NotYet(date, "the UTC date is still " + todayUtc);
    }
    String firstUrl = pageUrl("date=" + date, 0);
    var fetchedAt = clock.instant();
    Pages pages = pages("date=" + date, status -> status == 400 && !date.isBefore(todayUtc));
    if (pages == null) {
      return new FetchOutcome.NotYet(date, "the API does not list " + date + " yet");
    }
    return new FetchOutcome.Listed(
        new DailyList(date, pages.papers(), fetchedAt, firstUrl, pages.skipped()));
  }

  /**
   * The API's own list of an ISO week, {@code GET /api/daily_papers?week=2026-W34}, every page of
   * it, each paper once: used only to compare with the merge of the week's list dates.
   *
   * @param isoWeek e.g. {@code 2026-W34}
   */
  public List<Paper> week(String isoWeek) {
    if (!isoWeek.matches("\\d{4}-W\\d{2}")) {
      throw new IllegalArgumentException("not an ISO week: " + isoWeek);
    }
    return pages("week=" + isoWeek, status -> false).papers();
  }

  private record Pages(List<Paper> papers, List<String> skipped) {}

  /** Every page of {@code query}; null when {@code notYet} says the first status means so. */
  private Pages pages(String query, java.util.function.IntPredicate notYet) {
    UniquePapers papers = new UniquePapers();
    List<String> skipped = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      String url = pageUrl(query, page);
      Answer response = send(url);
      int status = response.status();
      if (page == 0 && notYet.test(status)) {
        return null;
      }
      if (status != 200) {
        throw new HfApiException(status, url, excerpt(response.body()));
      }
      EntryParser.Parsed parsed = EntryParser.read(response.body(), url);
      parsed.papers().forEach(papers::add);
      skipped.addAll(parsed.skipped());
      if (parsed.papers().size() + parsed.skipped().size() < PAGE_SIZE) {
        break;
      }
    }
    return new Pages(papers.list(), skipped);
  }

  private String pageUrl(String query, int page) {
    return base
        + "/api/daily_papers?"
        + query
        + "&limit="
        + PAGE_SIZE
        + (page == 0 ? "" : "&p=" + page);
  }

  /** A response with its body, read up to {@link DirectorySource#MAX_BYTES}. */
  private record Answer(int status, HttpHeaders headers, byte[] body) {}

  private static Answer read(HttpResponse<InputStream> response, String url) throws IOException {
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes((int) DirectorySource.MAX_BYTES + 1);
      if (body.length > DirectorySource.MAX_BYTES) {
        throw new SourceFormatException(
            url,
            "the response is larger than the "
                + DirectorySource.MAX_BYTES / (1024 * 1024)
                + " MB a day's list can be; refused");
      }
      return new Answer(response.statusCode(), response.headers(), body);
    }
  }

  private synchronized Answer send(String url) {
    if (down != null) {
      throw new UnreachableException(url, down.getMessage(), down);
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpRequest request = builder.GET().build();
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      String why;
      try {
        Answer response =
            read(client.send(request, HttpResponse.BodyHandlers.ofInputStream()), url);
        timeoutsInARow = 0;
        int status = response.status();
        if (status == 429) {
          wait = retry.rateLimitWait(response.headers(), attempt, clock);
          why = "rate limited (429)";
        } else if (status >= 500) {
          wait = retry.backoff(attempt);
          why = "HTTP " + status;
        } else {
          return response;
        }
        if (attempt >= retry.maxAttempts()) {
          return response;
        }
      } catch (HttpTimeoutException e) {
        if (++timeoutsInARow >= timeoutsToGiveUp) {
          throw giveUp(
              url,
              "timed out: the API did not answer within "
                  + (timeout.toMillis() % 1000 == 0
                      ? timeout.toSeconds() + " s"
                      : timeout.toMillis() + " ms")
                  + ", "
                  + timeoutsInARow
                  + " times in a row",
              e);
        }
        if (attempt >= retry.maxAttempts()) {
          throw new HfApiException(
              url, "No answer within " + timeout.toMillis() + " ms after " + attempt + " tries", e);
        }
        wait = retry.backoff(attempt);
        why = "timed out";
      } catch (IOException e) {
        String unreachable = Network.unreachable(e);
        if (unreachable != null) {
          throw giveUp(url, unreachable, e);
        }
        if (attempt >= retry.maxAttempts()) {
          throw new HfApiException(
              url, "Request failed (" + e + ") after " + attempt + " tries", e);
        }
        wait = retry.backoff(attempt);
        why = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HfApiException(url, "Interrupted", e);
      }
      LOG.warn(
          "{}: {}; retry {} of {} in {} s",
          url,
          why,
          attempt,
          retry.maxAttempts() - 1,
          wait.toSeconds());
      pause(wait, url);
    }
  }

  private UnreachableException giveUp(String url, String reason, Exception e) {
    down =
        new UnreachableException(
            url, reason + " (" + URI.create(url).getHost() + "); stopped fetching for this run", e);
    return down;
  }

  private void pause(Duration wait, String url) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HfApiException(url, "Interrupted while waiting to retry", e);
    }
  }

  private static String excerpt(byte[] body) {
    String text = TextCleaner.singleLine(new String(body, StandardCharsets.UTF_8));
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
