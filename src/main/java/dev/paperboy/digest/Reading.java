package dev.paperboy.digest;

import dev.paperboy.arxiv.FullText;
import dev.paperboy.arxiv.PaperPages;
import dev.paperboy.hf.Paper;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the model reads of one paper: the abstract and, when the paper's arXiv page has a body, the
 * {@link Excerpt} of it that fits the budget; the body itself, to check citations against; and the
 * {@link Analysis.Basis} the post shows.
 */
record Reading(Excerpt excerpt, FullText body, Analysis.Basis basis) {
  Reading {
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(basis, "basis");
  }

  /** The abstract alone, for the reason {@code note} (in Korean, as the post prints it). */
  static Reading abstractOnly(String note) {
    return new Reading(Excerpt.NONE, FullText.EMPTY, new Analysis.Basis(false, null, 0, note));
  }

  /** Whether the body was read. */
  boolean fullText() {
    return !excerpt.isEmpty();
  }

  /**
   * What the model reads of {@code paper}, its page from {@code pages} (null when full texts are
   * switched off), within {@code maxChars} characters, the abstract included.
   */
  static Reading of(Paper paper, Function<Paper, PaperPages.Page> pages, int maxChars) {
    if (pages == null) {
      return abstractOnly("본문 읽기 꺼짐");
    }
    return switch (pages.apply(paper)) {
      case PaperPages.Page.Missing m -> abstractOnly("arXiv HTML 없음");
      case PaperPages.Page.Failed f -> abstractOnly("본문을 가져오지 못함");
      case PaperPages.Page.Found found -> {
        FullText body = found.page().text();
        if (body.isEmpty()) {
          yield abstractOnly("HTML에 본문 없음");
        }
        Excerpt excerpt = Excerpt.of(body, maxChars - paper.summary().length());
        yield excerpt.isEmpty()
            ? abstractOnly("본문 분량 한도 초과")
            : new Reading(
                excerpt,
                body,
                new Analysis.Basis(true, excerpt.topSections(), excerpt.tables().size(), null));
      }
    };
  }
}
