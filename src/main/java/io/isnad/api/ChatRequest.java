package io.isnad.api;

import static io.isnad.api.AskRequest.MAX_QUESTION_CHARS;
import static io.isnad.api.AskRequest.MAX_TOP_K;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/chat} and {@code POST /api/chat/stream}.
 *
 * @param message the question, in Arabic or English, at most 2,000 characters; may be a follow-up
 * @param conversationId the conversation to continue, as returned by an earlier reply; absent to start one
 * @param topK how many passages to return, 1 to 20 (default 5)
 */
@Schema(description = "One message of a conversation.")
public record ChatRequest(
        @Schema(description = "The question, in Arabic or English; a follow-up (\"Where will he travel next?\") is "
                + "understood from the conversation's earlier questions.", required = true, maxLength = MAX_QUESTION_CHARS,
                examples = {"متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟", "Who met Assad in Damascus on December 1?"})
        @NotBlank(message = "The field 'message' is required and must not be blank.")
        @Size(max = MAX_QUESTION_CHARS, message = "The message is longer than {max} characters.")
        String message,
        @Schema(description = "The conversation to continue, as returned by an earlier reply; omit it to start one. "
                + "An unknown or forgotten id is a 404.", pattern = "[A-Za-z0-9-]{1,64}")
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "'conversationId' must be an id returned by an earlier reply.")
        String conversationId,
        @Schema(description = "How many passages to retrieve and return, 1 to 20; default 5.", minimum = "1",
                maximum = "20", examples = "5")
        @Min(value = 1, message = "'topK' must be between 1 and " + MAX_TOP_K + ".")
        @Max(value = MAX_TOP_K, message = "'topK' must be between 1 and " + MAX_TOP_K + ".")
        Integer topK) {
}
