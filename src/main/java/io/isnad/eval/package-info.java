/**
 * Eval: scores retrieval and answers against fixed question sets. The runner ingests a corpus into
 * a temporary index, asks every question through the same assistant service the other surfaces
 * use, and reports the figures as JSON, a terminal table and a self-contained HTML page.
 */
package io.isnad.eval;
