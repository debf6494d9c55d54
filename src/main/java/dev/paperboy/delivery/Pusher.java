package dev.paperboy.delivery;

import dev.paperboy.archive.DeliveryLog;
import dev.paperboy.util.Environment;
import dev.paperboy.util.Sleeper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Pushes list dates to team chat, each date once per target. What a run pushes: the dates whose
 * daily post it created (a date re-fetched or re-published later is not news), and the dates an
 * earlier run failed to send; a date older than the target's {@code max-age-days} (the run's UTC
 * date minus the list date) is recorded as skipped instead, so a backfill floods no channel. The
 * ledger ({@link DeliveryLog}) records each message once the platform took it: a re-run sends
 * nothing. Sends to one target are paced (Slack about one a second, Discord two, Telegram three).
 * Never throws for a message's sake.
 */
public final class Pusher {
  private final List<PushTarget> targets;
  private final Environment env;
  private final DeliveryLog log;
  private final Path site;
  private final Blog blog;
  private final Function<LocalDate, String> postPath;
  private final Clock clock;
  private final Courier courier;
  private final Sleeper sleeper;

  /**
   * @param postPath the daily post's site path for a date, e.g. {@code /posts/daily-papers-D/}
   */
  public Pusher(
      List<PushTarget> targets,
      Environment env,
      DeliveryLog log,
      Path site,
      Blog blog,
      Function<LocalDate, String> postPath,
      Clock clock,
      Sleeper sleeper,
      Duration timeout) {
    this(targets, env, log, site, blog, postPath, clock, Courier.create(sleeper, timeout), sleeper);
  }

  Pusher(
      List<PushTarget> targets,
      Environment env,
      DeliveryLog log,
      Path site,
      Blog blog,
      Function<LocalDate, String> postPath,
      Clock clock,
      Courier courier,
      Sleeper sleeper) {
    this.targets = List.copyOf(targets);
    this.env = env;
    this.log = log;
    this.site = site;
    this.blog = blog;
    this.postPath = postPath;
    this.clock = clock;
    this.courier = courier;
    this.sleeper = sleeper;
  }

  /** The targets, as configured. */
  public List<PushTarget> targets() {
    return targets;
  }

  /** Pushes the dates whose daily post this run created, and what earlier runs still owe. */
  public PushReport push(Collection<LocalDate> created) {
    if (targets.isEmpty()) {
      return PushReport.NONE;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<PushReport.Delivery> done = new ArrayList<>();
    List<String> unconfigured = new ArrayList<>();
    for (PushTarget target : targets) {
      Set<LocalDate> dates = new TreeSet<>(created);
      for (DeliveryLog.Entry e : log.of(target.name())) {
        if (e.status() == DeliveryLog.Status.FAILED) {
          dates.add(e.listDate());
        }
      }
      List<LocalDate> due = new ArrayList<>();
      for (LocalDate date : dates) {
        Optional<DeliveryLog.Entry> known = log.find(target.name(), date);
        if (known.isPresent() && known.get().status() != DeliveryLog.Status.FAILED) {
          continue;
        }
        long age = ChronoUnit.DAYS.between(date, today);
        if (age > target.maxAgeDays()) {
          String reason = "older than max-age-days (" + target.maxAgeDays() + ")";
          log.record(target.name(), date, DeliveryLog.Status.SKIPPED, reason, false);
          done.add(
              new PushReport.Delivery(target.name(), date, new PushReport.Result.Skipped(reason)));
        } else {
          due.add(date);
        }
      }
      if (due.isEmpty()) {
        continue;
      }
      Optional<Platform> platform = platform(target);
      if (platform.isEmpty()) {
        String problem = problem(target);
        unconfigured.add(
            target.name() + ": " + problem + "; " + due.size() + " date(s) wait for it.");
        for (LocalDate date : due) {
          log.record(target.name(), date, DeliveryLog.Status.FAILED, problem, false);
        }
        continue;
      }
      boolean first = true;
      for (LocalDate date : due) {
        Optional<PushReport.Result> result = send(target, platform.get(), date, first);
        if (result.isPresent()) {
          first = false;
          done.add(new PushReport.Delivery(target.name(), date, result.get()));
        }
      }
    }
    return new PushReport(done, unconfigured);
  }

  /**
   * Sends {@code date} to {@code target} (every target when null) by hand, whatever the ledger says
   * and however old the date.
   *
   * @throws IllegalArgumentException naming the known targets, when {@code target} is unknown
   */
  public PushReport pushByHand(LocalDate date, String target) {
    List<PushTarget> chosen =
        target == null ? targets : targets.stream().filter(t -> t.name().equals(target)).toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(
          targets.isEmpty()
              ? "no push targets are configured (push: in _paperboy/config.yml)"
              : "no push target '"
                  + target
                  + "'; configured: "
                  + String.join(", ", targets.stream().map(PushTarget::name).toList()));
    }
    List<PushReport.Delivery> done = new ArrayList<>();
    List<String> unconfigured = new ArrayList<>();
    for (PushTarget t : chosen) {
      Optional<Platform> platform = platform(t);
      if (platform.isEmpty()) {
        unconfigured.add(t.name() + ": " + problem(t) + "; nothing sent.");
        continue;
      }
      send(t, platform.get(), date, true)
          .ifPresentOrElse(
              r -> done.add(new PushReport.Delivery(t.name(), date, r)),
              () ->
                  done.add(
                      new PushReport.Delivery(
                          t.name(),
                          date,
                          new PushReport.Result.Refused(
                              "no daily post for this date in the site"))));
    }
    return new PushReport(done, unconfigured);
  }

  /** Sends one date; empty when the date has no post to push. */
  private Optional<PushReport.Result> send(
      PushTarget target, Platform platform, LocalDate date, boolean first) {
    String path = postPath.apply(date);
    Optional<Edition> edition =
        Edition.read(
            site, date, target.top(), blog.absolute(path).orElse(null), target.watchlist());
    if (edition.isEmpty()) {
      return Optional.empty();
    }
    if (edition.get().items().isEmpty()) {
      String reason = "no paper of watchlist " + target.watchlist();
      log.record(target.name(), date, DeliveryLog.Status.SKIPPED, reason, false);
      return Optional.of(new PushReport.Result.Skipped(reason));
    }
    if (!first) {
      pause(target);
    }
    Answer answer = courier.send(platform, platform.message(edition.get()), secrets(target));
    return Optional.of(
        switch (answer) {
          case Answer.Accepted ok -> {
            log.record(target.name(), date, DeliveryLog.Status.SENT, null, true);
            yield new PushReport.Result.Sent();
          }
          case Answer.Lasting no -> {
            log.record(target.name(), date, DeliveryLog.Status.REFUSED, no.reason(), true);
            yield new PushReport.Result.Refused(no.reason());
          }
          case Answer.Transient t -> {
            log.record(target.name(), date, DeliveryLog.Status.FAILED, t.reason(), true);
            yield new PushReport.Result.Failed(t.reason());
          }
          case Answer.Later later -> {
            String reason = "rate limited; the next run tries again";
            log.record(target.name(), date, DeliveryLog.Status.FAILED, reason, true);
            yield new PushReport.Result.Failed(reason);
          }
        });
  }

  private void pause(PushTarget target) {
    Duration gap =
        switch (target.kind()) {
          case SLACK -> Duration.ofSeconds(1);
          case DISCORD -> Duration.ofSeconds(2);
          case TELEGRAM -> Duration.ofSeconds(3);
          case WEBHOOK -> Duration.ZERO;
        };
    try {
      sleeper.sleep(gap);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The platform of {@code target} with its secret from the environment; empty when the variable is
   * unset or, for a webhook, does not hold an http(s) URL ({@link #problem} says which).
   */
  private Optional<Platform> platform(PushTarget target) {
    if (problem(target) != null) {
      return Optional.empty();
    }
    String secret = env.value(target.secretVariable());
    return Optional.of(
        switch (target.kind()) {
          case SLACK -> new Slack(URI.create(secret));
          case DISCORD -> new Discord(URI.create(secret));
          case TELEGRAM -> new Telegram(target.apiBase(), secret, target.chatId());
          case WEBHOOK -> new Webhook(URI.create(secret));
        });
  }

  /** Why {@code target} cannot be sent to, naming its variable but never its value; or null. */
  private String problem(PushTarget target) {
    String variable = target.secretVariable();
    String secret = variable == null ? null : env.value(variable);
    if (secret == null) {
      return variable + " is not set";
    }
    if (target.kind() == PushTarget.Kind.TELEGRAM) {
      return secret.matches("[A-Za-z0-9:_-]+") ? null : variable + " does not hold a bot token";
    }
    try {
      URI uri = URI.create(secret);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme();
      return uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"))
          ? null
          : variable + " does not hold an http(s) URL";
    } catch (IllegalArgumentException e) {
      return variable + " does not hold an http(s) URL";
    }
  }

  private List<String> secrets(PushTarget target) {
    String secret = target.secretVariable() == null ? null : env.value(target.secretVariable());
    return secret == null ? List.of() : List.of(secret);
  }
}
