package io.isnad.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Operation(summary = "One page of the article files, with headline, date, chunk count and status",
            description = "Lists the files of the articles folder in file order, the indexed ones and the skipped "
                    + "ones (with the reason), filtered by headline or file name and by date. The counts cover the "
                    + "whole folder and the filtered list, so a client can page through it.")
    @APIResponse(responseCode = "200", description = "The page and the counts")
    @APIResponse(responseCode = "400", description = "invalid_request: offset or limit not a whole number or out of "
            + "range, a date not written YYYY-MM-DD, from after to")
    @APIResponse(responseCode = "503", description = "not_ready: the index is still being built")
    public ArticleList list(
            @Parameter(description = "How many matching files to skip; default 0.", example = "0")
            @QueryParam("offset") String offset,
            @Parameter(description = "Most files on the page, 1 to " + ArticleFilter.MAX_LIMIT + "; default "
                    + ArticleFilter.DEFAULT_LIMIT + ".", example = "20")
            @QueryParam("limit") String limit,
            @Parameter(description = "Words the headline or file name must contain, Arabic or English; case, "
                    + "diacritics and Arabic spelling variants are ignored.", example = "حلب")
            @QueryParam("q") String q,
            @Parameter(description = "Earliest article date, YYYY-MM-DD, inclusive.", example = "2024-11-01")
            @QueryParam("from") String from,
            @Parameter(description = "Latest article date, YYYY-MM-DD, inclusive.", example = "2024-12-31")
            @QueryParam("to") String to) {
        ArticleFilter filter = ArticleFilter.of(offset, limit, q, from, to);
        try (Snapshot snapshot = live.await().acquire()) {
            return filter.page(snapshot.statuses());
        }
    }

    @GET
    // Ids of articles in sub-folders hold slashes (2024/05/x.txt), sent as a path tail or encoded.
    @Path("/{file: .+}")
    @Operation(summary = "One article's text, metadata and sentence offsets",
            description = "The article's full text as ingested, so that a citation's quote is "
                    + "text.substring(start, end), with its headline, date and the offsets of its sentences.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "not_found: no such file, or it was skipped at ingestion (the "
            + "message says why)")
    @APIResponse(responseCode = "503", description = "not_ready: the index is still being built")
    public ArticleDetail get(@Parameter(description = "The file's id: its path relative to the articles folder, "
            + "with '/' between folders (sent as is or percent-encoded).", example = "000_7a1f042e14fe9a2d.txt")
            @PathParam("file") String file) {
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
