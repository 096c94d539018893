/**
 * The language-model path of the answer stage: prompts, the one gateway to the model, the
 * answerer that has it write from numbered passages, and the checks that keep only what the cited
 * passages support.
 */
package io.isnad.answer.model;
