package io.isnad.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @Operation(summary = "Re-read the articles folder and update the index; searches keep answering meanwhile")
    public Corpus.RefreshReport reindex() {
        try {
            return live.reindex();
        } catch (IOException e) {
            throw new UncheckedIOException("re-indexing failed", e);
        }
    }
}
