package dev.paperboy.job;

import dev.paperboy.publish.DailyData;
import dev.paperboy.publish.DailyPost;
import dev.paperboy.publish.DigestPost;
import dev.paperboy.rank.RankedDay;
import dev.paperboy.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the site holds for a report's list days, as the monthly report and the weekly edition link
 * and quote it: which daily and digest posts exist, and the Korean one-line summaries of the days'
 * data files.
 *
 * @param daily the days whose daily post exists
 * @param digests the days whose digest post exists
 * @param lines the one-line summaries by arXiv id
 */
record PostedDays(Set<LocalDate> daily, Set<LocalDate> digests, Map<String, String> lines) {
  static PostedDays of(SiteWriter writer, List<RankedDay> days) throws IOException {
    Set<LocalDate> daily = new TreeSet<>();
    Set<LocalDate> digests = new TreeSet<>();
    Map<String, String> lines = new HashMap<>();
    for (RankedDay day : days) {
      if (writer.exists(DailyPost.path(day.date()))) {
        daily.add(day.date());
      }
      if (writer.exists(DailyData.path(day.date()))) {
        lines.putAll(
            DailyData.lines(Files.readAllBytes(writer.resolve(DailyData.path(day.date())))));
      }
      if (writer.exists(DigestPost.path(day.date()))) {
        digests.add(day.date());
      }
    }
    return new PostedDays(daily, digests, lines);
  }
}
