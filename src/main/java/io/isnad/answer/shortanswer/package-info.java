/**
 * Short answers: the few words of a sentence that answer a typed question (a date, a number, a
 * name, a place), cut at exact offsets, and their English rendering for English questions.
 */
package io.isnad.answer.shortanswer;
