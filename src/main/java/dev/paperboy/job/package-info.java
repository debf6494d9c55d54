/** The daily job: which dates to process and the fetch, archive, rank, publish loop per date. */
package dev.paperboy.job;
