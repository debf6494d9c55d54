/** Ranking of a day's papers: upvotes, then comments, then arXiv id. */
package dev.paperboy.rank;
