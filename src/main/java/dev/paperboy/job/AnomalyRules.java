package dev.paperboy.job;

import dev.paperboy.alerts.Anomaly;
import dev.paperboy.hf.ListDates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is worth an alert in a run's outcomes. A weekday counts as empty only once its list
 * has closed (03:00 UTC the next day), so an early run on a fresh date is not an anomaly.
 *
 * <pre>
 * Failed(2026-02-20, "HTTP 500 …")          → FAILURE
 * Empty(2026-02-20, weekday), now 02-21 04:00 → EMPTY_WEEKDAY
 * Empty(2026-02-20, weekday), now 02-21 01:00 → nothing (the list is still open)
 * Refused(…)                                → REPEATED_LIST
 * Published(…, digest all fell back, model set) → DIGEST_ALL_FELL_BACK
 * monthly report Failed(2026-06, "…")       → MONTHLY_NOT_WRITTEN
 * </pre>
 */
public final class AnomalyRules {
  private AnomalyRules() {}

  /** The anomalies of {@code summary}, in date order; empty for a clean run. */
  public static List<Anomaly> of(RunSummary summary, Clock clock) {
    List<Anomaly> found = new ArrayList<>();
    var now = clock.instant();
    for (DateOutcome o : summary.outcomes()) {
      switch (o) {
        case DateOutcome.Failed f ->
            found.add(new Anomaly(Anomaly.Kind.FAILURE, f.date(), f.message()));
        case DateOutcome.NotFetched n ->
            found.add(new Anomaly(Anomaly.Kind.FAILURE, n.date(), "not fetched: " + n.reason()));
        case DateOutcome.Refused r ->
            found.add(new Anomaly(Anomaly.Kind.REPEATED_LIST, r.date(), r.reason()));
        case DateOutcome.Empty e when e.weekday() && ListDates.closed(e.date(), now) ->
            found.add(
                new Anomaly(
                    Anomaly.Kind.EMPTY_WEEKDAY,
                    e.date(),
                    "a weekday whose list closed with no papers (a holiday, or the API changed)"));
        case DateOutcome.Published p when p.digest() != null && p.digest().allFellBack() ->
            found.add(
                new Anomaly(
                    Anomaly.Kind.DIGEST_ALL_FELL_BACK,
                    p.date(),
                    "every paper of the digest fell back to Hugging Face's summary ("
                        + p.digest().model()
                        + " gave no valid analysis)"));
        default -> {}
      }
    }
    for (MonthlyStep.Outcome m : summary.months()) {
      if (m instanceof MonthlyStep.Outcome.Failed f) {
        found.add(
            new Anomaly(
                Anomaly.Kind.MONTHLY_NOT_WRITTEN,
                null,
                "the monthly report of " + f.month() + " could not be written: " + f.message()));
      }
    }
    for (String problem : summary.push().problems()) {
      found.add(new Anomaly(Anomaly.Kind.PUSH_FAILED, null, problem));
    }
    return found;
  }
}
