/**
 * The deep digest: one structured LLM call per top paper, validated (shape, Korean, numbers
 * grounded in the abstract), cached in the archive, with a labelled fallback to Hugging Face's own
 * AI summary whenever the model is absent, over budget or unreliable.
 */
package dev.paperboy.digest;
