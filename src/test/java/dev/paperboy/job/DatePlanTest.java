package dev.paperboy.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatePlanTest {
  static final LocalDate TODAY = LocalDate.of(2026, 8, 21);

  @Test
  void catchesUpFromTheDayAfterTheLastPublished() {
    assertThat(DatePlan.catchUp(TODAY, Optional.of(LocalDate.of(2026, 8, 14)), 14, 3))
        .first()
        .isEqualTo(LocalDate.of(2026, 8, 15));
    assertThat(DatePlan.catchUp(TODAY, Optional.of(LocalDate.of(2026, 8, 14)), 14, 3))
        .hasSize(7)
        .last()
        .isEqualTo(TODAY);
  }

  @Test
  void looksAtMostCatchUpDaysBack() {
    assertThat(DatePlan.catchUp(TODAY, Optional.of(LocalDate.of(2025, 1, 1)), 14, 3))
        .hasSize(15)
        .first()
        .isEqualTo(LocalDate.of(2026, 8, 7));
    assertThat(DatePlan.catchUp(TODAY, Optional.empty(), 14, 3)).hasSize(15);
  }

  @Test
  void alwaysRefreshesTheMostRecentDates() {
    assertThat(DatePlan.catchUp(TODAY, Optional.of(TODAY), 14, 3))
        .containsExactly(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
  }

  @Test
  void rangeIsInclusiveAndOrdered() {
    assertThat(DatePlan.range(TODAY.minusDays(2), TODAY)).hasSize(3);
    assertThatThrownBy(() -> DatePlan.range(TODAY, TODAY.minusDays(1)))
        .hasMessageContaining("before");
  }
}
