package dev.paperboy.media;

import dev.paperboy.hf.TextCleaner;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a paper's figures in its arXiv HTML version: {@code figure.ltx_figure} elements with an
 * {@code img.ltx_graphics} and a {@code figcaption}, in document order. Image URLs are resolved as
 * hf-api.md §8 says: against {@code <base href>} when present, else the page's final URL, by RFC
 * 3986, without adding a slash, and without doubling a version directory already in {@code src}.
 */
final class ArxivFigures {
  static final int MAX_CAPTION = 300;
  private static final Pattern VERSIONED = Pattern.compile("^(\\d{4}\\.\\d{4,5}v\\d+)/.*");

  private ArxivFigures() {}

  /** One figure: where its image is and its caption (null when it has none). */
  record Figure(URI image, String caption) {}

  /** The first {@code max} figures of {@code html}, served from {@code page}. */
  static List<Figure> parse(String html, URI page, int max) {
    Document doc = Jsoup.parse(html, page.toString());
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
    for (Element figure : doc.select("figure.ltx_figure")) {
      if (figures.size() >= max) {
        break;
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
      Element caption = figure.selectFirst("figcaption");
      String text = caption == null ? "" : TextCleaner.singleLine(caption.text());
      if (text.length() > MAX_CAPTION) {
        text = text.substring(0, MAX_CAPTION - 1) + "…";
      }
      figures.add(new Figure(image, text.isEmpty() ? null : text));
    }
    return figures;
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
