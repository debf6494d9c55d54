/**
 * Taking the day to readers where they are, at the end of a run: pushes to team chat (Slack,
 * Discord, Telegram, any JSON webhook; each list date once per target, recorded in the archive's
 * ledger) and Atom feeds of the papers and the digest posts. Publishing never waits on it, and it
 * never fails a run.
 */
package dev.paperboy.delivery;
