package dev.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.hf.RetryPolicy;
import dev.paperboy.rank.Ranking;
import dev.paperboy.testing.Answers;
import dev.paperboy.testing.FakeSummarizer;
import dev.paperboy.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigesterTest {
  private static final LocalDate DATE = LocalDate.of(2026, 8, 20);
  @TempDir Path dir;
  private Archive archive;
  private List<Paper> top5;

  @BeforeEach
  void open() {
    archive = Archive.open(dir.resolve("archive.db"), Fixtures.clock());
    List<Paper> papers = EntryParser.parse(Fixtures.day(DATE), "f");
    archive.listings().record(new DailyList(DATE, papers, Fixtures.NOW, "f"));
    top5 = Ranking.rank(papers).subList(0, 5);
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private Digester digester(Summarizer model, Budget budget, int concurrency) {
    return new Digester(
        Optional.of(model),
        archive.analyses(),
        budget,
        new Usage(),
        concurrency,
        RetryPolicy.defaults(),
        d -> {});
  }

  private static Budget generous() {
    return new Budget(100, 10_000_000, 1, Pricing.UNKNOWN);
  }

  @Test
  void aSecondRunIsServedFromTheCacheWithoutCalls() {
    FakeSummarizer model = FakeSummarizer.valid();
    List<PaperDigest> first = digester(model, generous(), 4).digest(top5, false);
    assertThat(model.calls()).isEqualTo(5);

    Digester again = digester(model, generous(), 4);
    List<PaperDigest> second = again.digest(top5, false);

    assertThat(model.calls()).isEqualTo(5);
    assertThat(second).allSatisfy(d -> assertThat(((PaperDigest.Analyzed) d).cached()).isTrue());
    assertThat(second.stream().map(d -> ((PaperDigest.Analyzed) d).analysis()))
        .containsExactlyElementsOf(
            first.stream().map(d -> ((PaperDigest.Analyzed) d).analysis()).toList());
    assertThat(again.usage().totals().cached()).isEqualTo(5);
    assertThat(again.usage().totals().calls()).isZero();
  }

  @Test
  void refreshAChangedAbstractOrAnotherModelMeansNewCalls() {
    FakeSummarizer model = FakeSummarizer.valid();
    digester(model, generous(), 4).digest(top5, false);

    digester(model, generous(), 4).digest(top5, true);
    assertThat(model.calls()).isEqualTo(10);

    Paper edited = top5.get(0);
    edited =
        new Paper(
            edited.id(),
            edited.title(),
            edited.summary() + " Revised.",
            edited.authors(),
            edited.organization(),
            edited.githubRepo(),
            edited.projectPage(),
            edited.aiSummary(),
            edited.aiKeywords(),
            edited.aiSummaryModel(),
            edited.thumbnail(),
            edited.mediaUrls(),
            edited.publishedAt(),
            edited.submittedOnDailyAt(),
            edited.submittedBy(),
            edited.counts());
    digester(model, generous(), 4).digest(List.of(edited), false);
    assertThat(model.calls()).isEqualTo(11);

    FakeSummarizer other = new FakeSummarizer("fake/other", Answers::validFor);
    digester(other, generous(), 4).digest(top5, false);
    assertThat(other.calls()).isEqualTo(5);
  }

  @Test
  void whenTheBudgetIsUsedUpTheRestFallBack() {
    FakeSummarizer model = FakeSummarizer.valid();
    Digester digester = digester(model, new Budget(2, 10_000_000, 1, Pricing.UNKNOWN), 1);

    List<PaperDigest> digests = digester.digest(top5, false);

    assertThat(model.calls()).isEqualTo(2);
    assertThat(digests.stream().filter(d -> d instanceof PaperDigest.Fallback)).hasSize(3);
    assertThat(digests)
        .filteredOn(d -> d instanceof PaperDigest.Fallback)
        .allSatisfy(
            d ->
                assertThat(((PaperDigest.Fallback) d).reason())
                    .isEqualTo("the run's budget of 2 model calls is used up"));
  }

  @Test
  void aKnownPriceCapsTheEstimatedCost() {
    FakeSummarizer model = FakeSummarizer.valid(); // 1,000 tokens in, 500 out per call
    Budget budget = new Budget(100, 10_000_000, 0.01, new Pricing(5, 10)); // $0.01 per call

    List<PaperDigest> digests = digester(model, budget, 1).digest(top5, false);

    assertThat(model.calls()).isEqualTo(1);
    assertThat(digests).filteredOn(d -> d instanceof PaperDigest.Analyzed).hasSize(1);
    assertThat(digests)
        .filteredOn(d -> d instanceof PaperDigest.Fallback)
        .hasSize(4)
        .allSatisfy(
            d ->
                assertThat(((PaperDigest.Fallback) d).reason())
                    .isEqualTo("the run's budget of $0.01 is used up"));
  }

  @Test
  void requestsRunInParallelUpToTheLimit() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch twoAtOnce = new CountDownLatch(1);
    FakeSummarizer model =
        new FakeSummarizer(
            "fake/slow",
            conversation -> {
              int now = inFlight.incrementAndGet();
              most.accumulateAndGet(now, Math::max);
              if (now == 2) {
                twoAtOnce.countDown();
              }
              try {
                assertThat(twoAtOnce.await(10, TimeUnit.SECONDS))
                    .as("a second request ran while the first was in flight")
                    .isTrue();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              inFlight.decrementAndGet();
              return Answers.validFor(conversation);
            });

    List<PaperDigest> digests = digester(model, generous(), 2).digest(top5, false);

    assertThat(digests).allSatisfy(d -> assertThat(d).isInstanceOf(PaperDigest.Analyzed.class));
    assertThat(most.get()).isEqualTo(2);
    assertThat(digests.stream().map(PaperDigest::paper)).containsExactlyElementsOf(top5);
  }

  @Test
  void withoutAModelEveryPaperFallsBackWithoutTouchingTheCache() {
    Digester none =
        new Digester(
            Optional.empty(),
            archive.analyses(),
            generous(),
            new Usage(),
            4,
            RetryPolicy.defaults(),
            d -> {});

    assertThat(none.digest(top5, false))
        .allSatisfy(
            d -> assertThat(((PaperDigest.Fallback) d).reason()).isEqualTo("no model configured"));
    assertThat(none.model()).isEqualTo("none");
  }
}
