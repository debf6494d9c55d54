/**
 * The archive browser ({@code paperboy serve}): a read-only local web application over the archive
 * on Javalin, with server-rendered pages (Pebble, HTML auto-escaping, no JavaScript), a JSON API
 * behind every page, and the upvote history drawn by {@link dev.paperboy.charts}. It reads the
 * archive only through {@link dev.paperboy.archive.Archive}'s query methods.
 */
package dev.paperboy.web;
