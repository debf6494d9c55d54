package dev.paperboy.publish;

import dev.paperboy.digest.Analysis;
import dev.paperboy.digest.PaperDigest;
import dev.paperboy.digest.Prompt;
import dev.paperboy.hf.Paper;
import dev.paperboy.hub.PaperArtifacts;
import dev.paperboy.media.Illustrations;
import dev.paperboy.rank.RankedDay;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deep digest post ({@code _posts/YYYY-MM-DD-daily-papers-top5.md}) in the format of seed 004:
 * per paper the heading, ratings, links, tags, image lines, the six analysis sections and optional
 * figures. Papers without a model analysis show Hugging Face's AI summary under a visible label.
 * The front matter records provenance: model, prompt version, when the upvotes were counted.
 */
public final class DigestPost {
  /** The template name, overridable in the site. */
  public static final String TEMPLATE = "digest-post.md.peb";

  /** The template of the front matter's {@code description}, overridable in the site. */
  public static final String DESCRIPTION = "digest-description.txt.peb";

  static final int DESCRIPTION_TEXT = 150;

  static final int MAX_FALLBACK_TEXT = 1_500;

  private final Templates templates;
  private final PostSettings post;
  private final String title;
  private final List<String> categories;
  private final List<String> tags;
  private final Permalink permalink;

  /**
   * @param post the daily post's settings, for time, zone and author
   * @param title the digest title; {@code {date}} becomes the list date
   */
  public DigestPost(
      Templates templates,
      PostSettings post,
      String title,
      List<String> categories,
      List<String> tags,
      Permalink permalink) {
    this.templates = templates;
    this.post = post;
    this.title = title;
    this.categories = List.copyOf(categories);
    this.tags = List.copyOf(tags);
    this.permalink = permalink;
  }

  /** Compiles the template ahead of {@link #render}; see {@link Templates#prepare}. */
  public void prepare() {
    templates.prepare(TEMPLATE);
  }

  /** The post's path relative to the site root. */
  public static String path(LocalDate date) {
    return "_posts/" + date + "-daily-papers-top5.md";
  }

  /**
   * Renders the digest of {@code day}.
   *
   * @param digests the digests of the day's top papers, best first
   * @param model the configured model ({@code none} when there is none)
   * @param images each paper's images by arXiv id; papers without an entry get no image lines
   */
  public String render(
      RankedDay day, List<PaperDigest> digests, String model, Map<String, Illustrations> images) {
    return render(day, digests, model, images, Map.of());
  }

  /**
   * Renders the digest of {@code day}, with what the Hub has that cites each paper ({@code
   * artifacts} by arXiv id) under "바로 써 보기".
   */
  public String render(
      RankedDay day,
      List<PaperDigest> digests,
      String model,
      Map<String, Illustrations> images,
      Map<String, PaperArtifacts> artifacts) {
    String heading = title.replace("{date}", day.date().toString());
    List<String> fallbackIds = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < digests.size(); i++) {
      PaperDigest d = digests.get(i);
      if (d instanceof PaperDigest.Fallback) {
        fallbackIds.add(d.paper().id());
      }
      entries.add(
          entry(
              i + 1,
              d,
              PaperImages.of(images.getOrDefault(d.paper().id(), Illustrations.NONE)),
              TryIt.of(d.paper(), artifacts.getOrDefault(d.paper().id(), PaperArtifacts.NONE))));
    }
    List<String> abstractOnly =
        entries.stream()
            .filter(e -> e.analysis() != null && !e.fullText())
            .map(Entry::arxivId)
            .toList();
    int fullTexts = (int) entries.stream().filter(Entry::fullText).count();
    String asOf = post.asOf(day.countsAsOf());

    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("model", model);
    provenance.put("prompt_version", Prompt.VERSION);
    provenance.put("upvotes_as_of", day.countsAsOf() == null ? null : day.countsAsOf().toString());
    provenance.put("analyzed_papers", entries.size() - fallbackIds.size());
    provenance.put("fallback_papers", fallbackIds);
    provenance.put("fulltext_papers", fullTexts);
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", heading);
    front.put("date", post.frontMatterDate(day.date()));
    front.put("categories", categories);
    front.put("tags", tags);
    if (post.author() != null && !post.author().isBlank()) {
      front.put("author", post.author());
    }
    front.put("permalink", permalink.of(day.date()));
    if (!entries.isEmpty()) {
      Entry top = entries.get(0);
      PaperDigest d = digests.get(0);
      Map<String, Object> card = new LinkedHashMap<>();
      card.put("title", MarkdownText.cut(d.paper().title(), DailyPost.DESCRIPTION_TITLE));
      card.put(
          "summary",
          top.analysis() == null
              ? null
              : MarkdownText.cut(top.analysis().summary(), DESCRIPTION_TEXT));
      // The label "Hugging Face 요약: " takes 17 of the card's ~160 characters.
      card.put("hfSummary", MarkdownText.cut(fallbackText(d.paper()), DESCRIPTION_TEXT - 10));
      front.put("description", templates.render(DESCRIPTION, card).strip());
      if (top.thumbnail() != null) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("path", top.thumbnail().src().toString());
        image.put(
            "alt",
            PlainText.escape(MarkdownText.cut(d.paper().title(), DailyPost.DESCRIPTION_TITLE)));
        front.put("image", image);
      }
    }
    front.put("paperboy", provenance);

    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", heading);
    view.put("date", day.date().toString());
    view.put("model", model);
    view.put("hasModel", !"none".equals(model));
    view.put("promptVersion", Prompt.VERSION);
    view.put("countsAsOf", asOf);
    view.put("fallbacks", fallbackIds.size());
    view.put("fullTexts", fullTexts);
    view.put("abstractOnly", abstractOnly);
    view.put("entries", entries);
    return FrontMatter.of(front) + "\n" + templates.render(TEMPLATE, view).strip() + "\n";
  }

  private static Entry entry(int rank, PaperDigest d, PaperImages images, TryIt tryIt) {
    Paper p = d.paper();
    Analysis a = d instanceof PaperDigest.Analyzed analyzed ? analyzed.analysis() : null;
    String fallbackText = null;
    boolean hfSummary = false;
    List<String> tags;
    if (a != null) {
      tags = a.tags();
    } else {
      hfSummary = p.aiSummary() != null && !p.aiSummary().isBlank();
      String text = fallbackText(p);
      fallbackText = text.isBlank() ? "(초록 없음)" : MarkdownText.cut(text, MAX_FALLBACK_TEXT);
      tags = p.aiKeywords().stream().limit(8).toList();
    }
    return new Entry(
        rank,
        MarkdownText.cut(p.title(), DailyPost.MAX_TITLE),
        p.id(),
        p.counts().upvotes(),
        MarkdownText.link(p.hfUrl()),
        MarkdownText.link(p.arxivUrl()),
        tags,
        a,
        d instanceof PaperDigest.Analyzed an ? an.removedNumbers() : 0,
        hfSummary,
        fallbackText,
        images.thumbnail(),
        images.figures(),
        a != null && a.basis().fullText(),
        a == null ? null : a.basis().label(),
        tryIt);
  }

  /** What a paper without an analysis shows: HF's AI summary, else the abstract. */
  private static String fallbackText(Paper p) {
    return p.aiSummary() != null && !p.aiSummary().isBlank() ? p.aiSummary() : p.summary();
  }

  /**
   * One paper as the template sees it. {@code analysis} is null for a fallback, which then has
   * {@code fallbackText}: HF's AI summary when {@code hfSummary}, else the abstract. Every text is
   * untrusted and escaped on output.
   */
  public record Entry(
      int rank,
      String title,
      String arxivId,
      int upvotes,
      SafeString hfUrl,
      SafeString arxivUrl,
      List<String> tags,
      Analysis analysis,
      int removedNumbers,
      boolean hfSummary,
      String fallbackText,
      PaperImages.Image thumbnail,
      List<PaperImages.Image> figures,
      boolean fullText,
      String basis,
      TryIt tryIt) {}
}
