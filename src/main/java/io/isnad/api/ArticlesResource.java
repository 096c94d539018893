package io.isnad.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.isnad.index.LiveCorpus;
import io.isnad.index.Snapshot;

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
    @Operation(summary = "One page of the article files, with headline, date, chunk count and status; filtered by"
            + " headline or file name (q) and by date (from, to: YYYY-MM-DD, inclusive)")
    public ArticleList list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to) {
        ArticleFilter filter = ArticleFilter.of(offset, limit, q, from, to);
        try (Snapshot snapshot = live.await().acquire()) {
            return filter.page(snapshot.statuses());
        }
    }

    @GET
    // Ids of articles in sub-folders hold slashes (2024/05/x.txt), sent as a path tail or encoded.
    @Path("/{file: .+}")
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
