package dev.paperboy.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.hf.Counts;
import dev.paperboy.hf.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  static Paper paper(String id, int upvotes, int comments) {
    return new Paper(
        id,
        "t",
        "s",
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        new Counts(upvotes, comments, null));
  }

  @Test
  void upvotesThenCommentsThenArxivId() {
    List<Paper> ranked =
        Ranking.rank(
            List.of(
                paper("2602.00003", 5, 0),
                paper("2602.00002", 5, 1),
                paper("2602.00001", 5, 0),
                paper("2602.00009", 9, 0)));

    assertThat(ranked)
        .extracting(Paper::id)
        .containsExactly("2602.00009", "2602.00002", "2602.00001", "2602.00003");
  }

  @Test
  void aRankedDayCutsTheRanking() {
    var day =
        Ranking.rank(
            new dev.paperboy.archive.ArchivedDay(
                java.time.LocalDate.of(2026, 2, 20),
                List.of(paper("a", 1, 0), paper("b", 2, 0), paper("c", 3, 0)),
                null,
                "test"));
    assertThat(day.papers()).extracting(Paper::id).containsExactly("c", "b", "a");
    assertThat(day.top(2)).extracting(Paper::id).containsExactly("c", "b");
  }

  static dev.paperboy.archive.ArchivedDay day(String date, String seen, Paper... papers) {
    return new dev.paperboy.archive.ArchivedDay(
        java.time.LocalDate.parse(date),
        List.of(papers),
        seen == null ? null : java.time.Instant.parse(seen),
        "f");
  }

  @Test
  void aMonthCountsEachPaperOnceWithTheCountsObservedLast() {
    RankedMonth month =
        Ranking.rank(
            java.time.YearMonth.of(2024, 6),
            List.of(
                day("2024-06-17", "2024-06-18T03:00:00Z", paper("A", 40, 0), paper("C", 7, 0)),
                day("2024-06-03", "2024-06-04T03:00:00Z", paper("A", 10, 0), paper("B", 5, 0)),
                // Re-fetched later than 06-17 was: its counts for A are the newest.
                day("2024-06-10", "2024-06-20T03:00:00Z", paper("A", 44, 1))));

    assertThat(month.papers())
        .extracting(p -> p.id() + ":" + p.counts().upvotes())
        .containsExactly("A:44", "C:7", "B:5");
    assertThat(month.days())
        .extracting(d -> d.date().toString())
        .containsExactly("2024-06-03", "2024-06-10", "2024-06-17");
    assertThat(month.upvotes()).isEqualTo(56);
    assertThat(month.countsAsOf()).isEqualTo(java.time.Instant.parse("2024-06-20T03:00:00Z"));
  }

  @Test
  void aDayOutsideTheMonthIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Ranking.rank(
                    java.time.YearMonth.of(2024, 6),
                    List.of(day("2024-07-01", null, paper("A", 1, 0)))))
        .withMessageContaining("2024-07-01 is not in 2024-06");
  }
}
