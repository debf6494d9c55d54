package dev.paperboy.arxiv;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A paper's arXiv HTML page, read once for everything Paperboy takes from it: its version, its
 * figures (for the digest's images) and its body (for the model).
 *
 * @param version the versioned id the page is of, e.g. {@code 2312.00752v2}, or empty
 */
public record ArxivPage(String version, List<ArxivFigures.Figure> figures, FullText text) {
  /** Deeper elements than this are parsed as siblings: a hostile page cannot nest without end. */
  static final int MAX_DEPTH = 256;

  private static final Pattern VERSION = Pattern.compile("(\\d{4}\\.\\d{4,5}v\\d+)");

  public ArxivPage {
    figures = List.copyOf(figures);
  }

  /** Reads the page {@code html}, served from {@code url}, keeping up to {@code maxFigures}. */
  public static ArxivPage parse(String html, URI url, int maxFigures) {
    Document doc = document(html, url);
    String version = version(doc, url);
    List<ArxivFigures.Figure> figures = ArxivFigures.parse(doc, url, maxFigures);
    return new ArxivPage(version, figures, BodyText.extract(doc));
  }

  static Document document(String html, URI url) {
    Parser parser = Parser.htmlParser();
    parser.setMaxDepth(MAX_DEPTH);
    return Jsoup.parse(withoutAnnotations(html), url.toString(), parser);
  }

  /**
   * {@code html} without MathML's {@code annotation} and {@code annotation-xml} elements: copies of
   * each formula (content MathML, TeX) that nothing here reads and that make up about half of a
   * math-heavy page's bytes, so the parser never builds them. An unclosed one is left in place.
   */
  static String withoutAnnotations(String html) {
    int at = html.indexOf("<annotation");
    if (at < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    int from = 0;
    while (at >= 0) {
      boolean xml = html.startsWith("<annotation-xml", at);
      String close = xml ? "</annotation-xml>" : "</annotation>";
      char next = html.length() > at + 11 ? html.charAt(at + 11) : ' ';
      if (!xml && next != '>' && !Character.isWhitespace(next)) {
        at = html.indexOf("<annotation", at + 1);
        continue;
      }
      int end = html.indexOf(close, at);
      if (end < 0) {
        break;
      }
      out.append(html, from, at);
      from = end + close.length();
      at = html.indexOf("<annotation", from);
    }
    return out.append(html, from, html.length()).toString();
  }

  private static String version(Document doc, URI url) {
    Element base = doc.selectFirst("base[href]");
    Matcher m = VERSION.matcher(base != null ? base.attr("href") : url.toString());
    return m.find() ? m.group(1) : "";
  }
}
