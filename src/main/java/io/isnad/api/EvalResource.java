package io.isnad.api;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.isnad.eval.DevSplit;
import io.isnad.eval.EvalInputException;
import io.isnad.eval.EvalPlan;
import io.isnad.eval.EvalReport;
import io.isnad.eval.EvalRunner;
import io.isnad.eval.ProgressListener;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;
import io.isnad.eval.RankingMode;

/** {@code POST /api/eval}: scores a question set and returns the JSON report. */
@jakarta.ws.rs.Path("/api/eval")
public class EvalResource {

    private final EvalRunner runner;

    EvalResource(EvalRunner runner) {
        this.runner = runner;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score retrieval and answers against a question set (JSON Lines in 'questions')")
    public EvalReport evaluate(EvalRequest request) throws IOException {
        if (request == null || request.questions() == null || request.questions().isBlank()) {
            throw ApiException.badRequest("invalid_request",
                    "A JSON body with a 'questions' field holding the question set as JSON Lines is required.");
        }
        QuestionSet set;
        try {
            set = QuestionSetParser.parse("request", request.questions());
        } catch (EvalInputException e) {
            throw ApiException.badRequest("malformed_question_set", e.getMessage());
        }
        try {
            EvalPlan plan = new EvalPlan(corpus(request.corpus()), set,
                    request.k() == null ? EvalRunner.DEFAULT_K : request.k(), RankingMode.AS_RETRIEVED,
                    request.split() == null ? DevSplit.Part.ALL : DevSplit.Part.parse(request.split()),
                    Boolean.TRUE.equals(request.crossCorpus()));
            return runner.run(plan, ProgressListener.NONE);
        } catch (EvalInputException e) {
            throw ApiException.badRequest("invalid_request", e.getMessage());
        }
    }

    /**
     * The corpus folder, which must lie inside the service's working directory: a run quotes the
     * files it reads, so an HTTP caller must not be able to point it at any folder of the server.
     */
    private Path corpus(String folder) {
        if (folder == null || folder.isBlank()) {
            return runner.defaultCorpus();
        }
        Path root = Path.of("").toAbsolutePath().normalize();
        try {
            Path resolved = root.resolve(folder).normalize();
            if (!resolved.startsWith(root)) {
                throw ApiException.badRequest("invalid_request",
                        "'corpus' must be a folder inside the service's working directory.");
            }
            return root.relativize(resolved).toString().isEmpty() ? root : root.relativize(resolved);
        } catch (InvalidPathException e) {
            throw ApiException.badRequest("invalid_request", "'corpus' is not a valid folder path.");
        }
    }
}
