package io.isnad.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.common.annotation.Blocking;

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
    private final EvalGate gate;
    private final ApiConfig config;

    EvalResource(EvalRunner runner, EvalGate gate, ApiConfig config) {
        this.runner = runner;
        this.gate = gate;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score retrieval and answers against a question set (JSON Lines in 'questions')",
            description = "Needs the admin token (Authorization: Bearer). Builds a temporary index of the corpus "
                    + "folder, asks every question and returns the JSON report. One evaluation at a time.")
    @APIResponse(responseCode = "200", description = "The report (schema isnad-eval/1)")
    @APIResponse(responseCode = "400", description = "invalid_request: no questions, a corpus outside the working "
            + "directory, k outside 1-50, an unknown split; malformed_question_set: a line that is not a question "
            + "(the message names it); too_many_questions: over isnad.api.eval.max-questions; malformed_json")
    @APIResponse(responseCode = "429", description = "busy: another evaluation is running; retry after the "
            + "Retry-After header's seconds")
    // A run takes seconds to minutes: a worker thread, never the event loop.
    @Blocking
    public EvalReport evaluate(@RequestBody(content = @Content(examples = {
        @ExampleObject(name = "arabic", summary = "One Arabic question", value = ApiExamples.EVAL_ARABIC),
        @ExampleObject(name = "english", summary = "One English question, five passages each", value = ApiExamples.EVAL_ENGLISH)}))
            EvalRequest request) throws IOException {
        if (request == null || request.questions() == null || request.questions().isBlank()) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST,
                    "A JSON body with a 'questions' field holding the question set as JSON Lines is required.");
        }
        QuestionSet set;
        try {
            set = QuestionSetParser.parse("request", request.questions());
        } catch (EvalInputException e) {
            throw ApiException.of(ErrorCode.MALFORMED_QUESTION_SET, e.getMessage());
        }
        int max = config.eval().maxQuestions();
        if (set.questions().size() > max) {
            throw ApiException.of(ErrorCode.TOO_MANY_QUESTIONS, "The question set has " + set.questions().size()
                    + " questions; this endpoint takes at most " + max + " (isnad.api.eval.max-questions). "
                    + "Run larger sets with the 'eval' command.");
        }
        EvalPlan plan = new EvalPlan(corpus(request.corpus()), set,
                request.k() == null ? EvalRunner.DEFAULT_K : request.k(), RankingMode.AS_RETRIEVED,
                split(request.split()), Boolean.TRUE.equals(request.crossCorpus()));
        if (!gate.tryEnter()) {
            throw new BusyException("Another evaluation is running; try again when it has finished.",
                    config.eval().retryAfterSeconds());
        }
        try {
            return runner.run(plan, ProgressListener.NONE);
        } catch (EvalInputException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, e.getMessage());
        } finally {
            gate.leave();
        }
    }

    private static DevSplit.Part split(String label) {
        try {
            return label == null ? DevSplit.Part.ALL : DevSplit.Part.parse(label);
        } catch (EvalInputException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
    }

    /**
     * The corpus folder, which must lie inside the service's working directory: a run quotes the
     * files it reads, so an HTTP caller must not be able to point it at any folder of the server.
     * Real paths are compared, so a link inside the working directory cannot lead out of it.
     */
    private Path corpus(String folder) {
        if (folder == null || folder.isBlank()) {
            return runner.defaultCorpus();
        }
        try {
            Path root = Path.of("").toRealPath();
            Path resolved = root.resolve(folder).normalize();
            if (!resolved.startsWith(root) || Files.exists(resolved) && !resolved.toRealPath().startsWith(root)) {
                throw ApiException.of(ErrorCode.INVALID_REQUEST,
                        "'corpus' must be a folder inside the service's working directory.");
            }
            return root.relativize(resolved).toString().isEmpty() ? root : root.relativize(resolved);
        } catch (InvalidPathException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, "'corpus' is not a valid folder path.");
        } catch (IOException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, "'corpus' cannot be read: " + e.getMessage());
        }
    }
}
