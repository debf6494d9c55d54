package dev.paperboy.hf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The papers of one list date as fetched at one instant.
 *
 * @param date the list date (a UTC date)
 * @param papers de-duplicated by id, in the order the source gave
 * @param fetchedAt when the counters were read (UTC)
 * @param origin where the list came from: the first request URL, or the file path
 * @param skipped why each unusable entry of the source was left out (see {@link EntryParser})
 */
public record DailyList(
    LocalDate date, List<Paper> papers, Instant fetchedAt, String origin, List<String> skipped) {
  public DailyList {
    papers = List.copyOf(papers);
    skipped = List.copyOf(skipped);
  }

  /** A list with nothing skipped. */
  public DailyList(LocalDate date, List<Paper> papers, Instant fetchedAt, String origin) {
    this(date, papers, fetchedAt, origin, List.of());
  }

  public boolean isEmpty() {
    return papers.isEmpty();
  }
}
