/**
 * Images for the digest: each paper's Hugging Face thumbnail and up to two figures from its arXiv
 * HTML version, fetched from allowed hosts only, size-capped, sniffed, checked for decompression
 * bombs, re-encoded as JPEG and stored once under {@code assets/img/papers/<arxiv-id>/}.
 */
package dev.paperboy.media;
