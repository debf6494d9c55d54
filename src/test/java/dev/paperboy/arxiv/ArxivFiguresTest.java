package dev.paperboy.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArxivFiguresTest {
  private static String page(String head, String... figures) {
    StringBuilder html = new StringBuilder("<html><head>" + head + "</head><body><article>");
    for (String f : figures) {
      html.append(f);
    }
    return html.append("</article></body></html>").toString();
  }

  private static String figure(String src, String caption) {
    return "<figure class=\"ltx_figure\" id=\"S1.F1\"><img class=\"ltx_graphics ltx_centering\" src=\""
        + src
        + "\" width=\"598\" alt=\"Refer to caption\"><figcaption class=\"ltx_caption\">"
        + caption
        + "</figcaption></figure>";
  }

  @Test
  void plainSrcResolvesAgainstTheFinalPageUrlWithoutAddingASlash() {
    List<ArxivFigures.Figure> figures =
        ArxivFigures.parse(
            page("", figure("x1.png", "Figure 1: Overview.")),
            URI.create("https://arxiv.org/html/2312.00752v2"),
            2);

    assertThat(figures)
        .containsExactly(
            new ArxivFigures.Figure(
                URI.create("https://arxiv.org/html/x1.png"), "Figure 1: Overview."));
  }

  @Test
  void baseHrefWinsOverThePageUrl() {
    List<ArxivFigures.Figure> figures =
        ArxivFigures.parse(
            page("<base href=\"/html/2312.00752v2/\">", figure("x1.png", "One")),
            URI.create("https://arxiv.org/html/2312.00752"),
            2);

    assertThat(figures.get(0).image()).hasToString("https://arxiv.org/html/2312.00752v2/x1.png");
  }

  @Test
  void extractedRasterImagesResolveUnderTheBase() {
    List<ArxivFigures.Figure> figures =
        ArxivFigures.parse(
            page(
                "<base href=\"/html/2312.00752v2/\">",
                figure("extracted/5286951/figures/teaser.png", "Teaser")),
            URI.create("https://arxiv.org/html/2312.00752"),
            2);

    assertThat(figures.get(0).image())
        .hasToString("https://arxiv.org/html/2312.00752v2/extracted/5286951/figures/teaser.png");
  }

  @Test
  void aVersionedPrefixInSrcIsNotDoubled() {
    URI viaBase =
        ArxivFigures.parse(
                page("<base href=\"/html/2606.05896v2/\">", figure("2606.05896v2/x1.png", "A")),
                URI.create("https://arxiv.org/html/2606.05896"),
                2)
            .get(0)
            .image();
    URI viaPage =
        ArxivFigures.parse(
                page("", figure("2606.05896v2/x1.png", "A")),
                URI.create("https://arxiv.org/html/2606.05896"),
                2)
            .get(0)
            .image();

    assertThat(viaBase).hasToString("https://arxiv.org/html/2606.05896v2/x1.png");
    assertThat(viaPage).hasToString("https://arxiv.org/html/2606.05896v2/x1.png");
  }

  @Test
  void takesTheFirstFiguresWithImagesInOrderAndCleansCaptions() {
    String noImage =
        "<figure class=\"ltx_figure\"><figcaption>Table-like figure</figcaption></figure>";
    String table =
        "<figure class=\"ltx_table\"><img class=\"ltx_graphics\" src=\"t1.png\"></figure>";
    List<ArxivFigures.Figure> figures =
        ArxivFigures.parse(
            page(
                "<base href=\"/html/2401.00001v1/\">",
                noImage,
                table,
                figure("x1.png", "Figure 1:\n  <b>Bold</b>   <script>x</script> caption"),
                figure("x1.png", "duplicate"),
                figure("x2.png", ""),
                figure("x3.png", "Third")),
            URI.create("https://arxiv.org/html/2401.00001"),
            2);

    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).image()).hasToString("https://arxiv.org/html/2401.00001v1/x1.png");
    assertThat(figures.get(0).caption()).isEqualTo("Figure 1: Bold caption");
    assertThat(figures.get(1).image()).hasToString("https://arxiv.org/html/2401.00001v1/x2.png");
    assertThat(figures.get(1).caption()).isNull();
  }

  /** A page shaped as LaTeXML writes it: panels, a table, an algorithm, math in captions. */
  private static List<ArxivFigures.Figure> latexml() {
    return ArxivFigures.parse(
        dev.paperboy.testing.Fixtures.text("latexml/2608.00001v1.html"),
        URI.create("https://arxiv.org/html/2608.00001v1"),
        2);
  }

  @Test
  void aCaptionWithInlineMathReadsEachFormulaOnce() {
    assertThat(latexml().get(0).caption())
        .isEqualTo("Figure 1: Accuracy as a function of λ on GSM8K, with k=8 experts.")
        .doesNotContain("𝜆", "\\lambda", "λλ");
  }

  @Test
  void aFigureWithPanelsIsOneFigureUnderItsParentCaptionAndTheNextFigureIsStillFound() {
    List<ArxivFigures.Figure> figures = latexml();

    assertThat(figures)
        .extracting(f -> f.image().toString(), ArxivFigures.Figure::caption)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://arxiv.org/html/2608.00001v1/x1.png",
                "Figure 1: Accuracy as a function of λ on GSM8K, with k=8 experts."),
            org.assertj.core.groups.Tuple.tuple(
                "https://arxiv.org/html/2608.00001v1/extracted/5286951/figures/pipeline.png",
                "Figure 2: The pipeline for O(n\\log n) routing."));
  }
}
