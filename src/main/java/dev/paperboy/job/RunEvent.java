package dev.paperboy.job;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a {@link SiteRun} tells whoever runs it while it works, in order; the command prints them.
 * The run's result comes back as its return value, not as an event.
 */
public sealed interface RunEvent {
  /** Another run holds the site; this one waits up to {@code patience} for it. */
  record Waiting(Path site, String holder, Duration patience) implements RunEvent {}

  /** The archive could not be opened and was moved aside; it is rebuilt from the site's data. */
  record ArchiveMovedAside(Path file, Path aside, String reason) implements RunEvent {}

  /** The archive was missing (or moved aside) and was rebuilt from the site's data files. */
  record Rebuilt(Path file, Path from, ArchiveRebuild.Result result) implements RunEvent {}

  /** The run knows its dates; {@code source} is where they come from. */
  record Planned(DatePlan.Plan plan, String source) implements RunEvent {}

  /** Advice worth a line, e.g. that no model is configured. */
  record Hint(String text) implements RunEvent {}

  /** One date is done; the dates are reported in order. */
  record DateDone(DateOutcome outcome) implements RunEvent {}

  /** One date's digest is done ({@code paperboy digest}). */
  record DigestDone(DigestJob.Outcome outcome) implements RunEvent {}

  /** The watchlists have been applied to {@code done} of the archive's {@code total} papers. */
  record Watching(int done, int total) implements RunEvent {}

  /** The run's anomalies went to the alert webhook. */
  record AlertSent(int problems) implements RunEvent {}

  /** The alert could not be delivered. */
  record AlertFailed(String problem) implements RunEvent {}
}
