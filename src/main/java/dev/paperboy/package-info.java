/** Paperboy: Hugging Face Daily Papers to a Korean Jekyll blog, with an SQLite archive. */
package dev.paperboy;
