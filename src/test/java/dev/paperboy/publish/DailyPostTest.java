package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.archive.ArchivedDay;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.rank.Ranking;
import dev.paperboy.testing.Fixtures;
import dev.paperboy.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DailyPostTest {
  @TempDir Path site;

  static RankedDay fixtureDay(LocalDate date) {
    return Ranking.rank(
        new ArchivedDay(
            date,
            EntryParser.parse(Fixtures.day(date), "f"),
            Instant.parse("2026-08-21T01:30:00Z"),
            "daily_papers-" + date + ".json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-03", "2025-10-08", "2026-05-12", "2026-08-20"})
  void rendersTheSeedFormat(String date) {
    RankedDay day = fixtureDay(LocalDate.parse(date));

    String post = new DailyPost(new Templates(site), PostSettings.defaults()).render(day, 10);

    Golden.assertMatches("daily/" + date + "-daily-papers.md", post);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-10-08", "2026-08-20"})
  void dataFileListsEveryPaperWithProvenance(String date) {
    RankedDay day = fixtureDay(LocalDate.parse(date));

    String json = new String(DailyData.render(day, "paperboy test"), StandardCharsets.UTF_8);

    Golden.assertMatches("daily/daily-" + date + ".json", json);
  }

  @org.junit.jupiter.api.Test
  void siteTemplateOverridesTheBundledOne() throws Exception {
    Path templates = site.resolve(Templates.SITE_FOLDER);
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve(DailyPost.TEMPLATE),
        "{% for e in entries %}{{ e.rank }}:{{ e.title }}\n{% endfor %}",
        StandardCharsets.UTF_8);

    String post =
        new DailyPost(new Templates(site), PostSettings.defaults())
            .render(fixtureDay(LocalDate.of(2024, 6, 3)), 2);

    assertThat(post)
        .endsWith(
            "---\n\n1:Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality\n2:Video-MME: The First-Ever Comprehensive Evaluation Benchmark of Multi-modal LLMs in Video Analysis\n");
  }

  @org.junit.jupiter.api.Test
  void brokenOverrideFailsNamingTheTemplate() throws Exception {
    Path templates = site.resolve(Templates.SITE_FOLDER);
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve(DailyPost.TEMPLATE), "{{ nosuchvariable }}", StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                new DailyPost(new Templates(site), PostSettings.defaults())
                    .render(fixtureDay(LocalDate.of(2024, 6, 3)), 2))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining(DailyPost.TEMPLATE)
        .hasMessageContaining(site.toString());
  }
}
