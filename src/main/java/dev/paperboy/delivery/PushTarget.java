package dev.paperboy.delivery;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One team chat the day is pushed to ({@code push:} in the config file). Secrets are not here:
 * {@code urlEnv} and {@code tokenEnv} name the environment variables that hold them.
 *
 * @param name how the ledger, the summary and {@code --target} name it
 * @param urlEnv the variable holding the webhook URL (Slack, Discord, webhook)
 * @param tokenEnv the variable holding the bot token (Telegram)
 * @param chatId the Telegram chat to post to
 * @param apiBase Telegram's Bot API base
 * @param top how many papers a message lists
 * @param maxAgeDays the oldest list date still pushed: the run's UTC date minus this many days
 * @param watchlist only the papers of this watchlist (a day with none sends nothing); null for the
 *     day's top papers
 */
public record PushTarget(
    String name,
    Kind kind,
    String urlEnv,
    String tokenEnv,
    String chatId,
    URI apiBase,
    int top,
    int maxAgeDays,
    String watchlist) {

  /** The Telegram Bot API. */
  public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");

  public PushTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The platforms. */
  public enum Kind {
    SLACK,
    DISCORD,
    TELEGRAM,
    WEBHOOK;

    /** The kind named {@code value} in the config file, any case. */
    public static Optional<Kind> of(String value) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The variable that must hold this target's secret: the token's for Telegram, else the URL's. */
  public String secretVariable() {
    return kind == Kind.TELEGRAM ? tokenEnv : urlEnv;
  }
}
