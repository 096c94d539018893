/**
 * Answer: the one assistant service every surface calls ({@code AssistantService}) and the
 * extractive answerer that runs the roles below (choose, decline, compose); the model path (a language model whose
 * citations are checked) sits beside them.
 * <ul>
 * <li>{@code answer.question}: question type and focus words (Arabic, dialect, English)</li>
 * <li>{@code answer.sentence}: which sentence answers, by evidence and answer type, which clauses of a long
 * one, and the answer composed from it</li>
 * <li>{@code answer.shortanswer}: the few words that answer, at exact offsets</li>
 * <li>{@code answer.abstain}: whether to answer at all (logistic regression)</li>
 * <li>{@code answer.followup}: follow-up questions</li>
 * </ul>
 */
package io.isnad.answer;
