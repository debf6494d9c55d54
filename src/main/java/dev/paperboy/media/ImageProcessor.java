package dev.paperboy.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns untrusted image bytes into a JPEG no wider than the configured maximum. The format is
 * sniffed from the bytes; width × height is read from the header and checked before anything is
 * decoded, so a small file claiming a huge image (a decompression bomb) is refused cheaply. GIFs
 * give their first frame; transparency is flattened onto white.
 */
final class ImageProcessor {
  static final float QUALITY = 0.85f;
  static final long MAX_DECODED_PIXELS = 4_000_000L;

  private final int maxWidth;
  private final long maxPixels;

  ImageProcessor(int maxWidth, long maxPixels) {
    this.maxWidth = maxWidth;
    this.maxPixels = maxPixels;
    ImageIO.setUseCache(false);
  }

  /** A re-encoded image. */
  record Jpeg(byte[] bytes, int width, int height) {}

  Jpeg toJpeg(URI from, byte[] bytes) {
    if (ImageType.isVideo(bytes)) {
      throw new MediaException(from, "a video, not an image");
    }
    ImageType type =
        ImageType.sniff(bytes)
            .orElseThrow(() -> new MediaException(from, "not a PNG, JPEG, GIF or WebP image"));
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new MediaException(from, "no reader for " + type);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
          throw new MediaException(
              from,
              String.format(
                  "%s claims %d × %d pixels, over the limit of %d",
                  type, width, height, maxPixels));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(width, height);
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        return encode(scaled(reader.read(0, param)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof MediaException m) {
        throw m;
      }
      throw new MediaException(from, "cannot decode the " + type + " image: " + e.getMessage(), e);
    }
  }

  /**
   * Decodes every n-th pixel of images much larger than needed: at most twice the output width, and
   * at most {@value #MAX_DECODED_PIXELS} pixels, so five images decoded in parallel stay small.
   */
  int subsampling(int width, int height) {
    int byWidth = width / (maxWidth * 2);
    int byArea = (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS));
    return Math.max(1, Math.max(byWidth, byArea));
  }

  private BufferedImage scaled(BufferedImage image) {
    int width = Math.min(image.getWidth(), maxWidth);
    int height =
        Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static Jpeg encode(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return new Jpeg(bytes.toByteArray(), image.getWidth(), image.getHeight());
  }
}
