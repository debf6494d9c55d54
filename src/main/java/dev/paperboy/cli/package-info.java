/** The {@code paperboy} command line: one small picocli class per command. */
package dev.paperboy.cli;
