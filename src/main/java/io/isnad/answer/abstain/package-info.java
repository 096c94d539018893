/**
 * Abstention: whether the best sentence found really answers the question, decided by a small
 * logistic regression over inspectable features whose weights are a resource file refitted from
 * labelled dev data (see {@code AbstentionRefit} in the tests).
 */
package io.isnad.answer.abstain;
