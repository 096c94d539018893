package io.isnad.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.vertx.core.http.HttpMethod;

/**
 * The OpenAPI document's error responses, declared once: every operation under {@code /api} gets
 * the refusals the access filter makes for its path (401 and 403 for the admin endpoints, 401 for
 * the question endpoints' API keys, 413 and 415 for a body), derived from the same
 * {@link ApiPaths} rules, so an endpoint added later is documented as it is protected. Every
 * error response, these and the ones each operation declares, gets the {@link ApiError} body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ErrorResponsesFilter implements OASFilter {

    static final String ERROR_SCHEMA = "ApiError";
    private static final Pattern NAMES_A_CODE = Pattern.compile("^[a-z_]+: ");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(ERROR_SCHEMA, errorSchema());
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!ApiPaths.underApi(path.getKey())) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                APIResponses responses = operation.getValue().getResponses();
                addRefusals(HttpMethod.valueOf(operation.getKey().name()), path.getKey(),
                        operation.getValue().getRequestBody() != null, responses);
                responses.getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(errorContent());
                    }
                });
            }
        }
    }

    private static void addRefusals(HttpMethod method, String path, boolean takesBody, APIResponses responses) {
        if (ApiPaths.needsAdmin(method, path)) {
            add(responses, ErrorCode.UNAUTHORIZED, "the admin token is missing or wrong: send "
                    + "'Authorization: Bearer <isnad.admin.token>'");
            add(responses, ErrorCode.ADMIN_DISABLED, "no admin token is configured (isnad.admin.token), so this "
                    + "endpoint is closed (except in dev mode)");
        } else if (ApiPaths.isQuestion(path)) {
            add(responses, ErrorCode.UNAUTHORIZED, "only when API keys are configured (isnad.api.keys): "
                    + "X-API-Key is missing or wrong");
        }
        if (takesBody) {
            add(responses, ErrorCode.BAD_REQUEST, ApiErrorMapper.BROKEN_BODY);
            add(responses, ErrorCode.BODY_TOO_LARGE, "the body is over this endpoint's limit (isnad.api.max-body-bytes"
                    + (ApiPaths.isEval(path) ? ", here isnad.api.eval.max-body-bytes)" : ")"));
            add(responses, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the body is not sent as application/json");
        }
    }

    /**
     * Joins the operation's own description of a status, since several codes can share one; a
     * description naming no code (the framework's generated "Bad Request") is replaced.
     */
    private static void add(APIResponses responses, ErrorCode code, String meaning) {
        String key = String.valueOf(code.status());
        String line = code.code() + ": " + meaning;
        var existing = responses.getAPIResponse(key);
        if (existing == null || existing.getDescription() == null || !NAMES_A_CODE.matcher(existing.getDescription()).find()) {
            responses.addAPIResponse(key, OASFactory.createAPIResponse().description(line));
        } else if (!existing.getDescription().contains(code.code() + ":")) {
            existing.setDescription(existing.getDescription() + "; " + line);
        }
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA)));
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("The body of every HTTP error: the same two fields whatever refused the request.")
                .addProperty("error", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("A stable machine-readable code; each operation lists the codes it can answer "
                                + "with, under the status they come with.")
                        .examples(List.of("invalid_request")))
                .addProperty("message", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("A sentence for people saying what to change; never a stack trace. In "
                                + "Arabic or English: the first of the two that Accept-Language names, else the "
                                + "question's language, else English; Content-Language says which.")
                        .examples(List.of("The field 'question' is required and must not be blank.")))
                .required(List.of("error", "message"));
    }
}
