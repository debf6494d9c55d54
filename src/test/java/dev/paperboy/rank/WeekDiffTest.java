package dev.paperboy.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of {@link WeekDiff}'s Javadoc. */
class WeekDiffTest {
  @Test
  void saysWhatOnlyEachListHoldsAndWhichCountsDiffer() {
    LocalDate monday = LocalDate.of(2026, 8, 17);
    Paper a = RankingTest.paper("2608.00001", 120, 0);
    Paper b = RankingTest.paper("2608.00002", 90, 0);
    Paper c = RankingTest.paper("2608.00003", 40, 0);
    RankedWeek merged =
        Ranking.rank(
            Week.of(monday),
            List.of(
                new ArchivedDay(monday, List.of(a), Instant.EPOCH, "t"),
                new ArchivedDay(monday.plusDays(1), List.of(b), Instant.EPOCH, "t"),
                new ArchivedDay(monday.plusDays(4), List.of(c), Instant.EPOCH, "t")));
    List<Paper> api =
        List.of(RankingTest.paper("2608.00001", 131, 0), b, RankingTest.paper("2608.00004", 12, 0));

    WeekDiff d = WeekDiff.of(merged, api, 10);

    assertThat(d.merged()).isEqualTo(3);
    assertThat(d.listed()).isEqualTo(3);
    assertThat(d.onlyInApi()).extracting(Paper::id).containsExactly("2608.00004");
    assertThat(d.onlyMerged()).extracting(Paper::id).containsExactly("2608.00003");
    assertThat(d.counts())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.paper().id()).isEqualTo("2608.00001");
              assertThat(x.merged()).isEqualTo(120);
              assertThat(x.api()).isEqualTo(131);
            });
    assertThat(d.sameTop()).isFalse();
    assertThat(d.same()).isFalse();
    assertThat(WeekDiff.of(merged, List.of(a, b, c), 2).same()).isTrue();
    assertThat(WeekDiff.of(merged, List.of(c, b, a), 2).sameTop()).isTrue();
  }
}
