/** The SQLite archive: every paper, every upvote snapshot and a ledger row per list date. */
package dev.paperboy.archive;
