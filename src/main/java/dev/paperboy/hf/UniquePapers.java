package dev.paperboy.hf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Papers by arXiv id, in the order first seen: when a list names a paper twice (in one body, or on
 * two pages of a date), the copy with more upvotes is kept, and of two with as many, the first.
 */
final class UniquePapers {
  private final Map<String, Paper> byId = new LinkedHashMap<>();

  void add(Paper paper) {
    byId.merge(paper.id(), paper, (a, b) -> b.counts().upvotes() > a.counts().upvotes() ? b : a);
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  List<Paper> list() {
    return List.copyOf(byId.values());
  }
}
