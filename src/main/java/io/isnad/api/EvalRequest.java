package io.isnad.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "A question set to score, and how.")
public record EvalRequest(
        @Schema(description = "The question set as JSON Lines text, one question object per line (fields id, lang, "
                + "question, expected_files, answers, answerable; see README, \"Evaluation\"); at most "
                + "isnad.api.eval.max-questions questions.", required = true)
        String questions,
        @Schema(description = "A folder inside the service's working directory to build a temporary index of; "
                + "default: the live articles folder.", examples = "seeds")
        String corpus,
        @Schema(description = "Passages retrieved per question, 1 to 50; default 10.", minimum = "1", maximum = "50",
                examples = "10")
        Integer k,
        @Schema(description = "The part of the set to ask: the fixed tuning or check part, or all (default).",
                enumeration = {"tune", "check", "all"})
        String split,
        @Schema(description = "True when the questions were written for another corpus: every one is scored as "
                + "unanswerable; default false.")
        Boolean crossCorpus) {
}
