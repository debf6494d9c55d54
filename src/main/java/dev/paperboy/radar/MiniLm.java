package dev.paperboy.radar;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence-embedding model (quantized), run inside the JVM by ONNX Runtime: no
 * service to start, no network; the model ships in a jar. Loaded on first use (about a second),
 * only by a run whose watchlists have an {@code about}. Inputs longer than the model's 256 tokens
 * are cut by it; vectors are normalised to unit length. Thread-safe.
 */
public final class MiniLm implements Embedder {
  /** The model's name as the archive records it. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  static final int BATCH = 32;

  private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    AllMiniLmL6V2QuantizedEmbeddingModel m = loaded();
    List<float[]> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i += BATCH) {
      List<TextSegment> batch =
          texts.subList(i, Math.min(texts.size(), i + BATCH)).stream()
              .map(t -> TextSegment.from(t.isBlank() ? "(empty)" : t))
              .toList();
      for (Embedding e : m.embedAll(batch).content()) {
        out.add(unit(e.vector()));
      }
    }
    return out;
  }

  private AllMiniLmL6V2QuantizedEmbeddingModel loaded() {
    AllMiniLmL6V2QuantizedEmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        if (model == null) {
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        m = model;
      }
    }
    return m;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    double norm = Math.sqrt(n);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
