package dev.paperboy.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.hf.Counts;
import dev.paperboy.hf.Organization;
import dev.paperboy.hf.Paper;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Maps the archive's rows to records and back: papers, counters, ledger entries, JSON lists. */
final class Rows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Rows() {}

  static Paper paper(ResultSet rs) throws SQLException {
    String orgName = rs.getString("org_name");
    String orgFullname = rs.getString("org_fullname");
    Organization org =
        orgName == null && orgFullname == null
            ? null
            : new Organization(orgName, orgFullname, rs.getString("org_avatar"));
    return new Paper(
        rs.getString("id"),
        rs.getString("title"),
        rs.getString("summary"),
        strings(rs.getString("authors")),
        org,
        rs.getString("github_repo"),
        rs.getString("project_page"),
        rs.getString("ai_summary"),
        strings(rs.getString("ai_keywords")),
        rs.getString("ai_summary_model"),
        rs.getString("thumbnail"),
        strings(rs.getString("media_urls")),
        Instants.parse(rs.getString("published_at")),
        Instants.parse(rs.getString("submitted_on_daily_at")),
        rs.getString("submitted_by"),
        counts(rs));
  }

  static Counts counts(ResultSet rs) throws SQLException {
    Object stars = rs.getObject("github_stars");
    return new Counts(
        rs.getInt("upvotes"),
        rs.getInt("comments"),
        stars instanceof Number n ? Integer.valueOf(n.intValue()) : null);
  }

  static LedgerEntry ledgerEntry(ResultSet rs) throws SQLException {
    return new LedgerEntry(
        LocalDate.parse(rs.getString("list_date")),
        LedgerStatus.ofColumn(rs.getString("status")),
        rs.getInt("paper_count"),
        rs.getString("source"),
        Instants.parse(rs.getString("fetched_at")),
        Instants.parse(rs.getString("published_at")),
        rs.getString("reason"));
  }

  static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> strings(String json) {
    try {
      return json == null ? List.of() : JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
