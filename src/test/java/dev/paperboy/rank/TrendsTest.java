package dev.paperboy.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.archive.Listings.Observation;
import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of {@link Trends}' Javadoc, and what is left out. */
class TrendsTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 8, 17);

  static Observation seen(String id, int upvotes, String at) {
    return new Observation(id, upvotes, 0, null, Instant.parse(at));
  }

  @Test
  void risersAreRankedByGrowthPerHourNotByTotalGrowth() {
    Paper a = RankingTest.paper("2608.00001", 70, 0);
    Paper b = RankingTest.paper("2608.00002", 200, 0);
    Paper once = RankingTest.paper("2608.00003", 500, 0);
    Paper flat = RankingTest.paper("2608.00004", 9, 0);
    Map<String, List<Observation>> h =
        Map.of(
            a.id(),
            List.of(
                seen(a.id(), 10, "2026-08-17T09:00:00Z"), seen(a.id(), 70, "2026-08-17T21:00:00Z")),
            b.id(),
            List.of(
                seen(b.id(), 5, "2026-08-17T09:00:00Z"), seen(b.id(), 200, "2026-08-21T09:00:00Z")),
            once.id(),
            List.of(seen(once.id(), 500, "2026-08-17T09:00:00Z")),
            flat.id(),
            List.of(
                seen(flat.id(), 9, "2026-08-17T09:00:00Z"),
                seen(flat.id(), 9, "2026-08-18T09:00:00Z")));

    List<Trends.Rise> rising = Trends.rising(List.of(a, b, once, flat), h, 10);

    assertThat(rising).extracting(r -> r.paper().id()).containsExactly(a.id(), b.id());
    assertThat(rising.get(0).perHour()).isEqualTo(5.0);
    assertThat(rising.get(1).perHour()).isCloseTo(2.03, org.assertj.core.data.Offset.offset(0.01));
    assertThat(rising.get(1).growth()).isEqualTo(195);
    assertThat(Trends.rising(List.of(a, b), h, 1)).hasSize(1);
  }

  @Test
  void aLateBloomerWasOutsideItsDaysTopByItsFirstCountsAndIsInTheWeeksTopNow() {
    List<Paper> day = new ArrayList<>();
    java.util.Map<String, List<Observation>> h = new java.util.HashMap<>();
    for (int i = 0; i < 15; i++) {
      String id = String.format("2608.%05d", i);
      int now = i == 13 ? 97 : 100 - i;
      day.add(RankingTest.paper(id, now, 0));
      h.put(id, List.of(seen(id, i == 13 ? 20 : 100 - i, "2026-08-17T10:00:00Z")));
    }
    RankedWeek week =
        Ranking.rank(
            Week.of(MONDAY),
            List.of(new ArchivedDay(MONDAY, day, Instant.parse("2026-08-17T10:00:00Z"), "t")));

    List<Trends.Late> late = Trends.late(week, h, 10, 5);

    assertThat(late)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.paper().id()).isEqualTo("2608.00013");
              assertThat(l.dayRank()).isEqualTo(15);
              assertThat(l.rank()).as("after 100, 99, 98 and 97 (2608.00003)").isEqualTo(5);
              assertThat(l.date()).isEqualTo(MONDAY);
            });
    assertThat(Trends.late(week, h, 10, 4)).as("5th now: outside a top 4").isEmpty();
    assertThat(Trends.late(week, h, 15, 5)).as("15th was inside a day's top 15").isEmpty();
    assertThat(Trends.late(week, h, 10, 20))
        .as("11th to 15th are all in a top 20 of 15, but only one grew")
        .extracting(l -> l.paper().id())
        .containsExactly("2608.00013");
  }
}
