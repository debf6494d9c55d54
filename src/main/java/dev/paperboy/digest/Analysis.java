package dev.paperboy.digest;

import java.util.List;
import java.util.Objects;

/**
 * One paper's validated analysis, in Korean. Every field has passed {@link AnalysisParser}'s checks
 * and every number in it occurs in the paper's title or abstract.
 *
 * @param summary the one-line summary (📌)
 * @param keyPoints the key points (🔑)
 * @param developerView the developer's perspective (🧑‍💻)
 * @param ideas practical ideas (🚀)
 * @param risks risks and limitations (⚠️)
 * @param explanation the abstract-based detailed explanation (📝)
 * @param tags short topic tags, e.g. {@code Diffusion Model}
 * @param keyResults the main results read in the full text (📊 주요 결과), each with the section or
 *     table it comes from; none when only the abstract was read
 * @param basis what the model read: set by the digest, not by the model
 */
public record Analysis(
    String summary,
    List<String> keyPoints,
    String developerView,
    List<String> ideas,
    List<String> risks,
    String explanation,
    List<String> tags,
    Level difficulty,
    String difficultyReason,
    Level confidence,
    String confidenceReason,
    List<KeyResult> keyResults,
    Basis basis) {

  public Analysis {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(developerView, "developerView");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(confidence, "confidence");
    keyPoints = List.copyOf(keyPoints);
    ideas = List.copyOf(ideas);
    risks = List.copyOf(risks);
    tags = List.copyOf(tags);
    keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
    basis = basis == null ? Basis.ABSTRACT : basis;
  }

  /**
   * A result read in the full text.
   *
   * @param finding the result with its number, in Korean
   * @param source where it comes from: {@code §4.2} or {@code 표 2}
   */
  public record KeyResult(String finding, String source) {}

  /**
   * What the analysis was written from.
   *
   * @param fullText whether the body was read, besides the abstract
   * @param sections the labels of the sections read, e.g. {@code §4 Experiments}
   * @param tables how many tables were read
   * @param note why only the abstract was read, when it was
   */
  public record Basis(boolean fullText, List<String> sections, int tables, String note) {
    public Basis {
      sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The abstract alone, for an analysis from before full texts were read. */
    public static final Basis ABSTRACT = new Basis(false, List.of(), 0, null);

    static final int MAX_SECTIONS = 8;

    /**
     * How the post's 근거 line says it: {@code 본문 (§1, §3, §4 · 표 2개)}, or {@code 초록만 (arXiv HTML
     * 없음)}; more than {@value #MAX_SECTIONS} sections end in {@code 외 N개 절}.
     */
    public String label() {
      if (!fullText) {
        return note == null || note.isBlank() ? "초록만" : "초록만 (" + note + ")";
      }
      List<String> parts = new java.util.ArrayList<>();
      if (!sections.isEmpty()) {
        String shown =
            String.join(", ", sections.subList(0, Math.min(MAX_SECTIONS, sections.size())));
        parts.add(
            sections.size() > MAX_SECTIONS
                ? shown + " 외 " + (sections.size() - MAX_SECTIONS) + "개 절"
                : shown);
      }
      if (tables > 0) {
        parts.add("표 " + tables + "개");
      }
      return parts.isEmpty() ? "본문" : "본문 (" + String.join(" · ", parts) + ")";
    }
  }

  /** This analysis read from {@code value}. */
  public Analysis withBasis(Basis value) {
    return new Analysis(
        summary,
        keyPoints,
        developerView,
        ideas,
        risks,
        explanation,
        tags,
        difficulty,
        difficultyReason,
        confidence,
        confidenceReason,
        keyResults,
        value);
  }
}
