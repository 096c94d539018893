package io.isnad.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.isnad.index.ArticleStatus;
import io.isnad.index.Snapshot;
import io.isnad.index.LiveCorpus;

/**
 * {@code GET /api/articles} and {@code GET /api/articles/{file}}. Files are looked up by name in
 * the ingested catalog, never opened from the request path, so no name can reach outside the
 * articles folder.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private final LiveCorpus live;

    ArticlesResource(LiveCorpus live) {
        this.live = live;
    }

    @GET
    @Operation(summary = "List every article file with its headline, date, chunk count and status")
    public ArticleList list() {
        List<ArticleStatus> statuses;
        try (Snapshot snapshot = live.await().acquire()) {
            statuses = snapshot.statuses();
        }
        long indexed = statuses.stream().filter(s -> ArticleStatus.INDEXED.equals(s.status())).count();
        return new ArticleList(statuses.size(), (int) indexed, statuses.size() - (int) indexed, statuses);
    }

    @GET
    @Path("/{file}")
    @Operation(summary = "One article's text, metadata and sentence offsets")
    public ArticleDetail get(@PathParam("file") String file) {
        try (Snapshot corpus = live.await().acquire()) {
            return corpus.article(file).map(ArticleDetail::of).orElseThrow(() -> notFound(corpus, file));
        }
    }

    private static ApiException notFound(Snapshot corpus, String file) {
        return corpus.statuses().stream()
                .filter(s -> s.file().equals(file) && s.reason().isPresent())
                .findFirst()
                .map(s -> ApiException.notFound("Article '" + file + "' was skipped: " + s.reason().get() + "."))
                .orElseGet(() -> ApiException.notFound("No article named '" + file + "'."));
    }
}
