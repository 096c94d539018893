package io.isnad.api;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.chat.ChatEvent;
import io.isnad.chat.ChatReply;
import io.isnad.chat.ChatService;
import io.isnad.chat.ChatStream;
import io.isnad.chat.Conversation;
import io.smallrye.mutiny.Multi;

/**
 * {@code POST /api/chat}: a question within a conversation, whose follow-ups are understood from
 * the earlier questions; {@code POST /api/chat/stream}: the same answer as server-sent events.
 * Everything that can be refused is checked before a stream starts, so refusals are ordinary
 * JSON errors. An unknown or forgotten {@code conversationId} is a 404 rather than a silent new
 * conversation, since the client believes its earlier questions are remembered.
 */
@Path("/api/chat")
public class ChatResource {

    private static final String NO_BODY = "A JSON body with a 'message' field is required.";
    private static final String REFUSED = "invalid_request: blank message, topK outside 1-20, malformed "
            + "conversationId; question_too_long: over 2,000 characters; malformed_json: not JSON, or a field of the "
            + "wrong JSON type";
    /** Says no id: the client has the one it sent, and the sentence then has one Arabic (see {@link ErrorMessages}). */
    static final String NO_SUCH_CONVERSATION = "No such conversation: it never existed or was forgotten after being "
            + "idle. Omit 'conversationId' to start a new one.";
    private static final String UNKNOWN_CONVERSATION = "not_found: the conversation never existed or was forgotten "
            + "after being idle";

    private final ChatService chat;
    private final ChatStream stream;
    private final ObjectMapper json;

    ChatResource(ChatService chat, ChatStream stream, ObjectMapper json) {
        this.chat = chat;
        this.stream = stream;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a message of a conversation, citing the sentences it rests on",
            description = "Like /api/ask, within a conversation: a follow-up is rewritten into a standalone "
                    + "question from the earlier questions (rewrittenQuestion). Omit conversationId to start one; "
                    + "the reply's conversationId continues it.")
    @APIResponse(responseCode = "200", description = "The answer with its conversationId")
    @APIResponse(responseCode = "400", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN_CONVERSATION)
    @APIResponse(responseCode = "503", description = "not_ready: the index is still being built")
    public ChatReply chat(@RequestBody(content = @Content(examples = {
        @ExampleObject(name = "arabic", summary = "An Arabic question, starting a conversation", value = ApiExamples.CHAT_ARABIC),
        @ExampleObject(name = "english", summary = "An English question, three passages", value = ApiExamples.CHAT_ENGLISH)}))
            @NotNull(message = NO_BODY) @Valid ChatRequest request) {
        Turn turn = turn(request);
        return chat.chat(turn.conversation(), turn.message(), turn.topK());
    }

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Answer a message of a conversation as server-sent events: token..., then done or error",
            description = "Events: 'token' with data {\"text\": ...} for each checked sentence as it is ready; "
                    + "then 'done' with the same JSON as /api/chat, or 'error' with {error, message}. Refusals "
                    + "(the same as /api/chat) are ordinary JSON errors before the stream starts.")
    @APIResponse(responseCode = "200", description = "The event stream", content = @Content(mediaType = "text/event-stream",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN_CONVERSATION)
    @APIResponse(responseCode = "503", description = "not_ready: the index is still being built")
    public Multi<OutboundSseEvent> stream(@RequestBody(content = @Content(examples = {
        @ExampleObject(name = "arabic", summary = "An Arabic question, starting a conversation", value = ApiExamples.CHAT_ARABIC),
        @ExampleObject(name = "english", summary = "An English question, three passages", value = ApiExamples.CHAT_ENGLISH)}))
            @NotNull(message = NO_BODY) @Valid ChatRequest request, @Context Sse sse, @Context HttpHeaders headers) {
        Turn turn = turn(request);
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return stream.events(turn.conversation(), turn.message(), turn.topK())
                .map(e -> event(sse, e, acceptLanguage, turn.message()));
    }

    private Turn turn(ChatRequest request) {
        String message = request.message().strip();
        Integer topK = request.topK();
        Optional<String> id = Optional.ofNullable(request.conversationId());
        Conversation conversation = chat.open(id).orElseThrow(() -> ApiException.about(message, ErrorCode.NOT_FOUND,
                NO_SUCH_CONVERSATION));
        return new Turn(conversation, message, topK == null ? chat.defaultTopK() : topK);
    }

    /** An error event's message is said in the reader's language, as an error response's is. */
    private OutboundSseEvent event(Sse sse, ChatEvent event, String acceptLanguage, String question) {
        Object data = event.data() instanceof ChatEvent.Failure failure
                ? new ApiError(failure.error(), ErrorMessages.in(ErrorMessages.language(acceptLanguage, question),
                        ErrorCode.ofCode(failure.error()), failure.message()))
                : event.data();
        try {
            return sse.newEventBuilder().name(event.name()).data(String.class, json.writeValueAsString(data)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a chat event", e);
        }
    }

    private record Turn(Conversation conversation, String message, int topK) {
    }
}
