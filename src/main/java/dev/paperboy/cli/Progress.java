package dev.paperboy.cli;

import dev.paperboy.job.DateOutcome;
import java.util.Locale;
import java.util.function.Consumer;

/** Prints one line per processed date: {@code [3/14] 2026-02-20 Fri 35 papers, post created}. */
final class Progress implements Consumer<DateOutcome> {
  private final Console console;
  private final int total;
  private int done;

  Progress(Console console, int total) {
    this.console = console;
    this.total = total;
  }

  @Override
  public void accept(DateOutcome outcome) {
    done++;
    if (outcome instanceof DateOutcome.NotFetched) {
      return; // the run summary names them all in one line
    }
    String prefix =
        String.format(
            Locale.ROOT,
            "[%d/%d] %s %s  ",
            done,
            total,
            outcome.date(),
            outcome
                .date()
                .getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
    String text =
        switch (outcome) {
          case DateOutcome.Published p ->
              p.papers()
                  + " papers, post "
                  + p.files()
                      .get(dev.paperboy.publish.DailyPost.path(p.date()))
                      .name()
                      .toLowerCase(Locale.ROOT)
                  + (p.digest() == null ? "" : ", " + p.digest().describe())
                  + (p.skipped().isEmpty()
                      ? ""
                      : ", " + p.skipped().size() + " entry(ies) skipped");
          case DateOutcome.Empty e ->
              e.weekday() ? "no papers listed (weekday)" : "no papers (weekend)";
          case DateOutcome.NotYet n -> "not listed yet (the UTC day has not started)";
          case DateOutcome.Refused r -> "REFUSED: " + r.reason();
          case DateOutcome.Failed f -> "FAILED: " + f.message();
          case DateOutcome.NotFetched n -> "not fetched: " + n.reason();
        };
    if (outcome.failed()) {
      console.err().println(prefix + text);
    } else {
      console.out().println(prefix + text);
    }
  }
}
