package io.isnad.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Question;
import io.isnad.chat.ChatService;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * {@code POST /api/ask}: one question, one answer with citations; a follow-up when the request carries the
 * conversation's earlier questions ({@code history}), answered as {@code /api/chat} answers the same turns.
 */
@Path("/api/ask")
public class AskResource {

    private final AssistantService assistant;
    private final ChatService chat;

    AskResource(AssistantService assistant, ChatService chat) {
        this.assistant = assistant;
        this.chat = chat;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question from the articles, citing the sentences it rests on",
            description = "Retrieves the passages that best match the question (Arabic or English) and answers "
                    + "from them: extractively by default, or by a language model in llm mode, whose sentences are "
                    + "kept only where the cited passages support them. Each citation's quote is an exact sentence "
                    + "of the article: text(file).substring(start, end). When the articles do not answer, "
                    + "'abstained' is true and the answer says so in the question's language.")
    @APIResponse(responseCode = "200", description = "The answer, its citations and the retrieved passages")
    @APIResponse(responseCode = "400", description = "invalid_request: blank question or earlier question, topK "
            + "outside 1-20, a field this endpoint does not read; question_too_long: a question or earlier question "
            + "over 2,000 characters; malformed_json: not JSON, or a field of the wrong JSON type")
    @APIResponse(responseCode = "503", description = "not_ready: the index is still being built")
    @NonBlocking
    public Uni<Answer> ask(@RequestBody(content = @Content(examples = {
        @ExampleObject(name = "arabic", summary = "An Arabic question", value = ApiExamples.ASK_ARABIC),
        @ExampleObject(name = "english", summary = "An English question, three passages", value = ApiExamples.ASK_ENGLISH)}))
            @NotNull(message = "A JSON body with a 'question' field is required.") @Valid AskRequest request) {
        Question question = chat.afterEarlier(request.earlierQuestions(), request.question().strip(),
                request.topK() == null ? assistant.defaultTopK() : request.topK());
        // A question asked before is answered on the I/O thread; only new ones take a worker thread,
        // as answering one may take milliseconds of CPU (or a model's seconds).
        return assistant.cached(question).map(answer -> Uni.createFrom().item(answer))
                .orElseGet(() -> Uni.createFrom().item(() -> assistant.ask(question))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
