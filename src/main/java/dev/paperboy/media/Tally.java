package dev.paperboy.media;

import java.util.ArrayList;
import java.util.List;

/** Counts what the illustrator did in a run. Thread-safe. */
public final class Tally {
  private int downloaded;
  private int reused;
  private final List<String> failures = new ArrayList<>();

  synchronized void downloaded() {
    downloaded++;
  }

  synchronized void reused() {
    reused++;
  }

  synchronized void failed(String what) {
    failures.add(what);
  }

  synchronized Totals totals() {
    return new Totals(downloaded, reused, List.copyOf(failures));
  }

  /**
   * The counts at one moment.
   *
   * @param downloaded images fetched and stored in this run
   * @param reused images already stored by an earlier run
   * @param failures one line per image or page that failed
   */
  public record Totals(int downloaded, int reused, List<String> failures) {
    /** The run summary's line. */
    public String line() {
      return "Images: "
          + downloaded
          + " downloaded, "
          + reused
          + " already stored, "
          + failures.size()
          + " failed"
          + (failures.isEmpty()
              ? "."
              : " (" + failures.get(0) + (failures.size() > 1 ? "; …" : "") + ").");
    }
  }
}
