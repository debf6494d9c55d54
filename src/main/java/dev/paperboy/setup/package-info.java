/**
 * Setting up a blog for an unattended Paperboy ({@code paperboy init}): the files it writes, how it
 * tells its own earlier output from a blogger's edit, and what is left to do by hand.
 */
package dev.paperboy.setup;
