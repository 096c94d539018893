package io.isnad.api;

/** Checks shared by every endpoint that takes a question. */
final class RequestValidator {

    static final int MAX_QUESTION_CHARS = 2000;
    static final int MAX_TOP_K = 20;

    private RequestValidator() {
    }

    /** The question, stripped, or a 400 explaining what is wrong. */
    static String question(String question) {
        return question(question, "question");
    }

    /** The question sent in {@code field}, stripped, or a 400 explaining what is wrong. */
    static String question(String question, String field) {
        if (question == null || question.isBlank()) {
            throw ApiException.badRequest("invalid_request", "The field '" + field + "' is required and must not be blank.");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("question_too_long",
                    "The question has " + question.length() + " characters; the limit is " + MAX_QUESTION_CHARS + ".");
        }
        return question.strip();
    }

    static Integer topK(Integer topK) {
        if (topK != null && (topK < 1 || topK > MAX_TOP_K)) {
            throw ApiException.badRequest("invalid_request", "'topK' must be between 1 and " + MAX_TOP_K + ".");
        }
        return topK;
    }
}
