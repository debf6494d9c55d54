/** Hugging Face Daily Papers: the API client, recorded-response sources and the parsed records. */
package dev.paperboy.hf;
