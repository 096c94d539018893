package io.isnad.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Question;

/** {@code POST /api/ask}: one question, one answer with citations. */
@Path("/api/ask")
public class AskResource {

    private final AssistantService assistant;

    AskResource(AssistantService assistant) {
        this.assistant = assistant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question from the articles, citing the sentences it rests on")
    public Answer ask(@NotNull(message = "A JSON body with a 'question' field is required.") @Valid AskRequest request) {
        return assistant.ask(Question.of(request.question().strip(),
                request.topK() == null ? assistant.defaultTopK() : request.topK()));
    }
}
