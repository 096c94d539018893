package io.isnad.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.isnad.chat.ChatService;
import io.isnad.chat.Conversation;
import io.isnad.feedback.CitedSpan;
import io.isnad.feedback.Feedback;
import io.isnad.feedback.FeedbackEntry;
import io.isnad.feedback.FeedbackSource;
import io.isnad.feedback.FeedbackStore;
import io.isnad.feedback.Rating;

/**
 * {@code POST /api/feedback}: the web page's 👍/👎, stored in the feedback store shared with Slack;
 * {@code GET /api/feedback}: every stored rating (meant for administrators).
 */
@Path("/api/feedback")
public class FeedbackResource {

    private final FeedbackStore store;
    private final ChatService chat;

    FeedbackResource(FeedbackStore store, ChatService chat) {
        this.store = store;
        this.chat = chat;
    }

    /** Body of a stored rating's 201 reply. */
    public record Created(String id) {
    }

    /** Body of {@code GET /api/feedback}. */
    public record Listing(int count, List<FeedbackEntry> entries) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a 👍 or 👎 on an answer, with its question, text and citations",
            description = "Appends the rating to the feedback store (isnad.feedback.file), shared with Slack's "
                    + "buttons. When the conversation is still remembered, its earlier questions are stored too, so "
                    + "that 'isnad feedback export' can turn a 👎 into a regression question.")
    @APIResponse(responseCode = "201", description = "Stored; the reply holds the entry's id")
    @APIResponse(responseCode = "400", description = "invalid_request: rating not up or down, a blank question or "
            + "answer, a field over its length, a citation without 0 <= start < end; malformed_json")
    @APIResponse(responseCode = "503", description = "feedback_unavailable: the feedback file cannot be written")
    public Response rate(@RequestBody(content = @Content(examples = {
        @ExampleObject(name = "arabic", summary = "A 👍 on an Arabic answer", value = ApiExamples.FEEDBACK_ARABIC),
        @ExampleObject(name = "english", summary = "A 👎 on an English abstention", value = ApiExamples.FEEDBACK_ENGLISH)}))
            @NotNull(message = "A JSON body with 'rating', 'question' and 'answer' is required.")
            @Valid FeedbackRequest request) {
        String question = request.question().strip();
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment();
        String conversationId = request.conversationId();
        Rating rating = Rating.parse(request.rating()).orElseThrow();
        String answer = request.answer();
        FeedbackEntry entry = store.append(new Feedback(FeedbackSource.WEB, rating, question,
                history(conversationId, question), answer, citations(request.citations()), conversationId, comment));
        return Response.status(201).entity(new Created(entry.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List every stored rating, oldest first (administrators)",
            description = "Every entry of the feedback store, from the web page and from Slack, with its question, "
                    + "answer, citations and conversation. Needs the admin token (Authorization: Bearer).")
    @APIResponse(responseCode = "200", description = "The entries and their count")
    public Listing list() {
        List<FeedbackEntry> entries = store.list();
        return new Listing(entries.size(), entries);
    }

    /** The questions asked before this one in its conversation, when the conversation is still remembered. */
    private List<String> history(String conversationId, String question) {
        if (conversationId == null) {
            return List.of();
        }
        List<String> asked = chat.open(Optional.of(conversationId)).map(Conversation::history).orElse(List.of());
        int at = asked.lastIndexOf(question);
        return at < 0 ? asked : asked.subList(0, at);
    }

    private static List<CitedSpan> citations(List<FeedbackRequest.Span> spans) {
        return spans == null ? List.of()
                : spans.stream().map(span -> new CitedSpan(span.file(), span.start(), span.end())).toList();
    }
}
