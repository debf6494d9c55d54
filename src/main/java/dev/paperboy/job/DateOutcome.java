package dev.paperboy.job;

import dev.paperboy.site.SiteWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the daily job did with one list date. */
public sealed interface DateOutcome {
  LocalDate date();

  /** Whether this outcome makes the run exit with 1. */
  default boolean failed() {
    return false;
  }

  /**
   * Posts written (or confirmed unchanged); {@code files} maps site paths to what happened. {@code
   * digest} is null when the digest is switched off; {@code skipped} names the source's unusable
   * entries, left out of the posts.
   */
  record Published(
      LocalDate date,
      int papers,
      Map<String, SiteWriter.Result> files,
      DigestStep.Report digest,
      List<String> skipped)
      implements DateOutcome {
    public Published {
      files = Map.copyOf(files);
      skipped = List.copyOf(skipped);
    }

    /** The most telling file result: created beats updated beats unchanged. */
    public SiteWriter.Result overall() {
      return files.containsValue(SiteWriter.Result.CREATED)
          ? SiteWriter.Result.CREATED
          : files.containsValue(SiteWriter.Result.UPDATED)
              ? SiteWriter.Result.UPDATED
              : SiteWriter.Result.UNCHANGED;
    }
  }

  /** The API lists nothing for the date: no post. Expected on weekends, worth a look otherwise. */
  record Empty(LocalDate date, boolean weekday) implements DateOutcome {}

  /** The date has not started in UTC yet. */
  record NotYet(LocalDate date) implements DateOutcome {}

  /** The list was fetched but not published, e.g. identical to the previous date's. */
  record Refused(LocalDate date, String reason) implements DateOutcome {
    @Override
    public boolean failed() {
      return true;
    }
  }

  /**
   * Not fetched in this run: the source was unreachable, or the run's time budget was used up. The
   * ledger is left alone, so the next run does the date.
   */
  record NotFetched(LocalDate date, String reason) implements DateOutcome {
    @Override
    public boolean failed() {
      return true;
    }
  }

  /** Fetching, archiving or writing failed; the message says what and what to do. */
  record Failed(LocalDate date, String message) implements DateOutcome {
    @Override
    public boolean failed() {
      return true;
    }
  }
}
