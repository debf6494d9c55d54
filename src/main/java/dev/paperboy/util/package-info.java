/**
 * Small helpers shared by several packages: time text, I/O problems in words, the console and the
 * environment.
 */
package dev.paperboy.util;
