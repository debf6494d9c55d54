package dev.paperboy.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.testing.Images;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageProcessorTest {
  private static final URI FROM = URI.create("https://cdn-uploads.huggingface.co/x");
  private final ImageProcessor processor = new ImageProcessor(1200, 40_000_000L);

  private static BufferedImage decode(ImageProcessor.Jpeg jpeg) throws Exception {
    assertThat(ImageType.sniff(jpeg.bytes())).contains(ImageType.JPEG);
    return ImageIO.read(new ByteArrayInputStream(jpeg.bytes()));
  }

  @Test
  void everySupportedFormatBecomesAJpeg() throws Exception {
    assertThat(decode(processor.toJpeg(FROM, Images.png(300, 200))).getWidth()).isEqualTo(300);
    assertThat(decode(processor.toJpeg(FROM, Images.jpeg(320, 240))).getHeight()).isEqualTo(240);
    assertThat(decode(processor.toJpeg(FROM, Images.gif(100, 50))).getWidth()).isEqualTo(100);
    ImageProcessor.Jpeg webp = processor.toJpeg(FROM, Images.webp());
    assertThat(decode(webp).getWidth()).isEqualTo(16);
    assertThat(webp.height()).isEqualTo(16);
  }

  @Test
  void wideImagesAreScaledDownKeepingTheAspectRatio() throws Exception {
    ImageProcessor.Jpeg jpeg = processor.toJpeg(FROM, Images.png(3000, 1500));

    assertThat(jpeg.width()).isEqualTo(1200);
    assertThat(jpeg.height()).isEqualTo(600);
    assertThat(decode(jpeg).getWidth()).isEqualTo(1200);
  }

  @Test
  void aHugeHeaderIsRefusedBeforeDecoding() {
    byte[] bomb = Images.pngHeader(50_000, 50_000);
    assertThat(bomb.length).isLessThan(100);

    assertThatThrownBy(() -> processor.toJpeg(FROM, bomb))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("PNG claims 50000 × 50000 pixels, over the limit of 40000000");
  }

  @Test
  void htmlAndVideoAreNotImagesWhateverTheyClaim() {
    byte[] html =
        "<!doctype html><html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> processor.toJpeg(FROM, html))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("not a PNG, JPEG, GIF or WebP image");

    byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
    assertThatThrownBy(() -> processor.toJpeg(FROM, mp4)).hasMessageContaining("a video");
  }

  @Test
  void aTruncatedImageIsACleanError() {
    byte[] png = Images.png(200, 200);
    byte[] truncated = java.util.Arrays.copyOf(png, 60);

    assertThatThrownBy(() -> processor.toJpeg(FROM, truncated))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("cannot decode the PNG image");
  }

  @Test
  void hugeImagesAreDecodedSubsampled() {
    assertThat(processor.subsampling(1200, 800)).isEqualTo(1);
    assertThat(processor.subsampling(9600, 1000)).isEqualTo(4); // four times the output width
    assertThat(processor.subsampling(1000, 40_000)).isEqualTo(4); // 40 MP decoded as 2.5 MP
  }
}
