/**
 * Sentence choice: every sentence of the retrieved passages and the sentences beside them, scored by
 * the question's evidence they hold and by whether they hold the kind of answer asked for; and, for
 * a long sentence, the run of its clauses that answers; and the answer composed from the chosen
 * sentence, with the sentences that join it and their citations.
 */
package io.isnad.answer.sentence;
