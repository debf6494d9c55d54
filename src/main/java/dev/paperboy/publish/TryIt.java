package dev.paperboy.publish;

import dev.paperboy.hf.Paper;
import dev.paperboy.hub.Artifact;
import dev.paperboy.hub.PaperArtifacts;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a developer can try today, as the digest's "🧪 바로 써 보기" shows it: the code repository with
 * its stars, and the Hub's most used models, datasets and Spaces that cite the paper. Every name is
 * untrusted and escaped on output; every URL is a checked http(s) link.
 *
 * @param code the code repository, or null
 */
public record TryIt(Link code, List<Link> models, List<Link> datasets, List<Link> spaces) {
  private static final Pattern GITHUB =
      Pattern.compile(
          "https?://(?:www\\.)?github\\.com/([\\w.-]+/[\\w.-]+?)(?:\\.git)?/?(?:[#?].*)?");

  public TryIt {
    models = List.copyOf(models);
    datasets = List.copyOf(datasets);
    spaces = List.copyOf(spaces);
  }

  /**
   * One link.
   *
   * @param note what counts it, e.g. {@code ⭐ 1,234} or {@code 다운로드 5,678}; may be empty
   */
  public record Link(String name, SafeString url, String note) {}

  /** Whether there is nothing to try. */
  public boolean isEmpty() {
    return code == null && models.isEmpty() && datasets.isEmpty() && spaces.isEmpty();
  }

  static TryIt of(Paper p, PaperArtifacts artifacts) {
    Link code = null;
    SafeString url = MarkdownText.link(p.githubRepo());
    if (url != null) {
      Integer stars = p.counts().githubStars();
      code =
          new Link(
              repoName(p.githubRepo()),
              url,
              stars == null ? "" : "⭐ " + String.format(Locale.ROOT, "%,d", stars));
    }
    return new TryIt(
        code, links(artifacts.models()), links(artifacts.datasets()), links(artifacts.spaces()));
  }

  private static List<Link> links(List<Artifact> artifacts) {
    return artifacts.stream()
        .map(
            a ->
                new Link(
                    a.id(),
                    MarkdownText.link(a.url().toString()),
                    a.kind() == Artifact.Kind.SPACE
                        ? "❤️ " + String.format(Locale.ROOT, "%,d", a.likes())
                        : "다운로드 " + String.format(Locale.ROOT, "%,d", a.downloads())))
        .filter(l -> l.url() != null)
        .toList();
  }

  /** {@code owner/repo} of a GitHub URL, else the URL's host and path. */
  static String repoName(String url) {
    String u = url.strip();
    Matcher m = GITHUB.matcher(u);
    if (m.matches()) {
      return m.group(1);
    }
    try {
      URI uri = URI.create(u);
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      return uri.getHost() == null ? "코드" : uri.getHost() + path;
    } catch (IllegalArgumentException e) {
      return "코드";
    }
  }
}
