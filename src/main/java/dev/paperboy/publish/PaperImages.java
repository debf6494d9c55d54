package dev.paperboy.publish;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The images a digest post shows for one paper: the thumbnail and the paper's own figures, as links
 * already checked to be safe, with untrusted alt text and captions.
 */
public record PaperImages(Image thumbnail, List<Image> figures) {
  /** No images: the post omits the image lines. */
  public static final PaperImages NONE = new PaperImages(null, List.of());

  public PaperImages {
    figures = List.copyOf(figures);
  }

  /**
   * One image.
   *
   * @param src a site-relative or absolute path that passed {@link MarkdownText#url}-like checks
   * @param alt the alt text (escaped on output)
   * @param caption shown under a figure, or null
   */
  public record Image(SafeString src, String alt, String caption) {}
}
