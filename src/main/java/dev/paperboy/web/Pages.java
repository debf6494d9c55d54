package dev.paperboy.web;

import dev.paperboy.publish.Templates;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The browser's HTML templates: {@code SITE/_paperboy/web/NAME} when the site has one, else the
 * bundled {@code web/NAME}. Every value is HTML-escaped on output unless it is a {@link
 * io.pebbletemplates.pebble.extension.escaper.SafeString} (highlighted text, charts); undefined
 * variables are errors.
 */
final class Pages {
  /** Where a site keeps its page overrides, relative to the site root. */
  static final String SITE_FOLDER = "_paperboy/web";

  private final PebbleEngine engine;
  private final Path site;

  Pages(Path site) {
    this.site = site;
    engine =
        Templates.overridable(site.resolve(SITE_FOLDER), "web")
            .defaultEscapingStrategy("html")
            .build();
  }

  /**
   * Renders page {@code name}; templates also see {@code to} (the {@link Links} of the page),
   * {@code csp} (the policy an exported page states in a meta tag) and {@code feeds} (the names of
   * the Atom feeds the site holds, to link).
   */
  String render(String name, Map<String, Object> model, Links links) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("to", links);
    all.put("csp", StaticExport.CSP);
    all.put(
        "feeds",
        Views.FEEDS.stream()
            .filter(f -> java.nio.file.Files.isRegularFile(site.resolve("feed").resolve(f)))
            .toList());
    try {
      StringWriter out = new StringWriter();
      engine.getTemplate(name).evaluate(out, all, Locale.ROOT);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PebbleException e) {
      throw new IllegalStateException("page template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
