package dev.paperboy.config;

import dev.paperboy.media.MediaSettings;
import dev.paperboy.publish.MonthlySettings;
import dev.paperboy.publish.PostSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a run is configured with, after defaults, the config file and command-line flags have
 * been applied in that order. Secrets are not here: they come from the environment.
 *
 * @param source the API base URL, or a folder of recorded responses
 * @param db the archive file; relative paths are resolved against the site
 * @param top how many papers the daily post shows
 * @param catchUpDays how far back a run without dates looks for unpublished dates
 * @param refreshDays how many of the most recent dates a run without dates fetches again
 * @param timeout the HTTP request timeout
 * @param maxAttempts HTTP attempts per request, retries included
 * @param post the daily post's look; time, zone and author also apply to the digest post
 * @param digest the deep digest
 * @param media the digest's images
 * @param run how long a run may wait for the site and last in all
 * @param alerts where anomalies are reported
 * @param monthly the monthly report
 */
public record Settings(
    String source,
    Path db,
    int top,
    int catchUpDays,
    int refreshDays,
    Duration timeout,
    int maxAttempts,
    PostSettings post,
    DigestSettings digest,
    MediaSettings media,
    RunLimits run,
    AlertSettings alerts,
    MonthlySettings monthly) {

  /** The default API base. */
  public static final String HF_BASE = "https://huggingface.co";

  public Settings {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(monthly, "monthly");
    require(top >= 1 && top <= 100, "top must be between 1 and 100, not " + top);
    require(
        catchUpDays >= 1 && catchUpDays <= 366,
        "catch-up-days must be between 1 and 366, not " + catchUpDays);
    require(
        refreshDays >= 0 && refreshDays <= 14,
        "refresh-days must be between 0 and 14, not " + refreshDays);
    require(!timeout.isNegative() && !timeout.isZero(), "timeout-seconds must be positive");
    require(
        maxAttempts >= 1 && maxAttempts <= 10,
        "max-attempts must be between 1 and 10, not " + maxAttempts);
  }

  /** A backstop for values that did not come through {@link ConfigFile}'s checks, e.g. flags. */
  static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public static Settings defaults() {
    return new Settings(
        HF_BASE,
        Path.of(".paperboy", "archive.db"),
        10,
        14,
        3,
        Duration.ofSeconds(30),
        4,
        PostSettings.defaults(),
        DigestSettings.defaults(),
        MediaSettings.defaults(),
        RunLimits.defaults(),
        AlertSettings.defaults(),
        MonthlySettings.defaults());
  }

  /** Whether {@link #source} names the HTTP API rather than a folder. */
  public boolean sourceIsUrl() {
    return source.startsWith("http://") || source.startsWith("https://");
  }

  public Settings withSource(String value) {
    return new Settings(
        value,
        db,
        top,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        digest,
        media,
        run,
        alerts,
        monthly);
  }

  public Settings withDb(Path value) {
    return new Settings(
        source,
        value,
        top,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        digest,
        media,
        run,
        alerts,
        monthly);
  }

  public Settings withDigest(DigestSettings value) {
    return new Settings(
        source,
        db,
        top,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        value,
        media,
        run,
        alerts,
        monthly);
  }

  public Settings withMedia(MediaSettings value) {
    return new Settings(
        source,
        db,
        top,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        digest,
        value,
        run,
        alerts,
        monthly);
  }

  public Settings withRun(RunLimits value) {
    return new Settings(
        source,
        db,
        top,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        digest,
        media,
        value,
        alerts,
        monthly);
  }

  public Settings withMonthly(MonthlySettings value) {
    return new Settings(
        source,
        db,
        top,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        digest,
        media,
        run,
        alerts,
        value);
  }

  public Settings withTop(int value) {
    return new Settings(
        source,
        db,
        value,
        catchUpDays,
        refreshDays,
        timeout,
        maxAttempts,
        post,
        digest,
        media,
        run,
        alerts,
        monthly);
  }
}
