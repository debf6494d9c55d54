package dev.paperboy.archive;

import dev.paperboy.hf.Counts;
import dev.paperboy.hf.Organization;
import dev.paperboy.hf.Paper;
import java.time.Instant;
import java.util.List;

/**
 * A paper as the {@code paper} table holds it (organization flattened), with the counters of the
 * listing it was read from. Bound with {@code bindMethods} and mapped by Jdbi's constructor mapper
 * (internal to the archive; public because Jdbi binds only public types' methods).
 */
public record PaperRow(
    String id,
    String title,
    String summary,
    List<String> authors,
    @Nullable String orgName,
    @Nullable String orgFullname,
    @Nullable String orgAvatar,
    @Nullable String githubRepo,
    @Nullable String projectPage,
    @Nullable String aiSummary,
    List<String> aiKeywords,
    @Nullable String aiSummaryModel,
    @Nullable String thumbnail,
    List<String> mediaUrls,
    @Nullable Instant publishedAt,
    @Nullable Instant submittedOnDailyAt,
    @Nullable String submittedBy,
    @Nullable Integer upvotes,
    @Nullable Integer comments,
    @Nullable Integer githubStars) {

  static PaperRow of(Paper p) {
    Organization org = p.organization();
    Counts c = p.counts();
    return new PaperRow(
        p.id(),
        p.title(),
        p.summary(),
        p.authors(),
        org == null ? null : org.name(),
        org == null ? null : org.fullname(),
        org == null ? null : org.avatar(),
        p.githubRepo(),
        p.projectPage(),
        p.aiSummary(),
        p.aiKeywords(),
        p.aiSummaryModel(),
        p.thumbnail(),
        p.mediaUrls(),
        p.publishedAt(),
        p.submittedOnDailyAt(),
        p.submittedBy(),
        c.upvotes(),
        c.comments(),
        c.githubStars());
  }

  Paper toPaper() {
    Organization org =
        orgName == null && orgFullname == null
            ? null
            : new Organization(orgName, orgFullname, orgAvatar);
    return new Paper(
        id,
        title,
        summary,
        authors,
        org,
        githubRepo,
        projectPage,
        aiSummary,
        aiKeywords,
        aiSummaryModel,
        thumbnail,
        mediaUrls,
        publishedAt,
        submittedOnDailyAt,
        submittedBy,
        counts());
  }

  Counts counts() {
    return new Counts(upvotes == null ? 0 : upvotes, comments == null ? 0 : comments, githubStars);
  }
}
