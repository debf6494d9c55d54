package dev.paperboy.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * Where a run's anomalies are reported.
 *
 * @param webhookEnv the environment variable holding the webhook URL (Slack or Discord); no alerts
 *     when it is unset or empty. The URL itself is a secret and never goes in the file.
 */
public record AlertSettings(String webhookEnv) {
  public AlertSettings {
    Objects.requireNonNull(webhookEnv, "webhookEnv");
  }

  public static AlertSettings defaults() {
    return new AlertSettings("PAPERBOY_WEBHOOK_URL");
  }

  /** The webhook URL from {@code env}, or null when none is set. */
  public String webhookUrl(Function<String, String> env) {
    String url = env.apply(webhookEnv);
    return url == null || url.isBlank() ? null : url.strip();
  }
}
