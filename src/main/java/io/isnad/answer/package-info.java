/**
 * Answer: builds an answer with citations from retrieved passages (extractive by default),
 * abstains when the evidence is weak, and hosts the one assistant service every surface calls.
 */
package io.isnad.answer;
