package dev.paperboy.cli;

import dev.paperboy.job.DatePlan;
import dev.paperboy.job.DigestJob;
import dev.paperboy.job.RunEvent;
import dev.paperboy.util.Console;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prints what a run tells ({@link RunEvent}): the report on standard output, problems and waiting
 * on standard error, and each date through {@link Progress} (a bar on a terminal, a line per date
 * in a log). Close it when the run returns.
 */
final class RunPrinter implements Consumer<RunEvent>, AutoCloseable {
  private final Console console;
  private final String command;
  private final Path site;
  private Progress progress;
  private int digests;
  private int digestTotal;

  /**
   * @param command what kind of run this is, for its lines: {@code daily}, {@code monthly}
   */
  RunPrinter(Console console, String command, Path site) {
    this.console = console;
    this.command = command;
    this.site = site;
  }

  @Override
  public void accept(RunEvent event) {
    switch (event) {
      case RunEvent.Waiting w ->
          console
              .err()
              .println(
                  "paperboy: "
                      + w.site()
                      + " is in use by "
                      + w.holder()
                      + "; waiting up to "
                      + w.patience().toSeconds()
                      + " s for it to finish.");
      case RunEvent.ArchiveMovedAside m ->
          console
              .err()
              .println(
                  "paperboy: the archive "
                      + m.file()
                      + " is unreadable ("
                      + m.reason()
                      + "); moved it to "
                      + m.aside()
                      + " and rebuilding it.");
      case RunEvent.Rebuilt r -> {
        console
            .out()
            .println(
                "No archive at "
                    + r.file()
                    + ": rebuilding it from "
                    + r.from()
                    + " before going on.");
        console.out().println(r.result().line());
      }
      case RunEvent.Planned p -> planned(p.plan(), p.source());
      case RunEvent.Hint h -> console.out().println(h.text());
      case RunEvent.DateDone d -> progress(1).accept(d.outcome());
      case RunEvent.DigestDone d -> digest(d.outcome());
      case RunEvent.Watching w -> {
        if (w.total() > 1_000 && (w.done() % 2_000 == 0 || w.done() == w.total())) {
          console.err().printf("Watchlists: %,d of %,d archived papers%n", w.done(), w.total());
          console.err().flush();
        }
      }
      case RunEvent.AlertSent a ->
          console.out().println("Alert sent: " + a.problems() + " problem(s).");
      case RunEvent.AlertFailed f ->
          console.err().println("paperboy: the alert could not be sent: " + f.problem());
    }
  }

  /** Prepares the per-date lines of a digest run of {@code total} dates. */
  RunPrinter digests(int total) {
    this.digestTotal = total;
    return this;
  }

  private void planned(DatePlan.Plan plan, String source) {
    List<?> dates = plan.dates();
    if (command.equals("monthly")) {
      if (!dates.isEmpty()) {
        console
            .out()
            .printf(
                "Fetching the %d list dates of %s again for current upvotes, from %s%n",
                dates.size(), plan.month(), source);
      }
    } else {
      if (plan.refetched() > 0) {
        console
            .out()
            .printf(
                "Finishing the %s monthly report: fetching its %d list dates again for current"
                    + " upvotes%n",
                plan.month(), plan.refetched());
      }
      if (plan.weekRefetched() > 0) {
        console
            .out()
            .printf(
                "Finishing the %s weekly edition: fetching its %d list dates again for current"
                    + " upvotes%n",
                plan.week(), plan.weekRefetched());
      }
      if (dates.size() > 1) {
        console
            .out()
            .printf(
                "Processing %d list dates, %s to %s, from %s%n",
                dates.size(), plan.dates().getFirst(), plan.dates().getLast(), source);
      }
    }
    progress = new Progress(console, dates.size());
  }

  private Progress progress(int fallback) {
    if (progress == null) {
      progress = new Progress(console, fallback);
    }
    return progress;
  }

  private void digest(DigestJob.Outcome outcome) {
    String prefix =
        String.format(Locale.ROOT, "[%d/%d] %s  ", ++digests, digestTotal, outcome.date());
    switch (outcome) {
      case DigestJob.Outcome.Written w ->
          console.out().println(prefix + w.papers() + " papers, " + w.report().describe());
      case DigestJob.Outcome.Weekend w -> console.out().println(prefix + "no papers (weekend)");
      case DigestJob.Outcome.NotArchived n ->
          console
              .err()
              .println(
                  prefix
                      + "FAILED: no archived papers for this date; run 'paperboy daily --site "
                      + site
                      + " --date "
                      + n.date()
                      + "' first.");
      case DigestJob.Outcome.Failed f -> console.err().println(prefix + "FAILED: " + f.message());
    }
  }

  @Override
  public void close() {
    if (progress != null) {
      progress.close();
      progress = null;
    }
  }
}
