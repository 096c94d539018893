package io.isnad.api;

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
        Integer topK) {

    /** The longest question, the same on every surface. */
    public static final int MAX_QUESTION_CHARS = Question.MAX_CHARS;
    static final int MAX_TOP_K = 20;
}
