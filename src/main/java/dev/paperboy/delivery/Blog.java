package dev.paperboy.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the blog is on the web, from its {@code _config.yml}: {@code url} (e.g. {@code
 * https://me.github.io}) and {@code baseurl} (e.g. {@code /blog}). Without an http(s) {@code url} a
 * post has no absolute address: messages then carry no post link, and feeds link relative paths.
 */
public record Blog(String url, String baseUrl) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** No address known. */
  public static final Blog UNKNOWN = new Blog(null, "");

  /** The blog of the Jekyll site at {@code site}; {@link #UNKNOWN} when its config says none. */
  public static Blog of(Path site) {
    Path config = site.resolve("_config.yml");
    if (!Files.isRegularFile(config)) {
      return UNKNOWN;
    }
    try {
      JsonNode root = YAML.readTree(Files.readAllBytes(config));
      if (root == null || !root.isObject()) {
        return UNKNOWN;
      }
      String url = root.path("url").asText("").strip().replaceAll("/+$", "");
      String base = root.path("baseurl").asText("").strip().replaceAll("/+$", "");
      if (!base.isEmpty() && !base.startsWith("/")) {
        base = "/" + base;
      }
      URI uri = url.isEmpty() ? null : URI.create(url);
      boolean web =
          uri != null
              && uri.getHost() != null
              && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
      return new Blog(web ? url : null, base.matches("(/[A-Za-z0-9._~-]+)*") ? base : "");
    } catch (IOException | IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** The absolute URL of the site path {@code path} ({@code /posts/x/}), when the url is known. */
  public Optional<String> absolute(String path) {
    return url == null ? Optional.empty() : Optional.of(url + baseUrl + path);
  }

  /** {@code path} under the base URL: what a relative link to it is. */
  public String relative(String path) {
    return baseUrl + path;
  }

  /** The host a feed's ids are minted under: the blog's, else {@code paperboy.invalid}. */
  public String host() {
    return url == null ? "paperboy.invalid" : URI.create(url).getHost();
  }
}
