package dev.paperboy.radar;

import java.util.List;

/** Turns text into a unit-length vector whose dot products measure likeness of meaning. */
public interface Embedder {
  /** The model's name, recorded with every vector kept. */
  String model();

  /** The vectors of {@code texts}, in order, each of unit length. */
  List<float[]> embed(List<String> texts);

  /** The cosine similarity of two unit vectors. */
  static double similarity(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      d += a[i] * b[i];
    }
    return d;
  }
}
