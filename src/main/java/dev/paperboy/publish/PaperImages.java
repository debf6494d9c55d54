package dev.paperboy.publish;

import dev.paperboy.media.Illustrations;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The images a digest post shows for one paper, as the template sees them: links already checked to
 * be safe, with untrusted alt text and captions (escaped on output).
 */
public record PaperImages(Image thumbnail, List<Image> figures) {
  /** No images: the post omits the image lines. */
  public static final PaperImages NONE = new PaperImages(null, List.of());

  public PaperImages {
    figures = List.copyOf(figures);
  }

  /** The stored images of a paper, as a post shows them; images with unsafe links are left out. */
  public static PaperImages of(Illustrations stored) {
    Image thumbnail = stored.thumbnail() == null ? null : image(stored.thumbnail());
    return new PaperImages(
        thumbnail,
        stored.figures().stream().map(PaperImages::image).filter(i -> i != null).toList());
  }

  private static Image image(Illustrations.Image stored) {
    SafeString src = MarkdownText.path(stored.url());
    return src == null ? null : new Image(src, stored.alt(), stored.caption());
  }

  /**
   * One image.
   *
   * @param src a site-relative or absolute path that passed {@link MarkdownText#path}
   * @param alt the alt text (escaped on output)
   * @param caption shown under a figure, or null
   */
  public record Image(SafeString src, String alt, String caption) {}
}
