package dev.paperboy.digest;

import dev.paperboy.hf.Paper;

/** What the digest has to say about one paper: a model's analysis, or the labelled fallback. */
public sealed interface PaperDigest {
  Paper paper();

  /**
   * A validated analysis.
   *
   * @param model the model that wrote it, as {@link Summarizer#model()} names it
   * @param cached whether it came from the archive's cache rather than a call made in this run
   * @param removedNumbers how many sentences or items were dropped for numbers not in the abstract
   */
  record Analyzed(Paper paper, Analysis analysis, String model, boolean cached, int removedNumbers)
      implements PaperDigest {}

  /**
   * No usable analysis: the post shows Hugging Face's own AI summary and keywords, labelled.
   *
   * @param reason why, for the log and the run summary
   */
  record Fallback(Paper paper, String reason) implements PaperDigest {}
}
