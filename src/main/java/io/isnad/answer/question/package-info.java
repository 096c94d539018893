/**
 * Question analysis: what kind of answer a question asks for ({@link io.isnad.answer.question.QuestionType})
 * and its focus words, for Arabic (Modern Standard and dialect question words) and English.
 */
package io.isnad.answer.question;
