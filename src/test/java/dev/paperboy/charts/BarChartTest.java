package dev.paperboy.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {
  static List<BarChart.Point> month() {
    List<BarChart.Point> points = new ArrayList<>();
    for (int day = 1; day <= 21; day++) {
      points.add(new BarChart.Point(Integer.toString(day), 10 + day % 7));
    }
    return points;
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anSvgDocumentWithOneBarPerPointAndTheSameBytesEveryTime() throws Exception {
    String svg = BarChart.svg(month(), 800, 320);

    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    NodeList rects = doc.getElementsByTagName("rect");
    int bars = 0;
    String colour = "rgb(47,111,208)";
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (colour.equals(rect.getAttribute("fill")) || rect.getAttribute("style").contains(colour)) {
        bars++;
      }
    }
    assertThat(bars).isEqualTo(21);
    assertThat(svg).contains(">21</text>");
    assertThat(BarChart.svg(month(), 800, 320)).isEqualTo(svg);
  }

  static int filled(Document doc, String tag, String colour) {
    NodeList nodes = doc.getElementsByTagName(tag);
    int n = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (colour.equals(e.getAttribute("fill")) || e.getAttribute("style").contains(colour)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aLineOverTheBarsHasOneMarkerPerPoint() throws Exception {
    List<Double> upvotes = month().stream().map(p -> p.value() * 40).toList();

    String svg = BarChart.svg(month(), upvotes, 800, 320);

    Document doc = parse(svg);
    assertThat(filled(doc, "rect", "rgb(47,111,208)")).isEqualTo(21);
    assertThat(filled(doc, "g", "fill:rgb(224,108,31)")).isEqualTo(21);
    assertThat(BarChart.svg(month(), upvotes, 800, 320)).isEqualTo(svg);
  }

  @Test
  void equalLabelsStayTwoBars() throws Exception {
    String svg =
        BarChart.svg(
            List.of(new BarChart.Point("08-21", 3), new BarChart.Point("08-21", 5)), 400, 200);
    assertThat(filled(parse(svg), "rect", "rgb(47,111,208)")).isEqualTo(2);
  }

  @Test
  void aLineMustHaveOneValuePerBar() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> BarChart.svg(month(), List.of(1.0), 800, 320))
        .withMessageContaining("1 line values for 21 bars");
  }

  @Test
  void labelsAreDataNotMarkup() throws Exception {
    String svg = BarChart.svg(List.of(new BarChart.Point("<script>x</script> & <b>", 3)), 400, 200);

    Document doc = parse(svg);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(svg).doesNotContain("<script>", "<b>");
  }
}
