package io.isnad.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

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

    static final int MAX_ANSWER_CHARS = 20_000;
    static final int MAX_CITATIONS = 50;
    static final int MAX_FILE_CHARS = 255;

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
    @Operation(summary = "Store a 👍 or 👎 on an answer, with its question, text and citations")
    public Response rate(FeedbackRequest request) {
        if (request == null) {
            throw ApiException.badRequest("invalid_request", "A JSON body with 'rating', 'question' and 'answer' is required.");
        }
        Rating rating = Rating.parse(request.rating()).orElseThrow(() -> ApiException.badRequest("invalid_request",
                "'rating' must be \"up\" or \"down\"."));
        String question = RequestValidator.question(request.question());
        String answer = required(request.answer(), "answer", MAX_ANSWER_CHARS);
        String comment = request.comment() == null || request.comment().isBlank() ? null
                : required(request.comment(), "comment", RequestValidator.MAX_QUESTION_CHARS);
        String conversationId = request.conversationId();
        if (conversationId != null && !ChatResource.CONVERSATION_ID.matcher(conversationId).matches()) {
            throw ApiException.badRequest("invalid_request", "'conversationId' must be an id returned by /api/chat.");
        }
        FeedbackEntry entry = store.append(new Feedback(FeedbackSource.WEB, rating, question,
                history(conversationId, question), answer, citations(request.citations()), conversationId, comment));
        return Response.status(201).entity(new Created(entry.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List every stored rating, oldest first (administrators)")
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
        if (spans == null) {
            return List.of();
        }
        if (spans.size() > MAX_CITATIONS) {
            throw ApiException.badRequest("invalid_request", "At most " + MAX_CITATIONS + " citations.");
        }
        List<CitedSpan> cited = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            FeedbackRequest.Span span = spans.get(i);
            String where = "citations[" + i + "]";
            if (span == null || span.file() == null || span.file().isBlank() || span.file().length() > MAX_FILE_CHARS) {
                throw ApiException.badRequest("invalid_request", where + ".file must be an article file name.");
            }
            if (span.start() == null || span.end() == null || span.start() < 0 || span.end() <= span.start()) {
                throw ApiException.badRequest("invalid_request",
                        where + " needs 'start' and 'end' with 0 <= start < end.");
            }
            cited.add(new CitedSpan(span.file(), span.start(), span.end()));
        }
        return cited;
    }

    private static String required(String value, String field, int maxChars) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("invalid_request", "The field '" + field + "' is required and must not be blank.");
        }
        if (value.length() > maxChars) {
            throw ApiException.badRequest("invalid_request", "'" + field + "' has " + value.length()
                    + " characters; the limit is " + maxChars + ".");
        }
        return value.strip();
    }
}
