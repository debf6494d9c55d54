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
}
