package dev.paperboy.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's pushes came to: one entry per target and date it dealt with, and the targets whose
 * secret is not set. Its lines go to standard output, its problems to standard error; neither
 * changes the run's exit code.
 */
public record PushReport(List<Delivery> deliveries, List<String> unconfigured) {
  public PushReport {
    deliveries = List.copyOf(deliveries);
    unconfigured = List.copyOf(unconfigured);
  }

  /** Nothing pushed: no target, or nothing new. */
  public static final PushReport NONE = new PushReport(List.of(), List.of());

  /** What became of one date's message to one target. */
  public record Delivery(String target, LocalDate date, Result result) {}

  /** The four ends of a message. */
  public sealed interface Result {
    /** The platform took it. */
    record Sent() implements Result {}

    /** Not sent, and never will be by a run: the date was too old. */
    record Skipped(String reason) implements Result {}

    /** Not sent this time; a later run tries again while the date is recent. */
    record Failed(String reason) implements Result {}

    /** Refused for good by the platform; {@code paperboy push} can send it by hand. */
    record Refused(String reason) implements Result {}
  }

  /** For standard output, per target: what was sent and what was too old. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Delivery>> t : byTarget().entrySet()) {
      List<LocalDate> sent = dates(t.getValue(), Result.Sent.class);
      List<LocalDate> skipped = dates(t.getValue(), Result.Skipped.class);
      if (!sent.isEmpty()) {
        out.add("Push " + t.getKey() + ": sent " + list(sent) + ".");
      }
      if (!skipped.isEmpty()) {
        out.add(
            "Push "
                + t.getKey()
                + ": "
                + skipped.size()
                + " date(s) too old to push ("
                + range(skipped)
                + "), recorded as skipped.");
      }
    }
    return out;
  }

  /** For standard error: one line per failing target, and per target without its secret. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Delivery>> t : byTarget().entrySet()) {
      List<Delivery> failed =
          t.getValue().stream()
              .filter(
                  d -> d.result() instanceof Result.Failed || d.result() instanceof Result.Refused)
              .toList();
      if (failed.isEmpty()) {
        continue;
      }
      Delivery first = failed.get(0);
      boolean lasting = first.result() instanceof Result.Refused;
      String reason =
          first.result() instanceof Result.Failed f
              ? f.reason()
              : ((Result.Refused) first.result()).reason();
      out.add(
          "Push "
              + t.getKey()
              + ": "
              + list(failed.stream().map(Delivery::date).toList())
              + " not sent: "
              + reason
              + (lasting
                  ? "; refused, not tried again (paperboy push --date D --target "
                      + t.getKey()
                      + " sends it by hand)."
                  : "; the next run tries again."));
    }
    for (String u : unconfigured) {
      out.add("Push " + u);
    }
    return out;
  }

  /** Whether any message failed or a target lacks its secret: worth an alert. */
  public boolean failing() {
    return !unconfigured.isEmpty()
        || deliveries.stream()
            .anyMatch(
                d -> d.result() instanceof Result.Failed || d.result() instanceof Result.Refused);
  }

  /** How many messages were sent. */
  public long sent() {
    return deliveries.stream().filter(d -> d.result() instanceof Result.Sent).count();
  }

  private Map<String, List<Delivery>> byTarget() {
    Map<String, List<Delivery>> out = new LinkedHashMap<>();
    for (Delivery d : deliveries) {
      out.computeIfAbsent(d.target(), k -> new ArrayList<>()).add(d);
    }
    return out;
  }

  private static List<LocalDate> dates(List<Delivery> ds, Class<? extends Result> kind) {
    return ds.stream().filter(d -> kind.isInstance(d.result())).map(Delivery::date).toList();
  }

  private static String list(List<LocalDate> dates) {
    return dates.size() <= 3
        ? String.join(", ", dates.stream().map(LocalDate::toString).toList())
        : range(dates);
  }

  private static String range(List<LocalDate> dates) {
    return dates.size() == 1
        ? dates.get(0).toString()
        : dates.get(0) + " to " + dates.get(dates.size() - 1) + " (" + dates.size() + ")";
  }
}
