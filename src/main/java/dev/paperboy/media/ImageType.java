package dev.paperboy.media;

import java.util.Optional;

/** The image formats Paperboy reads, recognised by their first bytes, never by a header. */
public enum ImageType {
  PNG,
  JPEG,
  GIF,
  WEBP;

  /** The format {@code bytes} start with, if any. */
  public static Optional<ImageType> sniff(byte[] bytes) {
    if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (starts(bytes, 0, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** Whether {@code bytes} look like a video container (MP4/QuickTime, WebM/Matroska). */
  public static boolean isVideo(byte[] bytes) {
    return starts(bytes, 4, 'f', 't', 'y', 'p')
        || starts(bytes, 4, 'm', 'o', 'o', 'v')
        || starts(bytes, 0, 0x1A, 0x45, 0xDF, 0xA3);
  }

  private static boolean starts(byte[] bytes, int offset, int... magic) {
    if (bytes.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[offset + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
