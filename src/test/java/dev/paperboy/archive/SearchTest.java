package dev.paperboy.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over the fixtures: English words, Korean substrings, filters, FTS syntax. */
class SearchTest {
  @TempDir Path tmp;
  Archive archive;

  @BeforeEach
  void setUp() {
    archive = Archive.open(tmp.resolve("archive.db"), Fixtures.clock());
    for (LocalDate d : Fixtures.DAYS) {
      archive
          .listings()
          .record(new DailyList(d, EntryParser.parse(Fixtures.day(d), "f"), Fixtures.NOW, "f"));
    }
  }

  @AfterEach
  void tearDown() {
    archive.close();
  }

  SearchResult search(String text) {
    return archive.search(new SearchQuery(text, null, null, null, null, null, null, 1, 100));
  }

  @Test
  void englishWordsMatchTitlesAndAbstractsWithPrefixes() {
    SearchResult r = search("reinforcement learn");
    assertThat(r.total()).isGreaterThan(3);
    assertThat(r.hits())
        .allSatisfy(
            h ->
                assertThat(
                        (h.paper().title()
                                + " "
                                + h.paper().summary()
                                + " "
                                + h.paper().aiKeywords())
                            .toLowerCase())
                    .contains("reinforcement")
                    .contains("learn"));
  }

  @Test
  void koreanOfOneTwoAndMoreSyllablesMatchTheDigestText() {
    String id = search("Zetta").hits().get(0).paper().id();
    archive
        .analyses()
        .store(
            new AnalysisCache.Key(id, "sha", "digest-v1", "m"),
            new AnalysisCache.Entry(
                "{\"summary\":\"폐루프 강화학습으로 스스로 추론하는 로봇\",\"tags\":[\"로봇\"]}", 0));

    assertThat(search("추론").hits()).extracting(h -> h.paper().id()).containsExactly(id);
    assertThat(search("강화학습").hits()).extracting(h -> h.paper().id()).containsExactly(id);
    assertThat(search("로").hits()).extracting(h -> h.paper().id()).containsExactly(id);
    assertThat(search("학습").total()).as("inside a word: a trigram needs 3").isZero();
    assertThat(search("화학습").hits()).extracting(h -> h.paper().id()).containsExactly(id);
    assertThat(search("로봇 zetta").hits()).extracting(h -> h.paper().id()).containsExactly(id);
    assertThat(search("추론 없는말").total()).isZero();

    assertThat(search("추론").hits().get(0).snippet())
        .as("the digest passage, where the Korean matched")
        .contains(SearchResult.MARK_START + "추론")
        .doesNotContain("Zetta");
    assertThat(search("강화학습").hits().get(0).snippet())
        .contains(SearchResult.MARK_START + "강화학습" + SearchResult.MARK_END);
    assertThat(search("zetta").hits().get(0).snippet())
        .as("English terms are marked in the abstract, by the browser")
        .isNull();
    assertThat(archive.search(SearchQuery.all(1, 5)).hits())
        .allSatisfy(h -> assertThat(h.snippet()).as("no text, no passage").isNull());
  }

  @Test
  void aCachedOneLineSummaryThatIsNotJsonIsStoredAndSearchable() {
    String id = search("Zetta").hits().get(0).paper().id();
    archive
        .analyses()
        .store(
            new AnalysisCache.Key(id, "sha", "oneline-v1", "m"),
            new AnalysisCache.Entry("스스로 진화하는 물리 지능", 0));

    assertThat(search("물리").hits()).extracting(h -> h.paper().id()).containsExactly(id);
  }

  @Test
  void writesOnlyNoteWhatChangedAndTheIndexCatchesUpInOneBatchOnUse() {
    // setUp recorded every fixture day; nothing has been searched yet.
    assertThat(archive.refreshSearch()).isEqualTo(archive.stats().papers());
    assertThat(archive.refreshSearch()).isZero();
    LocalDate d = LocalDate.of(2026, 8, 20);
    archive
        .listings()
        .record(new DailyList(d, EntryParser.parse(Fixtures.day(d), "f"), Fixtures.NOW, "f"));
    assertThat(archive.refreshSearch()).as("same papers, same text: nothing to index").isZero();
  }

  @Test
  void anArchiveFromBeforeTheIndexIsSearchableOnFirstUse() {
    var v6 = tmp.resolve("v6.db");
    var ds = new org.sqlite.SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + v6);
    org.flywaydb.core.Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("6")
        .load()
        .migrate();
    org.jdbi.v3.core.Jdbi.create(ds)
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO paper (id, title, summary, authors, ai_keywords, media_urls,"
                        + " first_seen_at, checked_at) VALUES ('2401.00001', 'Agentic"
                        + " retrieval', 'abs', '[]', '[]', '[]', 't', 't')"));

    try (Archive upgraded = Archive.open(v6, Fixtures.clock())) {
      SearchResult r =
          upgraded.search(new SearchQuery("agentic", null, null, null, null, null, null, 1, 10));
      assertThat(r.hits()).extracting(h -> h.paper().id()).containsExactly("2401.00001");
    }
  }

  @Test
  void filtersNarrowAndSortsOrder() {
    SearchResult all = archive.search(SearchQuery.all(1, 100));
    assertThat(all.total()).isEqualTo(archive.stats().papers());
    SearchResult popular =
        archive.search(
            new SearchQuery(null, null, null, null, null, 50, SearchQuery.Sort.UPVOTES, 1, 100));
    assertThat(popular.hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.paper().counts().upvotes()).isGreaterThanOrEqualTo(50));
    assertThat(popular.hits())
        .extracting(h -> h.paper().counts().upvotes())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    SearchResult august =
        archive.search(
            new SearchQuery(
                null,
                null,
                null,
                LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 31),
                null,
                null,
                1,
                100));
    assertThat(august.total()).isEqualTo(15);
  }

  @Test
  void organizationAndKeywordFiltersMatchExactlyIgnoringCaseAndAgreeWithTheRows() {
    List<dev.paperboy.hf.Paper> papers = new java.util.ArrayList<>();
    for (int page = 1; papers.size() < archive.stats().papers(); page++) {
      archive.search(SearchQuery.all(page, 100)).hits().forEach(h -> papers.add(h.paper()));
    }
    dev.paperboy.hf.Paper withOrg =
        papers.stream().filter(p -> p.organization() != null).findFirst().orElseThrow();
    String org = withOrg.organization().name();
    long expectedOrg =
        papers.stream()
            .filter(p -> p.organization() != null)
            .filter(
                p ->
                    org.equalsIgnoreCase(p.organization().name())
                        || org.equalsIgnoreCase(p.organization().fullname()))
            .count();
    SearchResult byOrg =
        archive.search(
            new SearchQuery(
                null,
                org.toUpperCase(java.util.Locale.ROOT),
                null,
                null,
                null,
                null,
                null,
                1,
                100));
    assertThat(byOrg.total()).isEqualTo((int) expectedOrg).isPositive();

    String keyword =
        papers.stream()
            .flatMap(p -> p.aiKeywords().stream())
            .filter(k -> k.contains(" "))
            .findFirst()
            .orElseThrow();
    long expectedKeyword =
        papers.stream()
            .filter(p -> p.aiKeywords().stream().anyMatch(k -> k.equalsIgnoreCase(keyword)))
            .count();
    SearchResult byKeyword =
        archive.search(
            new SearchQuery(
                null,
                null,
                keyword.toLowerCase(java.util.Locale.ROOT),
                null,
                null,
                null,
                null,
                1,
                100));
    assertThat(byKeyword.total()).isEqualTo((int) expectedKeyword).isPositive();
    assertThat(byKeyword.hits())
        .allSatisfy(
            h ->
                assertThat(h.paper().aiKeywords())
                    .anySatisfy(k -> assertThat(k).isEqualToIgnoringCase(keyword)));
    String firstWord = keyword.substring(0, keyword.indexOf(' '));
    assertThat(
            archive
                .search(
                    new SearchQuery(null, null, firstWord + "zz", null, null, null, null, 1, 10))
                .total())
        .isZero();
    for (String odd : List.of("...", "\"", "++", "NEAR(")) {
      assertThat(
              archive
                  .search(new SearchQuery(null, null, odd, null, null, null, null, 1, 10))
                  .total())
          .as(odd)
          .isZero();
    }
  }

  @Test
  void everySortKeepsItsOrderOnEachPageAndPagesDoNotOverlap() {
    for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
      SearchResult whole =
          archive.search(new SearchQuery("model", null, null, null, null, null, sort, 1, 100));
      List<String> paged = new java.util.ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        archive
            .search(new SearchQuery("model", null, null, null, null, null, sort, page, 7))
            .hits()
            .forEach(h -> paged.add(h.paper().id()));
      }
      assertThat(paged)
          .as(sort.name())
          .containsExactlyElementsOf(
              whole.hits().stream().limit(21).map(h -> h.paper().id()).toList());
      if (sort == SearchQuery.Sort.DATE) {
        assertThat(whole.hits())
            .extracting(SearchResult.Hit::lastListed)
            .isSortedAccordingTo(java.util.Comparator.reverseOrder());
      }
    }
  }

  @Test
  void wellFormedFtsSyntaxIsSearchedForNeverParsed() {
    for (String literal :
        List.of("a OR b", "title:x", "AND", "-x", "\"agent\"", "NEAR(agent reward)", "x*", "C++")) {
      assertThat(search(literal)).as(literal).isNotNull();
    }
    assertThat(search("NEAR(agent reward)").total())
        .as("NEAR is a word here, not an operator")
        .isEqualTo(search("near agent reward").total());
  }

  @Test
  void brokenSyntaxAndTextWithoutWordsAreRefusedWithAMessage() {
    for (String broken : List.of("NEAR(", "\"unterminated", "a) b(", "agent (reward")) {
      assertThatIllegalArgumentException()
          .as(broken)
          .isThrownBy(() -> search(broken))
          .withMessageContaining("unclosed quote or bracket");
    }
    for (String empty : List.of("\"", "(((", "*", "'", "--", "\"\"")) {
      assertThatIllegalArgumentException()
          .as(empty)
          .isThrownBy(() -> search(empty))
          .withMessageContaining("no letter or digit");
    }
  }

  @Test
  void outOfRangeQueriesAreRefusedWithAMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new SearchQuery("x".repeat(10_000), null, null, null, null, null, null, 1, 10))
        .withMessageContaining("최대 500자");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SearchQuery(null, null, null, null, null, null, null, -1, 10))
        .withMessageContaining("page는 1에서 10000 사이");
  }
}
