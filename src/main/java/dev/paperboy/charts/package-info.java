/** Charts drawn with JFreeChart into SVG text: the monthly report's and the archive browser's. */
package dev.paperboy.charts;
