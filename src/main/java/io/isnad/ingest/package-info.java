/**
 * Ingest: reads article files, cleans them (boilerplate, duplicates, "read also" appendices),
 * detects dates, splits sentences and chunks, always keeping character offsets into the original text.
 */
package io.isnad.ingest;
