package io.isnad.eval;

import java.util.List;

/**
 * What happened to one question; a row of the report.
 *
 * @param firstExpectedRank rank (1-based, among distinct retrieved files) of the first expected
 *        file; null when none was retrieved or the question is unanswerable
 * @param retrievedFiles the distinct files of the ranked passages, best first
 * @param citedFiles the distinct files the answer cites, in citation order
 * @param answer the answer text as the service returned it, with its {@code [n]} markers
 * @param answerHit whether the answer contains a gold answer; null for unanswerable questions and
 *        for answerable ones without gold answers
 * @param hit the question was handled right: an answerable one answered with a gold answer (or,
 *        without gold answers, citing an expected file), an unanswerable one declined
 * @param latencyMs wall time of the assistant call
 * @param questionType the type the service gave the question ({@code Answer.questionType})
 * @param goldType the set's gold type of the question; null when the set does not give one
 * @param split {@code tune} or {@code check}: the question's part of {@link DevSplit}
 * @param shortAnswer the short answer's text (its rendering after it when it has one); null when
 *        the service gave none
 * @param answerHitFirst whether the answer's first sentence contains a gold answer; null where
 *        {@code answerHit} is
 * @param shortAnswerEm exact match of the short answer with the best gold answer (0 or 1, 0 when
 *        there is no short answer); null where {@code answerHit} is
 * @param shortAnswerF1 token F1 of the short answer with the best gold answer; null where
 *        {@code answerHit} is
 */
public record QuestionResult(String id, String lang, String question, List<String> history, boolean answerable,
        List<String> expectedFiles, Integer firstExpectedRank, List<String> retrievedFiles, List<String> citedFiles,
        String answer, boolean abstained, Boolean answerHit, boolean hit, double latencyMs, String questionType,
        String goldType, String split, String shortAnswer, Boolean answerHitFirst, Double shortAnswerEm,
        Double shortAnswerF1) {

    public QuestionResult {
        history = List.copyOf(history);
        expectedFiles = List.copyOf(expectedFiles);
        retrievedFiles = List.copyOf(retrievedFiles);
        citedFiles = List.copyOf(citedFiles);
    }

    /** Missed: handled wrongly, or its best expected file was not ranked first. */
    public boolean missed() {
        return !hit || (answerable && (firstExpectedRank == null || firstExpectedRank != 1));
    }
}
