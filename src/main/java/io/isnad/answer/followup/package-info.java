/**
 * Follow-up questions: made standalone from the conversation (by rule, or by the model in
 * {@code llm} mode), and answered near the sentence the previous answer quoted.
 */
package io.isnad.answer.followup;
