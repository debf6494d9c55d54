package dev.paperboy.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.testing.Entries;
import dev.paperboy.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EntryParserTest {
  private static final Map<LocalDate, Integer> SIZES =
      Map.of(
          LocalDate.of(2024, 6, 3), 6,
          LocalDate.of(2024, 6, 17), 18,
          LocalDate.of(2024, 10, 25), 25,
          LocalDate.of(2025, 5, 22), 27,
          LocalDate.of(2025, 9, 30), 50,
          LocalDate.of(2025, 10, 8), 23,
          LocalDate.of(2026, 5, 12), 50,
          LocalDate.of(2026, 6, 12), 35,
          LocalDate.of(2026, 7, 21), 25,
          LocalDate.of(2026, 8, 20), 15);

  static List<LocalDate> days() {
    return Fixtures.DAYS;
  }

  @ParameterizedTest
  @MethodSource("days")
  void everyFixtureParsesCompletely(LocalDate date) {
    List<Paper> papers = EntryParser.parse(Fixtures.day(date), "fixture " + date);

    assertThat(papers).hasSize(SIZES.get(date));
    assertThat(papers)
        .allSatisfy(
            p -> {
              assertThat(p.id()).matches("\\d{4}\\.\\d{5}");
              assertThat(p.title()).isNotBlank().doesNotContain("\n");
              assertThat(p.summary()).isNotBlank().doesNotContain("\n");
              assertThat(p.thumbnail()).startsWith("https://cdn-thumbnails.huggingface.co/");
              assertThat(p.counts().upvotes()).isNotNegative();
            });
  }

  @Test
  void legacyMediaUrlIsTheThumbnail() {
    Paper first = EntryParser.parse(Fixtures.day(LocalDate.of(2024, 6, 3)), "f").get(0);

    assertThat(first.thumbnail())
        .isEqualTo(
            "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/"
                + first.id()
                + ".png");
    assertThat(first.organization()).isNull();
    assertThat(first.aiSummary()).isNull();
    assertThat(first.submittedOnDailyAt()).isNull();
  }

  @Test
  void transitionalSubmitterOrganizationIsTheOrganization() {
    List<Paper> papers = EntryParser.parse(Fixtures.day(LocalDate.of(2025, 9, 30)), "f");

    assertThat(papers.stream().filter(p -> p.organization() != null)).hasSize(33);
    assertThat(papers)
        .extracting(p -> p.organization() == null ? null : p.organization().displayName())
        .contains("Tsinghua University");
  }

  @Test
  void githubRepoWithEmbeddedNewlineIsJoined() {
    List<Paper> papers = EntryParser.parse(Fixtures.day(LocalDate.of(2025, 10, 8)), "f");

    assertThat(papers)
        .extracting(Paper::githubRepo)
        .filteredOn(r -> r != null && r.contains("sirano1004"))
        .singleElement()
        .satisfies(
            r -> assertThat(r).doesNotContainPattern("\\s").startsWith("https://github.com/"));
  }

  @Test
  void hiddenAuthorsAreSkipped() {
    String raw = new String(Fixtures.day(LocalDate.of(2024, 6, 17)), StandardCharsets.UTF_8);
    assertThat(raw).contains("\"hidden\": true");

    List<Paper> papers = EntryParser.parse(Fixtures.day(LocalDate.of(2024, 6, 17)), "f");

    assertThat(papers).flatExtracting(Paper::authors).doesNotContain("Xiqian Yu");
  }

  @Test
  void newestShapeKeepsEveryField() {
    Paper semaplc =
        EntryParser.parse(Fixtures.day(LocalDate.of(2026, 8, 20)), "f").stream()
            .filter(p -> p.id().equals("2608.18565"))
            .findFirst()
            .orElseThrow();

    assertThat(semaplc.organization().displayName()).isEqualTo("Midea AI Research Center");
    assertThat(semaplc.githubRepo()).isEqualTo("https://github.com/midea-ai/SemaPLC");
    assertThat(semaplc.counts().githubStars()).isEqualTo(30);
    assertThat(semaplc.aiSummaryModel()).isEqualTo("thinkingmachines/Inkling-Small");
    assertThat(semaplc.submittedOnDailyAt()).isEqualTo(Instant.parse("2026-08-20T00:00:00Z"));
    assertThat(semaplc.submittedBy()).isEqualTo("Allenyltu");
    assertThat(semaplc.mediaUrls()).singleElement().asString().endsWith(".gif");
    assertThat(semaplc.authors()).hasSize(13).startsWith("Yanlun Tu");
  }

  @Test
  void freshPapersHaveNoAiSummary() {
    assertThat(EntryParser.parse(Fixtures.day(LocalDate.of(2026, 7, 21)), "f"))
        .allSatisfy(
            p -> {
              assertThat(p.aiSummary()).isNull();
              assertThat(p.aiKeywords()).isEmpty();
            });
  }

  @Test
  void duplicateIdsKeepTheEntryWithMostUpvotes() {
    byte[] body =
        Entries.list()
            .add("2608.00001", "Old", 3)
            .add("2608.00001", "New", 9)
            .add("2608.00002", "B", 1)
            .bytes();

    List<Paper> papers = EntryParser.parse(body, "dup");

    assertThat(papers).extracting(Paper::id).containsExactly("2608.00001", "2608.00002");
    assertThat(papers.get(0).counts().upvotes()).isEqualTo(9);
  }

  @Test
  void truncatedJsonIsAnErrorNamingTheOrigin() {
    String json = Entries.list().addMany(0, 3).json();
    byte[] truncated = json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EntryParser.parse(truncated, "https://hf.test/api/daily_papers"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("https://hf.test/api/daily_papers")
        .hasMessageContaining("truncated");
  }

  @Test
  void arrayOfStringsIsAnError() {
    assertThatThrownBy(
            () -> EntryParser.parse("[\"a\",\"b\"]".getBytes(StandardCharsets.UTF_8), "u"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("no usable entry (2 skipped; first: entry 0 is a STRING");
  }

  @Test
  void errorBodyIsAnError() {
    assertThatThrownBy(
            () -> EntryParser.parse(Fixtures.bytes("fixtures/error-not-found.json"), "u"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("Sorry, we can't find the page");
  }

  @Test
  void entryWithoutValidIdIsAnError() {
    String body = "[{\"paper\":{\"id\":\"../../etc\",\"title\":\"x\",\"summary\":\"y\"}}]";

    assertThatThrownBy(() -> EntryParser.parse(body.getBytes(StandardCharsets.UTF_8), "u"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("valid arXiv id");
  }

  @Test
  void aBodyWithMoreEntriesThanADayCanHaveIsRefused() {
    String entry = "{\"paper\":{\"id\":\"2608.00001\",\"title\":\"x\",\"summary\":\"y\"}}";
    String body = "[" + String.join(",", java.util.Collections.nCopies(2_001, entry)) + "]";

    assertThatThrownBy(() -> EntryParser.parse(body.getBytes(StandardCharsets.UTF_8), "u"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("holds 2001 entries, more than the 2000 a day can have");
  }

  @Test
  void oneUnusableEntryIsSkippedAndTheOthersKept() {
    String body =
        "[{\"paper\":{\"id\":\"2608.00001\",\"title\":\" \",\"summary\":\"y\"}},"
            + "{\"paper\":{\"id\":\"2608.00002\",\"title\":\"ok\",\"summary\":\"y\","
            + "\"upvotes\":100000000000000000000}},"
            + "{\"paper\":{\"id\":\"2608.00003\",\"title\":\"kept\",\"summary\":\"y\","
            + "\"upvotes\":12}}]";

    EntryParser.Parsed parsed = EntryParser.read(body.getBytes(StandardCharsets.UTF_8), "u");

    assertThat(parsed.papers()).extracting(Paper::id).containsExactly("2608.00003");
    assertThat(parsed.skipped())
        .containsExactly(
            "entry 0 (2608.00001) has no title",
            "entry 1 (2608.00002) has upvotes = 100000000000000000000, outside 0 to 1000000");
  }

  @Test
  void emptyArrayIsAnEmptyDay() {
    assertThat(EntryParser.parse("[]".getBytes(StandardCharsets.UTF_8), "u")).isEmpty();
  }
}
