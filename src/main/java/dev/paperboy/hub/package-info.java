/**
 * What the Hugging Face Hub has that cites a paper: the models, datasets and Spaces the digest's
 * "바로 써 보기" lists, asked once and kept in the archive.
 */
package dev.paperboy.hub;
