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
    @APIResponse(responseCode = "401", description = "unauthorized: admin token missing or wrong", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "admin_disabled: no isnad.admin.token configured", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "unsupported_media_type", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "not_ready", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Corpus.RefreshReport reindex() {
        try {
            return live.reindex();
        } catch (IOException e) {
            throw new UncheckedIOException("re-indexing failed", e);
        }
    }
}
