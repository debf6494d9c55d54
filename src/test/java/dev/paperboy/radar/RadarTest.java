package dev.paperboy.radar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.archive.Archive;
import dev.paperboy.hf.DailyList;
import dev.paperboy.hf.EntryParser;
import dev.paperboy.hf.Paper;
import dev.paperboy.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interests matched by meaning with the real in-process model, loaded from the jar offline. */
class RadarTest {
  static final MiniLm MODEL = new MiniLm();

  @TempDir Path dir;
  private Archive archive;
  private List<Paper> day;

  @BeforeEach
  void open() {
    archive = Archive.open(dir.resolve("archive.db"), Fixtures.clock());
    LocalDate date = LocalDate.of(2026, 8, 20);
    day = EntryParser.parse(Fixtures.day(date), "f");
    archive.listings().record(new DailyList(date, day, Fixtures.NOW, "f"));
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private static Watchlist about(String name, String about) {
    return new Watchlist(
        name, name, List.of(), List.of(), List.of(), List.of(), List.of(), about, 0, 0.30);
  }

  /** The model, counting the texts it is asked to embed. */
  private static final class Counting implements Embedder {
    final AtomicInteger texts = new AtomicInteger();

    @Override
    public String model() {
      return MODEL.model();
    }

    @Override
    public List<float[]> embed(List<String> t) {
      texts.addAndGet(t.size());
      return MODEL.embed(t);
    }
  }

  @Test
  void twoParaphrasedInterestsMatchTheSamePaperAndAnUnrelatedOneDoesNot() {
    Counting model = new Counting();
    Radar radar =
        new Radar(
            new RadarSettings(
                List.of(
                    about("agents", "LLM agents that call tools and act in software environments"),
                    about(
                        "assistants",
                        "autonomous language-model assistants using APIs and tools to finish tasks"
                            + " on a computer"),
                    about(
                        "cathedrals",
                        "the history of medieval European cathedrals and their architecture")),
                0.30),
            archive.embeddings(),
            () -> model);
    Paper tooling = day.stream().filter(p -> p.id().equals("2608.18171")).findFirst().orElseThrow();

    Matches m = radar.matches(day);

    assertThat(m.of(tooling.id()))
        .extracting(Match::name)
        .as(tooling.title())
        .containsExactly("agents", "assistants");
    assertThat(m.of(tooling.id()).get(0).why()).matches("관심사 유사도 0\\.\\d\\d");
    assertThat(m.byPaper().values())
        .allSatisfy(list -> assertThat(list).extracting(Match::name).doesNotContain("cathedrals"));
    assertThat(model.texts.get()).as("3 interests and the day's papers").isEqualTo(3 + day.size());

    Counting again = new Counting();
    new Radar(radar.settingsForTest(), archive.embeddings(), () -> again).matches(day);
    assertThat(again.texts.get()).as("the papers' vectors are kept in the archive").isEqualTo(3);
    assertThat(archive.embeddings().count(MiniLm.MODEL)).isEqualTo(day.size());
  }

  @Test
  void theDefaultThresholdKeepsPrecisionAndRecallOnTheLabelledSet() throws Exception {
    Map<String, Paper> papers = new HashMap<>();
    try (var files = Files.list(Path.of("src/test/resources/fixtures"))) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith("daily_papers")).toList()) {
        for (Paper p : EntryParser.parse(Files.readAllBytes(f), "f")) {
          papers.putIfAbsent(p.id(), p);
        }
      }
    }
    Map<String, float[]> interests = new HashMap<>();
    interests.put(
        "agents",
        MODEL
            .embed(
                List.of(
                    "LLM agents that plan, call tools and act in software environments such as the"
                        + " web, GUIs, browsers or operating systems"))
            .get(0));
    interests.put(
        "video",
        MODEL
            .embed(
                List.of(
                    "generating videos from text or images with diffusion models, including long"
                        + " and real-time video synthesis"))
            .get(0));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> rows = new ArrayList<>();
    for (String line : Fixtures.text("radar/labelled.tsv").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Paper p = papers.get(f[1]);
      double s =
          Embedder.similarity(MODEL.embed(List.of(Radar.text(p))).get(0), interests.get(f[0]));
      boolean predicted = s >= RadarSettings.DEFAULT_SIMILARITY;
      boolean relevant = f[2].equals("1");
      tp += predicted && relevant ? 1 : 0;
      fp += predicted && !relevant ? 1 : 0;
      fn += !predicted && relevant ? 1 : 0;
      rows.add(f[0]);
    }
    double precision = (double) tp / (tp + fp);
    double recall = (double) tp / (tp + fn);

    assertThat(rows).hasSize(137);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.85);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.85);
  }
}
