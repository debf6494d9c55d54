package dev.paperboy.cli;

import dev.paperboy.job.DateOutcome;
import dev.paperboy.util.Console;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports each processed date. In a log (cron, CI) it prints one line per date: {@code [3/14]
 * 2026-02-20 Fri 35 papers, post created}. On a terminal, a long run shows a progress bar instead
 * (dates done, papers, ETA) and prints only the dates that failed; {@link #close} ends the bar.
 */
final class Progress implements Consumer<DateOutcome>, AutoCloseable {
  private final Console console;
  private final int total;
  private final ProgressBar bar;
  private int done;
  private int papers;

  Progress(Console console, int total) {
    this(console, total, total > 1 && console.interactive());
  }

  Progress(Console console, int total, boolean bar) {
    this.console = console;
    this.total = total;
    this.bar =
        bar
            ? new ProgressBarBuilder()
                .setTaskName("Dates")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(
                    new DelegatingProgressBarConsumer(
                        line -> {
                          console.err().print('\r' + line);
                          console.err().flush();
                        },
                        100))
                .setUpdateIntervalMillis(200)
                .build()
            : null;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      console.err().println();
    }
  }

  @Override
  public void accept(DateOutcome outcome) {
    done++;
    if (outcome instanceof DateOutcome.Published p) {
      papers += p.papers();
    }
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(outcome.date() + ", " + papers + " papers");
      if (!outcome.failed() || outcome instanceof DateOutcome.NotFetched) {
        return;
      }
    }
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
      console.err().println((bar == null ? "" : "\r\033[K") + prefix + text);
    } else {
      console.out().println(prefix + text);
    }
  }
}
