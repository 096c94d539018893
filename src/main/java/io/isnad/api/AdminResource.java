package io.isnad.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.isnad.index.Corpus;
import io.isnad.index.LiveCorpus;

/** {@code POST /api/admin/reindex}: picks up added, changed and removed article files. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final LiveCorpus live;

    AdminResource(LiveCorpus live) {
        this.live = live;
    }

    @POST
    @Path("/reindex")
    @Operation(summary = "Re-read the articles folder and update the index; searches keep answering meanwhile",
            description = "Needs the admin token (Authorization: Bearer) and a JSON body (any, e.g. {}); reports "
                    + "the files added, changed and removed.")
    @APIResponse(responseCode = "200", description = "What the refresh changed")
    @APIResponse(responseCode = "503", description = "not_ready: the index is still being built")
    @RequestBody(description = "Any JSON; it is not read. Required so that no HTML form on another site can send "
            + "this request.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "empty", summary = "The usual body", value = ApiExamples.REINDEX)))
    public Corpus.RefreshReport reindex() {
        try {
            return live.reindex();
        } catch (IOException e) {
            throw new UncheckedIOException("re-indexing failed", e);
        }
    }
}
