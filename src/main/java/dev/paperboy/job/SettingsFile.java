package dev.paperboy.job;

import dev.paperboy.alerts.AlertSettings;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigFile;
import dev.paperboy.config.FileConfig;
import dev.paperboy.delivery.DeliverySettings;
import dev.paperboy.delivery.PushTarget;
import dev.paperboy.digest.Budget;
import dev.paperboy.digest.DigestSettings;
import dev.paperboy.digest.FullTextSettings;
import dev.paperboy.digest.ModelSettings;
import dev.paperboy.digest.Pricing;
import dev.paperboy.digest.Provider;
import dev.paperboy.hub.ArtifactSettings;
import dev.paperboy.media.MediaSettings;
import dev.paperboy.publish.DigestPostSettings;
import dev.paperboy.publish.MonthlySettings;
import dev.paperboy.publish.Permalink;
import dev.paperboy.publish.PostSettings;
import dev.paperboy.publish.WeeklySettings;
import dev.paperboy.radar.RadarSettings;
import dev.paperboy.radar.Watchlist;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Lays a config file ({@link ConfigFile} reads and checks it) over {@link Settings}: each present
 * key replaces its default, and values whose form the file format cannot check (zones, times,
 * permalinks, URLs, provider names) are checked here. Every problem is a {@link ConfigException}
 * naming the file and the key.
 */
public final class SettingsFile {
  private static final Pattern BASE_PATH =
      Pattern.compile("(https?://[A-Za-z0-9.-]+(:\\d+)?)?(/[A-Za-z0-9._~-]+)*/?");

  private SettingsFile() {}

  /**
   * Applies the file at {@code file} over {@code base}. A missing file is fine when {@code
   * required} is false (the default location), an error otherwise.
   */
  public static Settings apply(Settings base, Path file, boolean required) {
    FileConfig config = ConfigFile.read(file, required);
    try {
      return over(base, config);
    } catch (ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }

  /** Applies an already read config over {@code base}. */
  static Settings over(Settings base, FileConfig config) {
    try {
      return overChecked(base, config);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static Settings overChecked(Settings b, FileConfig f) {
    Settings s = laid(b, f);
    List<String> lists = s.radar().watchlists().stream().map(Watchlist::name).toList();
    List<PushTarget> targets = s.delivery().targets();
    for (int i = 0; i < targets.size(); i++) {
      String w = targets.get(i).watchlist();
      if (w != null && !lists.contains(w)) {
        throw new ConfigException(
            "'push[" + i + "].watchlist' names no watchlist '" + w + "'; watchlists: " + lists);
      }
    }
    return s;
  }

  private static Settings laid(Settings b, FileConfig f) {
    FileConfig.Http http = or(f.http(), new FileConfig.Http(null, null));
    return new Settings(
        or(f.source(), b.source()),
        f.db() == null ? b.db() : Path.of(f.db()),
        or(f.top(), b.top()),
        or(f.catchUpDays(), b.catchUpDays()),
        or(f.refreshDays(), b.refreshDays()),
        seconds(http.timeoutSeconds(), b.timeout()),
        or(http.maxAttempts(), b.maxAttempts()),
        f.post() == null ? b.post() : post(b.post(), f.post()),
        f.digest() == null ? b.digest() : digest(b.digest(), f.digest()),
        f.digest() == null ? b.digestPost() : digestPost(b.digestPost(), f.digest()),
        f.media() == null ? b.media() : media(b.media(), f.media()),
        f.run() == null ? b.run() : run(b.run(), f.run()),
        f.alerts() == null || f.alerts().webhookEnv() == null
            ? b.alerts()
            : new AlertSettings(f.alerts().webhookEnv()),
        f.monthly() == null ? b.monthly() : monthly(b.monthly(), f.monthly()),
        f.digest() == null || f.digest().artifacts() == null
            ? b.artifacts()
            : artifacts(b.artifacts(), f.digest().artifacts()),
        delivery(b.delivery(), f.push(), f.feeds()),
        radar(b.radar(), f.watchlists(), f.watchlistSimilarity()),
        f.weekly() == null ? b.weekly() : weekly(b.weekly(), f.weekly()));
  }

  private static WeeklySettings weekly(WeeklySettings b, FileConfig.Weekly f) {
    try {
      return new WeeklySettings(
          or(f.enabled(), b.enabled()),
          or(f.top(), b.top()),
          or(f.title(), b.title()),
          or(f.categories(), b.categories()),
          or(f.tags(), b.tags()),
          or(f.permalink(), b.permalink()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("'weekly.permalink' " + e.getMessage(), e);
    }
  }

  /** Characters that would make a keyword a pattern: keywords are plain words. */
  private static final Pattern PATTERN_LIKE = Pattern.compile("[*?+\\[\\](){}|\\\\^$]");

  private static RadarSettings radar(
      RadarSettings b, List<FileConfig.Watchlist> lists, Double similarity) {
    double threshold = or(similarity, b.similarity());
    if (lists == null) {
      return new RadarSettings(b.watchlists(), threshold);
    }
    List<Watchlist> out = new java.util.ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < lists.size(); i++) {
      FileConfig.Watchlist w = lists.get(i);
      String key = "watchlists[" + i + "]";
      if (w == null) {
        throw new ConfigException("'" + key + "' is empty");
      }
      if (w.name() == null || !Watchlist.NAME.matcher(w.name()).matches()) {
        throw new ConfigException(
            "'" + key + ".name' must be a short name of letters, digits, - and _");
      }
      if (!names.add(w.name())) {
        throw new ConfigException("'" + key + ".name' repeats the watchlist '" + w.name() + "'");
      }
      List<String> keywords = words(w.keywords(), key + ".keywords");
      List<String> exclude = words(w.exclude(), key + ".exclude");
      List<String> organizations = words(w.organizations(), key + ".organizations");
      List<String> authors = words(w.authors(), key + ".authors");
      List<String> submitters = words(w.submitters(), key + ".submitters");
      String about = w.about() == null || w.about().isBlank() ? null : w.about().strip();
      if (about != null && about.length() > 500) {
        throw new ConfigException(
            "'" + key + ".about' must be at most 500 characters, not " + about.length());
      }
      Watchlist list =
          new Watchlist(
              w.name(),
              w.title(),
              keywords,
              exclude,
              organizations,
              authors,
              submitters,
              about,
              or(w.minUpvotes(), 0),
              or(w.similarity(), threshold));
      if (!list.hasRules()) {
        throw new ConfigException(
            "'"
                + key
                + "' ("
                + w.name()
                + ") has no rule: give keywords, organizations, authors, submitters or about");
      }
      out.add(list);
    }
    return new RadarSettings(out, threshold);
  }

  /** A list of plain words or names, each non-blank and free of pattern characters. */
  private static List<String> words(List<String> values, String key) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i) == null ? "" : values.get(i).strip();
      if (v.isEmpty()) {
        throw new ConfigException("'" + key + "[" + i + "]' is empty");
      }
      if (v.length() > 100) {
        throw new ConfigException("'" + key + "[" + i + "]' is over 100 characters");
      }
      if (PATTERN_LIKE.matcher(v).find()) {
        throw new ConfigException(
            "'"
                + key
                + "["
                + i
                + "]' ('"
                + v
                + "') looks like a pattern; write plain words: they match whole words in any"
                + " case, plurals included");
      }
      out.add(v);
    }
    return out;
  }

  private static final Pattern TARGET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  private static DeliverySettings delivery(
      DeliverySettings b, List<FileConfig.Push> push, FileConfig.Feeds feeds) {
    List<PushTarget> targets = b.targets();
    if (push != null) {
      targets = new java.util.ArrayList<>();
      java.util.Set<String> names = new java.util.HashSet<>();
      for (int i = 0; i < push.size(); i++) {
        FileConfig.Push p = push.get(i);
        String key = "push[" + i + "]";
        if (p == null) {
          throw new ConfigException("'" + key + "' is empty");
        }
        if (p.name() == null || !TARGET_NAME.matcher(p.name()).matches()) {
          throw new ConfigException(
              "'" + key + ".name' must be a short name of letters, digits, - and _");
        }
        if (!names.add(p.name())) {
          throw new ConfigException("'" + key + ".name' repeats the target '" + p.name() + "'");
        }
        PushTarget.Kind kind =
            PushTarget.Kind.of(p.kind())
                .orElseThrow(
                    () ->
                        new ConfigException(
                            "'"
                                + key
                                + ".kind' must be one of slack, discord, telegram, webhook, not '"
                                + p.kind()
                                + "'"));
        if (kind == PushTarget.Kind.TELEGRAM) {
          if (p.tokenEnv() == null || p.chatId() == null || p.chatId().isBlank()) {
            throw new ConfigException(
                "'"
                    + key
                    + "' (telegram) needs token-env (the variable holding the bot token)"
                    + " and chat-id");
          }
        } else if (p.urlEnv() == null) {
          throw new ConfigException(
              "'" + key + "' (" + kind + ") needs url-env: the variable holding the webhook URL");
        }
        targets.add(
            new PushTarget(
                p.name(),
                kind,
                p.urlEnv(),
                p.tokenEnv(),
                p.chatId() == null ? null : p.chatId().strip(),
                p.apiBase() == null ? PushTarget.TELEGRAM_API : url(p.apiBase(), key + ".api-base"),
                or(p.top(), 5),
                or(p.maxAgeDays(), 3),
                p.watchlist()));
      }
    }
    FileConfig.Feeds f = or(feeds, new FileConfig.Feeds(null, null, null));
    return new DeliverySettings(
        targets,
        or(f.enabled(), b.feeds()),
        or(f.papersDays(), b.feedDays()),
        or(f.digestPosts(), b.feedPosts()));
  }

  private static ArtifactSettings artifacts(ArtifactSettings b, FileConfig.Artifacts f) {
    return new ArtifactSettings(
        or(f.enabled(), b.enabled()),
        f.hubBase() == null ? b.hubBase() : url(f.hubBase(), "digest.artifacts.hub-base"),
        f.maxAgeDays() == null ? b.maxAge() : Duration.ofDays(f.maxAgeDays()));
  }

  /** {@code value} as an http(s) URL, or a {@link ConfigException} naming {@code key}. */
  private static URI url(String value, String key) {
    URI uri;
    try {
      uri = URI.create(value.strip());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("'" + key + "' is not a valid URL: '" + value + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new ConfigException("'" + key + "' must be an http(s) URL, not '" + value + "'");
    }
    return uri;
  }

  private static MonthlySettings monthly(MonthlySettings b, FileConfig.Monthly f) {
    return new MonthlySettings(
        or(f.enabled(), b.enabled()),
        or(f.top(), b.top()),
        or(f.title(), b.title()),
        or(f.categories(), b.categories()),
        or(f.tags(), b.tags()),
        permalink(f.permalink(), b.permalink(), "monthly.permalink"));
  }

  private static RunLimits run(RunLimits b, FileConfig.Run f) {
    return new RunLimits(
        seconds(f.lockWaitSeconds(), b.lockWait()),
        f.budgetMinutes() == null ? b.budget() : Duration.ofMinutes(f.budgetMinutes()),
        or(f.timeoutsToGiveUp(), b.timeoutsToGiveUp()));
  }

  private static PostSettings post(PostSettings b, FileConfig.Post f) {
    return new PostSettings(
        or(f.title(), b.title()),
        parse(f.time(), b.time(), LocalTime::parse, "'post.time' must look like 09:15:00"),
        parse(
            f.timezone(),
            b.zone(),
            ZoneId::of,
            "'post.timezone' must be a zone id such as Asia/Seoul"),
        or(f.categories(), b.categories()),
        or(f.tags(), b.tags()),
        or(f.author(), b.author()),
        permalink(f.permalink(), b.permalink(), "post.permalink"));
  }

  private static DigestSettings digest(DigestSettings b, FileConfig.Digest f) {
    ModelSettings m = b.model();
    Provider provider =
        f.provider() == null
            ? m.provider()
            : Provider.of(f.provider())
                .orElseThrow(
                    () ->
                        new ConfigException(
                            "'digest.provider' must be one of none, openai, anthropic, gemini,"
                                + " ollama, not '"
                                + f.provider()
                                + "'"));
    ModelSettings model =
        new ModelSettings(
            provider,
            or(f.model(), m.model()),
            or(f.baseUrl(), m.baseUrl()),
            or(f.apiKeyEnv(), m.keyVariable()),
            seconds(f.timeoutSeconds(), m.timeout()),
            or(f.maxOutputTokens(), m.maxOutputTokens()),
            or(f.temperature(), m.temperature()));
    Budget bb = b.budget();
    FileConfig.Price price = or(f.price(), new FileConfig.Price(null, null));
    FileConfig.Budget budget = or(f.budget(), new FileConfig.Budget(null, null, null));
    Pricing pricing =
        new Pricing(
            or(price.inputPerMillion(), bb.pricing().inputPerMillion()),
            or(price.outputPerMillion(), bb.pricing().outputPerMillion()));
    return new DigestSettings(
        or(f.enabled(), b.enabled()),
        model,
        or(f.top(), b.top()),
        or(f.concurrency(), b.concurrency()),
        or(f.maxAttempts(), b.maxAttempts()),
        new Budget(
            or(budget.maxCalls(), bb.maxCalls()),
            or(budget.maxTokens(), bb.maxTokens()),
            or(budget.maxCostUsd(), bb.maxCostUsd()),
            pricing),
        or(f.dailySummaries(), b.dailySummaries()),
        f.fulltext() == null
            ? b.fullText()
            : new FullTextSettings(
                or(f.fulltext().enabled(), b.fullText().enabled()),
                or(f.fulltext().maxChars(), b.fullText().maxChars())));
  }

  private static DigestPostSettings digestPost(DigestPostSettings b, FileConfig.Digest f) {
    return new DigestPostSettings(
        or(f.title(), b.title()),
        or(f.categories(), b.categories()),
        or(f.tags(), b.tags()),
        permalink(f.permalink(), b.permalink(), "digest.permalink"));
  }

  private static MediaSettings media(MediaSettings b, FileConfig.Media f) {
    String basePath = or(f.basePath(), b.basePath());
    if (!BASE_PATH.matcher(basePath).matches()) {
      throw new ConfigException(
          "'media.base-path' must be a URL path such as /assets/img/papers, not '"
              + basePath
              + "'");
    }
    URI arxivBase = f.arxivBase() == null ? b.arxivBase() : url(f.arxivBase(), "media.arxiv-base");
    return new MediaSettings(
        or(f.enabled(), b.enabled()),
        or(f.allowedHosts(), b.allowedHosts()),
        or(f.maxBytes(), b.maxBytes()),
        or(f.maxWidth(), b.maxWidth()),
        or(f.maxPixels(), b.maxPixels()),
        or(f.maxFigures(), b.maxFigures()),
        arxivBase,
        seconds(f.arxivIntervalSeconds(), b.arxivInterval()),
        basePath,
        seconds(f.timeoutSeconds(), b.timeout()),
        f.retryAfterDays() == null ? b.retryAfter() : Duration.ofDays(f.retryAfterDays()));
  }

  private static Permalink permalink(String pattern, Permalink fallback, String key) {
    try {
      return pattern == null ? fallback : new Permalink(pattern);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("'" + key + "' " + e.getMessage(), e);
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static Duration seconds(Integer value, Duration fallback) {
    return value == null ? fallback : Duration.ofSeconds(value);
  }

  private static <T> T parse(String value, T fallback, Function<String, T> parser, String rule) {
    if (value == null) {
      return fallback;
    }
    try {
      return parser.apply(value);
    } catch (DateTimeException e) {
      throw new ConfigException(rule + ", not '" + value + "'", e);
    }
  }
}
