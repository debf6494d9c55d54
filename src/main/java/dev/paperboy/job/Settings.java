package dev.paperboy.job;

import dev.paperboy.alerts.AlertSettings;
import dev.paperboy.delivery.DeliverySettings;
import dev.paperboy.digest.DigestSettings;
import dev.paperboy.hub.ArtifactSettings;
import dev.paperboy.media.MediaSettings;
import dev.paperboy.publish.DigestPostSettings;
import dev.paperboy.publish.MonthlySettings;
import dev.paperboy.publish.PostSettings;
import dev.paperboy.publish.WeeklySettings;
import dev.paperboy.radar.RadarSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a run is configured with, after defaults, the config file ({@link SettingsFile}) and
 * command-line flags have been applied in that order. Each stage's part is the stage's own record.
 * Secrets are not here: they come from the environment. The allowed range of every number is
 * declared once, in {@code config.FileConfig}, and checked there (flags through {@code
 * ConfigFile.bounds}).
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
 * @param digestPost the digest post's title, categories, tags and URL
 * @param media the digest's images
 * @param run how long a run may wait for the site and last in all
 * @param alerts where anomalies are reported
 * @param monthly the monthly report
 * @param artifacts what the digest asks the Hub about its papers
 * @param delivery the team chats the day is pushed to, and the feeds
 * @param radar the watchlists
 * @param weekly the weekly edition
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
    DigestPostSettings digestPost,
    MediaSettings media,
    RunLimits run,
    AlertSettings alerts,
    MonthlySettings monthly,
    ArtifactSettings artifacts,
    DeliverySettings delivery,
    RadarSettings radar,
    WeeklySettings weekly) {

  /** The default API base. */
  public static final String HF_BASE = "https://huggingface.co";

  public Settings {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(digestPost, "digestPost");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(artifacts, "artifacts");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(radar, "radar");
    Objects.requireNonNull(weekly, "weekly");
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
        DigestPostSettings.defaults(),
        MediaSettings.defaults(),
        RunLimits.defaults(),
        AlertSettings.defaults(),
        MonthlySettings.defaults(),
        ArtifactSettings.defaults(),
        DeliverySettings.defaults(),
        RadarSettings.defaults(),
        WeeklySettings.defaults());
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
        digestPost,
        media,
        run,
        alerts,
        monthly,
        artifacts,
        delivery,
        radar,
        weekly);
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
        digestPost,
        media,
        run,
        alerts,
        monthly,
        artifacts,
        delivery,
        radar,
        weekly);
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
        digestPost,
        media,
        run,
        alerts,
        monthly,
        artifacts,
        delivery,
        radar,
        weekly);
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
        digestPost,
        media,
        run,
        alerts,
        monthly,
        artifacts,
        delivery,
        radar,
        weekly);
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
        digestPost,
        value,
        run,
        alerts,
        monthly,
        artifacts,
        delivery,
        radar,
        weekly);
  }
}
