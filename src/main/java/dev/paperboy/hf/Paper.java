package dev.paperboy.hf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Daily Papers entry, normalised: clean single-line title and abstract, trimmed URLs, hidden
 * authors removed, legacy field names folded in. Fields the API did not send are null (or empty
 * lists); the text fields are untrusted and must be escaped by whoever renders them.
 *
 * @param id the arXiv id without version, e.g. {@code 2608.18565}
 * @param authors visible author names in arXiv order
 * @param organization null when the paper was not submitted under an organization
 * @param githubRepo a full {@code https://github.com/...} URL, or null
 * @param projectPage an http(s) URL, or null
 * @param aiSummary HF's one-sentence summary; absent for fresh papers
 * @param thumbnail the social thumbnail URL ({@code thumbnail}, legacy {@code mediaUrl})
 * @param mediaUrls submitter uploads: images and videos alike
 * @param publishedAt arXiv publication time
 * @param submittedOnDailyAt when the paper was put on the daily list; null before 2025-03-17
 * @param submittedBy the submitter's Hub username, or null
 */
public record Paper(
    String id,
    String title,
    String summary,
    List<String> authors,
    Organization organization,
    String githubRepo,
    String projectPage,
    String aiSummary,
    List<String> aiKeywords,
    String aiSummaryModel,
    String thumbnail,
    List<String> mediaUrls,
    Instant publishedAt,
    Instant submittedOnDailyAt,
    String submittedBy,
    Counts counts) {

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(counts, "counts");
    authors = List.copyOf(authors);
    aiKeywords = List.copyOf(aiKeywords);
    mediaUrls = List.copyOf(mediaUrls);
  }

  /** The paper's page on Hugging Face. */
  public String hfUrl() {
    return "https://huggingface.co/papers/" + id;
  }

  /** The paper's abstract page on arXiv. */
  public String arxivUrl() {
    return "https://arxiv.org/abs/" + id;
  }

  /** A copy with other counters, for re-ranking with archived snapshots. */
  public Paper withCounts(Counts newCounts) {
    return new Paper(
        id,
        title,
        summary,
        authors,
        organization,
        githubRepo,
        projectPage,
        aiSummary,
        aiKeywords,
        aiSummaryModel,
        thumbnail,
        mediaUrls,
        publishedAt,
        submittedOnDailyAt,
        submittedBy,
        newCounts);
  }
}
