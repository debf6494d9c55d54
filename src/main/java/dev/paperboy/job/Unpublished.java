package dev.paperboy.job;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paperboy.config.ConfigException;
import dev.paperboy.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list dates the blogger removed with {@code paperboy unpublish}, kept in the site ({@value
 * #PATH}, committed with it) as well as in the archive's ledger: on GitHub Actions the archive
 * lives in a cache that a blogger's own machine never sees, and the site is what both share. Plain
 * runs leave these dates alone; an explicit {@code daily --date} publishes one again and takes it
 * off the list.
 */
final class Unpublished {
  static final String PATH = "_paperboy/unpublished.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String HEADER =
      "# List dates removed with 'paperboy unpublish': 'paperboy daily' does not publish them\n"
          + "# again. 'paperboy daily --date DATE' does, and takes the date off this list.\n";

  private Unpublished() {}

  /** The unpublished dates of the site; none when it has no such file. */
  static Set<LocalDate> read(SiteWriter site) {
    if (!site.exists(PATH)) {
      return new TreeSet<>();
    }
    try {
      List<String> dates =
          YAML.readValue(Files.readAllBytes(site.resolve(PATH)), new TypeReference<>() {});
      Set<LocalDate> out = new TreeSet<>();
      for (String d : dates == null ? List.<String>of() : dates) {
        out.add(LocalDate.parse(d));
      }
      return out;
    } catch (IOException | DateTimeParseException e) {
      throw new ConfigException(
          site.resolve(PATH) + " must be a list of dates (YYYY-MM-DD): " + e.getMessage(), e);
    }
  }

  /** Writes {@code dates} as the site's list (deletes the file when there are none). */
  static void write(SiteWriter site, Set<LocalDate> dates) {
    if (dates.isEmpty()) {
      site.delete(PATH);
      return;
    }
    StringBuilder text = new StringBuilder(HEADER);
    for (LocalDate d : new TreeSet<>(dates)) {
      text.append("- \"").append(d).append("\"\n");
    }
    site.write(PATH, text.toString());
  }
}
