package io.isnad.api;

/**
 * Body of {@code POST /api/eval}.
 *
 * @param questions the question set as JSON Lines text, one question object per line
 * @param corpus a folder on the server to evaluate against (default: the live articles folder)
 * @param k passages retrieved per question, 1 to 50 (default 10)
 * @param split the part of the set to ask: {@code tune}, {@code check} or {@code all} (default)
 * @param crossCorpus true when the questions were written for another corpus: every one is scored
 *        as unanswerable (default false)
 */
public record EvalRequest(String questions, String corpus, Integer k, String split, Boolean crossCorpus) {
}
