package dev.paperboy.publish;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders output from Pebble templates. A template is looked up first in the site's template folder
 * ({@code SITE/_paperboy/templates}), so a blogger can override the layout by placing a file of the
 * same name there, then among the bundled defaults.
 *
 * <p>Every {@code {{ value }}} is escaped with {@link MarkdownText#inline} unless it is a {@link
 * io.pebbletemplates.pebble.extension.escaper.SafeString}; undefined variables are errors, so a
 * typo in an override fails loudly instead of printing nothing.
 */
public final class Templates {
  /** Where a site keeps its template overrides, relative to the site root. */
  public static final String SITE_FOLDER = "_paperboy/templates";

  private final PebbleEngine engine;
  private final Path siteFolder;

  public Templates(Path site) {
    this.siteFolder = site.resolve(SITE_FOLDER);
    this.engine =
        overridable(siteFolder, "templates")
            .addEscapingStrategy("markdown", MarkdownText::inline)
            .addEscapingStrategy("plain", PlainText::escape)
            .defaultEscapingStrategy("markdown")
            .newLineTrimming(false)
            .build();
  }

  /**
   * A Pebble engine builder whose templates are looked up in {@code folder} first (a site's
   * overrides; UTF-8), then among the bundled resources under {@code bundledPrefix}; values are
   * escaped unless marked safe, and an undefined variable is an error. The one loader chain of
   * every template Paperboy renders (posts here, web pages in {@code web}).
   */
  public static PebbleEngine.Builder overridable(Path folder, String bundledPrefix) {
    List<Loader<?>> loaders = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      FileLoader files = new FileLoader(folder.toAbsolutePath().toString());
      files.setCharset("UTF-8");
      loaders.add(files);
    }
    ClasspathLoader bundled = new ClasspathLoader(Templates.class.getClassLoader());
    bundled.setPrefix(bundledPrefix);
    bundled.setCharset("UTF-8");
    loaders.add(bundled);
    return new PebbleEngine.Builder()
        .loader(new DelegatingLoader(loaders))
        .autoEscaping(true)
        .strictVariables(true)
        .defaultLocale(Locale.ROOT);
  }

  /**
   * Renders the template {@code name} with {@code model}.
   *
   * @throws TemplateException naming the template and where it came from when it is missing or
   *     fails to render
   */
  public String render(String name, Map<String, Object> model) {
    try {
      StringWriter out = new StringWriter();
      engine.getTemplate(name).evaluate(out, model, Locale.ROOT);
      return out.toString();
    } catch (PebbleException | IOException e) {
      throw new TemplateException(name, origin(name), e);
    }
  }

  /**
   * Compiles {@code name} now, so a later {@link #render} finds it cached: lets a caller overlap
   * the compilation with slow work such as model calls. Errors are left for {@code render} to
   * report.
   */
  public void prepare(String name) {
    try {
      engine.getTemplate(name);
    } catch (PebbleException e) {
      // render reports it, with the template's origin
    }
  }

  private String origin(String name) {
    Path override = siteFolder.resolve(name);
    return Files.isRegularFile(override) ? override.toString() : "bundled template " + name;
  }
}
