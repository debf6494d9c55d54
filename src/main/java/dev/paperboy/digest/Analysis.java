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
    String confidenceReason) {

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
  }
}
