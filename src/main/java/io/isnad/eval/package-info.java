/**
 * Eval: scores retrieval and answers against fixed question sets. The runner ingests a corpus into
 * a temporary index, asks every question through the same assistant service the other surfaces
 * use, and reports the figures (per language, split part and question type; short answers
 * SQuAD-style) as JSON, a terminal table and a self-contained HTML page. {@code DevSplit} fixes
 * each set's tuning and check parts; {@code NearMissGenerator} makes the near-miss negative sets.
 */
package io.isnad.eval;
