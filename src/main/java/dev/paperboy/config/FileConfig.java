package dev.paperboy.config;

import java.util.List;

/**
 * The config file as written, bound by Jackson: kebab-case keys, unknown keys refused, every value
 * optional (null: keep the default). The one place where each number's allowed range is declared
 * ({@link Range}); {@link ConfigFile} checks them, and flags are checked against the same bounds
 * ({@link ConfigFile#bounds(String)}).
 */
public record FileConfig(
    String source,
    String db,
    @Range(min = 1, max = 100) Integer top,
    @Range(min = 1, max = 366) Integer catchUpDays,
    @Range(min = 0, max = 14) Integer refreshDays,
    Http http,
    Post post,
    Digest digest,
    Media media,
    Run run,
    Alerts alerts,
    Monthly monthly,
    List<Push> push,
    Feeds feeds,
    List<Watchlist> watchlists,
    @Range(min = 0, max = 1) Double watchlistSimilarity,
    Weekly weekly) {
  /** A file with no keys. */
  public static final FileConfig EMPTY =
      new FileConfig(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null);

  /** One watchlist ({@code watchlists:} is a list of them). */
  public record Watchlist(
      String name,
      String title,
      List<String> keywords,
      List<String> exclude,
      List<String> organizations,
      List<String> authors,
      List<String> submitters,
      String about,
      @Range(min = 0, max = 1_000_000) Integer minUpvotes,
      @Range(min = 0, max = 1) Double similarity) {}

  public record Weekly(
      Boolean enabled,
      @Range(min = 1, max = 100) Integer top,
      String title,
      List<String> categories,
      List<String> tags,
      String permalink) {}

  /** One team chat ({@code push:} is a list of them). */
  public record Push(
      String name,
      String kind,
      String urlEnv,
      String tokenEnv,
      String chatId,
      String apiBase,
      @Range(min = 1, max = 47) Integer top,
      @Range(min = 0, max = 365) Integer maxAgeDays,
      String watchlist) {}

  public record Feeds(
      Boolean enabled,
      @Range(min = 1, max = 365) Integer papersDays,
      @Range(min = 1, max = 500) Integer digestPosts) {}

  public record Monthly(
      Boolean enabled,
      @Range(min = 1, max = 100) Integer top,
      String title,
      List<String> categories,
      List<String> tags,
      String permalink) {}

  public record Alerts(String webhookEnv) {}

  public record Run(
      @Range(min = 0, max = 86_400) Integer lockWaitSeconds,
      @Range(min = 1, max = 1_440) Integer budgetMinutes,
      @Range(min = 1, max = 20) Integer timeoutsToGiveUp) {}

  public record Http(
      @Range(min = 1, max = 600) Integer timeoutSeconds,
      @Range(min = 1, max = 10) Integer maxAttempts) {}

  public record Post(
      String title,
      String time,
      String timezone,
      String author,
      List<String> categories,
      List<String> tags,
      String permalink) {}

  public record Digest(
      Boolean enabled,
      @Range(min = 1, max = 20) Integer top,
      String provider,
      String model,
      String baseUrl,
      String apiKeyEnv,
      @Range(min = 1, max = 3_600) Integer timeoutSeconds,
      @Range(min = 1, max = 10) Integer maxAttempts,
      @Range(min = 1, max = 32) Integer concurrency,
      @Range(min = 256, max = 1_000_000) Integer maxOutputTokens,
      @Range(min = 0, max = 2) Double temperature,
      Budget budget,
      Price price,
      String title,
      List<String> categories,
      List<String> tags,
      String permalink,
      Boolean dailySummaries,
      FullText fulltext,
      Artifacts artifacts) {}

  public record FullText(Boolean enabled, @Range(min = 1_000, max = 1_000_000) Integer maxChars) {}

  public record Artifacts(
      Boolean enabled, String hubBase, @Range(min = 0, max = 365) Integer maxAgeDays) {}

  public record Budget(
      @Range(min = 0, max = 100_000) Integer maxCalls,
      @Range(min = 0, max = 1e10) Long maxTokens,
      @Range(min = 0, max = 1e6) Double maxCostUsd) {}

  public record Price(
      @Range(min = 0, max = 1e5) Double inputPerMillion,
      @Range(min = 0, max = 1e5) Double outputPerMillion) {}

  public record Media(
      Boolean enabled,
      List<String> allowedHosts,
      @Range(min = 1_024, max = 1e9) Long maxBytes,
      @Range(min = 16, max = 10_000) Integer maxWidth,
      @Range(min = 1, max = 1e9) Long maxPixels,
      @Range(min = 0, max = 10) Integer maxFigures,
      String arxivBase,
      @Range(min = 0, max = 60) Integer arxivIntervalSeconds,
      String basePath,
      @Range(min = 1, max = 600) Integer timeoutSeconds,
      @Range(min = 0, max = 365) Integer retryAfterDays) {}
}
