/**
 * A team's radar: watchlists (keywords, exclusions, organizations, authors, submitters, and an
 * interest matched by meaning with an in-process sentence-embedding model) and what each paper
 * matched. Read by {@code publish} (the daily post's 관심 논문, the weekly edition), {@code web} and
 * {@code delivery}.
 */
package dev.paperboy.radar;
