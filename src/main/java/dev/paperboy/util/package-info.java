/** Small helpers shared by several packages (atomic file writes). */
package dev.paperboy.util;
