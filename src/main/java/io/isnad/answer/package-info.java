/**
 * Answer: builds an answer with citations from retrieved passages (extractive by default, or by a
 * model whose citations are checked), abstains when the evidence is weak, makes follow-up
 * questions standalone, and hosts the one assistant service every surface calls.
 */
package io.isnad.answer;
