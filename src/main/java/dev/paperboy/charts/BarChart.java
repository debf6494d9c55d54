package dev.paperboy.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A bar chart as an SVG document, one bar per point, drawn by JFreeChart into JFreeSVG. The same
 * points always give the same bytes (the SVG's definition ids are fixed, nothing depends on the
 * time), so a post that embeds the chart stays unchanged on a re-run. Labels are data, written as
 * SVG text by the library, which escapes them; keep them short (day numbers): the chart carries no
 * title or axis name, which the page around it gives in its own language and fonts.
 *
 * <pre>
 * BarChart.svg(List.of(new Point("3", 12), new Point("4", 17)), 800, 320)
 *   = "&lt;?xml version=\"1.0\"?&gt;&lt;svg …&gt; … two bars … &lt;/svg&gt;"
 * </pre>
 */
public final class BarChart {
  /** The bars' colour, also how tests find them. */
  public static final Color BAR = new Color(0x2f, 0x6f, 0xd0);

  /** The line's and its markers' colour. */
  public static final Color LINE = new Color(0xe0, 0x6c, 0x1f);

  /** One bar: its label on the category axis and its height. */
  public record Point(String label, double value) {}

  private BarChart() {}

  /** A bar's key: its position, so that equal labels (two snapshots on one day) stay two bars. */
  private record Category(int index, String label) implements Comparable<Category> {
    @Override
    public int compareTo(Category other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * {@code points} as a line with a marker (a square filled with {@link #BAR}, an SVG {@code rect})
   * per point, as a standalone SVG document: for a history, where one observation is one dot, not a
   * bar across the whole chart.
   */
  public static String dots(List<Point> points, int width, int height) {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < points.size(); i++) {
      data.addValue(points.get(i).value(), "series", new Category(i, points.get(i).label()));
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    categories.setMaximumCategoryLabelLines(1);
    NumberAxis values = new NumberAxis(null);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    values.setAutoRangeIncludesZero(true);
    LineAndShapeRenderer marks = new LineAndShapeRenderer(true, true);
    marks.setSeriesPaint(0, BAR);
    marks.setSeriesStroke(0, new BasicStroke(2f));
    marks.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
    marks.setDrawOutlines(false);
    CategoryPlot plot = new CategoryPlot(data, categories, values, marks);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setOutlineVisible(false);
    return draw(plot, width, height);
  }

  private static String draw(CategoryPlot plot, int width, int height) {
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix("paperboy");
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGDocument();
  }

  /** The chart of {@code points} as a standalone SVG document of {@code width} × {@code height}. */
  public static String svg(List<Point> points, int width, int height) {
    return svg(points, List.of(), width, height);
  }

  /**
   * The bars of {@code points} with a second measure drawn over them as a line with one marker per
   * point, on its own axis at the right: {@code line.get(i)} belongs to {@code points.get(i)}.
   * Markers are small squares filled with {@link #LINE} (an SVG group each), how tests find them.
   *
   * @throws IllegalArgumentException unless {@code line} is empty or as long as {@code points}
   */
  public static String svg(List<Point> points, List<Double> line, int width, int height) {
    if (!line.isEmpty() && line.size() != points.size()) {
      throw new IllegalArgumentException(
          line.size() + " line values for " + points.size() + " bars");
    }
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < points.size(); i++) {
      data.addValue(points.get(i).value(), "series", new Category(i, points.get(i).label()));
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    categories.setMaximumCategoryLabelLines(1);
    NumberAxis values = new NumberAxis(null);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setSeriesPaint(0, BAR);
    CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setOutlineVisible(false);
    if (!line.isEmpty()) {
      DefaultCategoryDataset second = new DefaultCategoryDataset();
      for (int i = 0; i < points.size(); i++) {
        second.addValue(line.get(i), "line", new Category(i, points.get(i).label()));
      }
      NumberAxis right = new NumberAxis(null);
      right.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      LineAndShapeRenderer marks = new LineAndShapeRenderer(true, true);
      marks.setSeriesPaint(0, LINE);
      marks.setSeriesStroke(0, new BasicStroke(2f));
      marks.setSeriesShape(0, new Rectangle2D.Double(-3, -3, 6, 6));
      marks.setDrawOutlines(false);
      plot.setDataset(1, second);
      plot.setRangeAxis(1, right);
      plot.mapDatasetToRangeAxis(1, 1);
      plot.setRenderer(1, marks);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }
    return draw(plot, width, height);
  }
}
