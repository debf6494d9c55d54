package dev.paperboy.media;

import java.util.List;

/**
 * The images stored for one paper: its thumbnail and its own figures. Plain values; whoever shows
 * them escapes the untrusted alt text and captions.
 *
 * @param thumbnail null when none was stored
 */
public record Illustrations(Image thumbnail, List<Image> figures) {
  /** No images. */
  public static final Illustrations NONE = new Illustrations(null, List.of());

  public Illustrations {
    figures = List.copyOf(figures);
  }

  /**
   * One stored image.
   *
   * @param path the file, relative to the site, e.g. {@code assets/img/papers/2602.12345/thumb.jpg}
   * @param url how posts refer to it: {@code media.base-path} and the file name, e.g. {@code
   *     /assets/img/papers/2602.12345/thumb.jpg}
   * @param alt the alt text (untrusted: made from the title or caption)
   * @param caption shown under a figure, or null
   */
  public record Image(String path, String url, String alt, String caption) {}
}
