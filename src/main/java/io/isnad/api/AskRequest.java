package io.isnad.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.isnad.answer.Question;

/**
 * Body of {@code POST /api/ask}.
 *
 * @param question the question, in Arabic or English, at most 2,000 characters
 * @param topK how many passages to return, 1 to 20 (default 5)
 * @param history the conversation's earlier questions, oldest first, when the client keeps the conversation itself:
 *        the question is then read as a follow-up of them; absent, null or empty for a question that stands alone
 */
@Schema(description = "One question about the articles.")
public record AskRequest(
        @Schema(description = "The question, in Arabic or English; leading and trailing spaces are ignored.",
                required = true, maxLength = MAX_QUESTION_CHARS, examples = {"متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟",
                    "Who met Assad in Damascus on December 1?"})
        @NotBlank(message = "The field 'question' is required and must not be blank.")
        @Size(max = MAX_QUESTION_CHARS, message = "The question is longer than {max} characters.")
        String question,
        @Schema(description = "How many passages to retrieve and return, 1 to 20; default 5 (isnad.answer.default-top-k).",
                minimum = "1", maximum = "20", examples = "5")
        @Min(value = 1, message = "'topK' must be between 1 and " + MAX_TOP_K + ".")
        @Max(value = MAX_TOP_K, message = "'topK' must be between 1 and " + MAX_TOP_K + ".")
        Integer topK,
        @Schema(description = "The conversation's earlier questions, oldest first, when the client keeps the "
                + "conversation itself: the question is then a follow-up, answered as /api/chat answers it after the "
                + "same questions (the latest isnad.chat.max-turns of them are read, as a conversation remembers). "
                + "Each is checked as 'question' is. Omit it for a question that stands alone.",
                examples = "[\"Who met Assad in Damascus on December 1?\"]")
        List<@NotBlank(message = BLANK_IN_HISTORY)
            @Size(max = MAX_QUESTION_CHARS, message = "A question in 'history' is longer than {max} characters.")
            String> history) {

    /** The longest question, the same on every surface. */
    public static final int MAX_QUESTION_CHARS = Question.MAX_CHARS;
    static final int MAX_TOP_K = 20;
    static final String BLANK_IN_HISTORY = "Each question in 'history' must be a string that is not blank.";

    /** The earlier questions as a conversation would hold them: none when absent, each stripped as a message is. */
    List<String> earlierQuestions() {
        return history == null ? List.of() : history.stream().map(String::strip).toList();
    }
}
