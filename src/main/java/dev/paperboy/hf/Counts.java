package dev.paperboy.hf;

/**
 * The live counters of a paper at one fetch: they keep rising for days after the list date.
 *
 * @param githubStars null when the API did not say (absent before 2025-06-25, or no repository)
 */
public record Counts(int upvotes, int comments, Integer githubStars) {}
