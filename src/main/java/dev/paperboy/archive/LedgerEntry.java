package dev.paperboy.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The ledger row of one list date.
 *
 * @param fetchedAt the last successful fetch, or null
 * @param publishedAt when the posts were last written, or null
 * @param reason why the last attempt failed or was refused, or null
 */
public record LedgerEntry(
    LocalDate date,
    LedgerStatus status,
    int paperCount,
    @Nullable String source,
    @Nullable Instant fetchedAt,
    @Nullable Instant publishedAt,
    @Nullable String reason) {}
