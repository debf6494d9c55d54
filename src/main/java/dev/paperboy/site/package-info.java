/** The site folder: atomic writes that only touch changed files, never outside the site. */
package dev.paperboy.site;
