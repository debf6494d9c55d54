/**
 * Downloading untrusted URLs safely (allowed hosts, a byte cap, a deadline, no redirect off the
 * allowed hosts) and politely (one request at a time per paced host): for the arXiv pages and the
 * digest's images.
 */
package dev.paperboy.net;
