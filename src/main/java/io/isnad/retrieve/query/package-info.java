/**
 * Query building: the parts {@code QueryBuilder} puts together to turn a question
 * into a Lucene query and evidence terms (the clauses of each field, the character n-grams, an
 * English question's Arabic translations, the evidence of an Arabic question's words, the clause
 * budget, the terms no chunk holds left out, and a question's words read as the words the corpus holds:
 * dialect verb forms and words typed glued together).
 */
package io.isnad.retrieve.query;
