package dev.paperboy.radar;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One watchlist ({@code watchlists:} in the config file). A paper matches when any positive rule
 * matches (a keyword, an organization, an author, a submitter, or the {@code about} interest by
 * meaning), none of {@code exclude} does, and it has at least {@code minUpvotes}.
 *
 * @param name how links, data files and push targets name it: letters, digits, {@code - _}
 * @param title how posts show it, e.g. {@code 에이전트}
 * @param keywords whole words or phrases, any case, a plural included, in the title, abstract or
 *     Hugging Face's keywords
 * @param exclude the same, none of which may occur
 * @param organizations names whose every word occurs in the paper's organization (name or full
 *     name)
 * @param authors names equal to one of the paper's authors (any case)
 * @param submitters Hugging Face user names that submitted the paper
 * @param about an interest in a sentence or two, matched by meaning; null for none
 * @param similarity the least cosine similarity to {@code about} that matches
 */
public record Watchlist(
    String name,
    String title,
    List<String> keywords,
    List<String> exclude,
    List<String> organizations,
    List<String> authors,
    List<String> submitters,
    String about,
    int minUpvotes,
    double similarity) {
  /** What a watchlist's name may be: it appears in links, feed file names and push targets. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  public Watchlist {
    Objects.requireNonNull(name, "name");
    title = title == null || title.isBlank() ? name : title;
    keywords = List.copyOf(keywords);
    exclude = List.copyOf(exclude);
    organizations = List.copyOf(organizations);
    authors = List.copyOf(authors);
    submitters = List.copyOf(submitters);
  }

  /** Whether it has any positive rule at all. */
  public boolean hasRules() {
    return !keywords.isEmpty()
        || !organizations.isEmpty()
        || !authors.isEmpty()
        || !submitters.isEmpty()
        || about != null;
  }
}
