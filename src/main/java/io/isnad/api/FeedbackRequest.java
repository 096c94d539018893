package io.isnad.api;

import static io.isnad.api.AskRequest.MAX_QUESTION_CHARS;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/feedback}: a 👍 or 👎 on an answer.
 *
 * @param rating {@code up} or {@code down}
 * @param question the question that was answered, at most 2,000 characters
 * @param answer the answer text that was rated, at most 20,000 characters
 * @param citations the answer's citations (file, start, end), at most 50; may be empty (an abstention)
 * @param conversationId the conversation the answer belongs to, optional
 * @param comment what the user adds, optional, at most 2,000 characters
 */
@Schema(description = "A 👍 or 👎 on one answer.")
public record FeedbackRequest(
        @Schema(description = "up for 👍, down for 👎.", required = true, enumeration = {"up", "down"})
        @NotNull(message = "'rating' must be \"up\" or \"down\".")
        @Pattern(regexp = "up|down", message = "'rating' must be \"up\" or \"down\".")
        String rating,
        @Schema(description = "The question that was answered, as asked.", required = true,
                maxLength = MAX_QUESTION_CHARS, examples = "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟")
        @NotBlank(message = "The field 'question' is required and must not be blank.")
        @Size(max = MAX_QUESTION_CHARS, message = "The question is longer than {max} characters.")
        String question,
        @Schema(description = "The answer's text as shown, markers included.", required = true,
                maxLength = FeedbackRequest.MAX_ANSWER_CHARS)
        @NotBlank(message = "The field 'answer' is required and must not be blank.")
        @Size(max = FeedbackRequest.MAX_ANSWER_CHARS, message = "'answer' is longer than {max} characters.")
        String answer,
        @Schema(description = "The answer's citations, at most 50; empty or absent for an abstention.")
        @Size(max = FeedbackRequest.MAX_CITATIONS, message = "At most {max} citations.")
        List<@NotNull(message = "A citation must be an object with 'file', 'start' and 'end'.") @Valid Span> citations,
        @Schema(description = "The conversation the answer belongs to (/api/chat's conversationId); optional.",
                pattern = "[A-Za-z0-9-]{1,64}")
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "'conversationId' must be an id returned by /api/chat.")
        String conversationId,
        @Schema(description = "What the user adds, e.g. what the right answer is; optional.", maxLength = MAX_QUESTION_CHARS)
        @Size(max = MAX_QUESTION_CHARS, message = "'comment' is longer than {max} characters.")
        String comment) {

    static final int MAX_ANSWER_CHARS = 20_000;
    static final int MAX_CITATIONS = 50;

    /** A cited sentence: the article file and the quote's character range. */
    @Schema(description = "A cited sentence: the article file and the quote's character range.")
    public record Span(
            @Schema(description = "The article's file id, as in the answer's citation.", required = true)
            @NotBlank(message = "A citation's 'file' must be an article file name.")
            @Size(max = 255, message = "A citation's 'file' must be an article file name.")
            String file,
            @Schema(description = "Offset of the quote's first character in the article's text.", required = true,
                    minimum = "0")
            @NotNull(message = "A citation needs 'start' and 'end' with 0 <= start < end.")
            @Min(value = 0, message = "A citation needs 'start' and 'end' with 0 <= start < end.")
            Integer start,
            @Schema(description = "Offset just after the quote's last character; greater than start.", required = true)
            @NotNull(message = "A citation needs 'start' and 'end' with 0 <= start < end.")
            Integer end) {

        @AssertTrue(message = "A citation needs 'start' and 'end' with 0 <= start < end.")
        @Schema(hidden = true)
        boolean isOrdered() {
            return start == null || end == null || start < end;
        }
    }
}
