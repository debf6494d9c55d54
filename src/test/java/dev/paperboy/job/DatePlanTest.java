package dev.paperboy.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.archive.LedgerStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatePlanTest {
  static final LocalDate TODAY = LocalDate.of(2026, 8, 21);

  static Map<LocalDate, LedgerStatus> ledger(LocalDate from, LocalDate to, LedgerStatus status) {
    Map<LocalDate, LedgerStatus> known = new HashMap<>();
    DatePlan.range(from, to).forEach(d -> known.put(d, status));
    return known;
  }

  @Test
  void doesEveryDateOwedInTheWindowOldestFirst() {
    Map<LocalDate, LedgerStatus> known =
        ledger(TODAY.minusDays(14), TODAY.minusDays(7), LedgerStatus.PUBLISHED);
    known.put(TODAY.minusDays(12), LedgerStatus.FAILED);
    known.put(TODAY.minusDays(11), LedgerStatus.FETCHED);
    known.put(TODAY.minusDays(10), LedgerStatus.EMPTY);

    assertThat(DatePlan.catchUp(TODAY, known, 14, 3))
        .containsExactly(
            TODAY.minusDays(12),
            TODAY.minusDays(11),
            TODAY.minusDays(6),
            TODAY.minusDays(5),
            TODAY.minusDays(4),
            TODAY.minusDays(3),
            TODAY.minusDays(2),
            TODAY.minusDays(1),
            TODAY);
  }

  @Test
  void looksAtMostCatchUpDaysBack() {
    assertThat(DatePlan.catchUp(TODAY, Map.of(), 14, 3))
        .hasSize(15)
        .first()
        .isEqualTo(LocalDate.of(2026, 8, 7));
  }

  @Test
  void alwaysRefreshesTheMostRecentDates() {
    assertThat(
            DatePlan.catchUp(
                TODAY, ledger(TODAY.minusDays(20), TODAY, LedgerStatus.PUBLISHED), 14, 3))
        .containsExactly(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
  }

  @Test
  void rangeIsInclusiveAndOrdered() {
    assertThat(DatePlan.range(TODAY.minusDays(2), TODAY)).hasSize(3);
    assertThatThrownBy(() -> DatePlan.range(TODAY, TODAY.minusDays(1)))
        .hasMessageContaining("before");
  }
}
