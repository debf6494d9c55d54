package dev.paperboy.alerts;

import dev.paperboy.util.Environment;
import java.util.Objects;

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
  public String webhookUrl(Environment env) {
    return env.value(webhookEnv);
  }
}
