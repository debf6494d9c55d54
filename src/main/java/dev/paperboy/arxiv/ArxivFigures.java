package dev.paperboy.arxiv;

import dev.paperboy.hf.TextCleaner;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a paper's figures in its arXiv HTML version as LaTeXML writes it, in document order.
 *
 * <ul>
 *   <li>A figure is a top-level {@code figure.ltx_figure}: tables ({@code ltx_table}) and
 *       algorithms are not figures, and the panels of a figure ({@code figure.ltx_figure_panel}
 *       inside an {@code ltx_flex_figure}) are not figures of their own. A figure with panels shows
 *       its first panel's image under the parent caption.
 *   <li>The caption is the figure's own {@code figcaption}, its "Figure N:" tag kept. Math is
 *       rendered once, from the presentation MathML, with the {@code annotation} and {@code
 *       annotation-xml} copies dropped; {@code alttext} (the TeX) only when there is no
 *       presentation text.
 * </ul>
 *
 * <p>Image URLs are resolved as hf-api.md §8 says: against {@code <base href>} when present, else
 * the page's final URL, by RFC 3986, without adding a slash, and without doubling a version
 * directory already in {@code src}.
 */
public final class ArxivFigures {
  static final int MAX_CAPTION = 300;
  private static final Evaluator FIGURE = QueryParser.parse("figure.ltx_figure");
  private static final Evaluator MATH = QueryParser.parse("math");
  private static final Evaluator ANNOTATIONS = QueryParser.parse("annotation, annotation-xml");
  private static final Pattern VERSIONED = Pattern.compile("^(\\d{4}\\.\\d{4,5}v\\d+)/.*");

  private ArxivFigures() {}

  /** One figure: where its image is and its caption (null when it has none). */
  public record Figure(URI image, String caption) {}

  /** The first {@code max} figures of {@code html}, served from {@code page}. */
  static List<Figure> parse(String html, URI page, int max) {
    return parse(ArxivPage.document(html, page), page, max);
  }

  /** The first {@code max} figures of a parsed page served from {@code page}. */
  static List<Figure> parse(Document doc, URI page, int max) {
    Element base = doc.selectFirst("base[href]");
    URI baseUri = page;
    if (base != null) {
      try {
        baseUri = page.resolve(base.attr("href").strip());
      } catch (IllegalArgumentException e) {
        baseUri = page;
      }
    }
    List<Figure> figures = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (Element figure : doc.select(FIGURE)) {
      if (figures.size() >= max) {
        break;
      }
      if (figure.hasClass("ltx_figure_panel") || isInsideAFigure(figure)) {
        continue;
      }
      Element img = figure.selectFirst("img.ltx_graphics[src]");
      if (img == null || img.attr("src").isBlank()) {
        continue;
      }
      URI image;
      try {
        image = resolve(baseUri, img.attr("src").strip());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (!seen.add(image)) {
        continue;
      }
      Element caption = figure.selectFirst("> figcaption");
      String text = caption == null ? "" : captionText(caption);
      if (text.length() > MAX_CAPTION) {
        text = text.substring(0, MAX_CAPTION - 1) + "…";
      }
      figures.add(new Figure(image, text.isEmpty() ? null : text));
    }
    return figures;
  }

  private static boolean isInsideAFigure(Element figure) {
    for (Element parent = figure.parent(); parent != null; parent = parent.parent()) {
      if (parent.is(FIGURE)) {
        return true;
      }
    }
    return false;
  }

  /** The caption's text with each formula written once; see the class comment. */
  static String captionText(Element caption) {
    Element copy = caption.clone();
    mathOnce(copy);
    return TextCleaner.singleLine(copy.text());
  }

  /**
   * Replaces every formula in {@code element} by its text, written once: the presentation MathML,
   * or the TeX ({@code alttext}) when that has no text; the content-MathML and TeX annotations,
   * which repeat each symbol, are dropped.
   */
  static void mathOnce(Element element) {
    for (Element math : element.select(MATH)) {
      math.select(ANNOTATIONS).remove();
      String text = math.text().strip();
      if (text.isEmpty()) {
        text = math.attr("alttext").strip();
      }
      math.replaceWith(new TextNode(text));
    }
  }

  /** Resolves {@code src} against {@code base}, keeping a single version directory. */
  static URI resolve(URI base, String src) {
    var m = VERSIONED.matcher(src);
    if (m.matches() && base.getPath() != null && base.getPath().endsWith("/" + m.group(1) + "/")) {
      base = base.resolve("..");
    }
    return base.resolve(src);
  }
}
