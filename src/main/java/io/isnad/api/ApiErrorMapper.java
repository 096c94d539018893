package io.isnad.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.isnad.index.CorpusUnavailableException;

/** The one place HTTP errors are turned into {@link ApiError} bodies. */
public class ApiErrorMapper {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return respond(e.status(), e.error(), e.getMessage());
    }

    /** Jackson's specific exceptions are listed because the framework maps them itself otherwise. */
    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class})
    public Response malformedJson(Exception e) {
        return respond(400, "malformed_json", "The request body is not valid JSON for this endpoint.");
    }

    @ServerExceptionMapper
    public Response notReady(CorpusUnavailableException e) {
        return respond(503, "not_ready", e.getMessage());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException) {
            return malformedJson(e);
        }
        return switch (status) {
            case 404 -> respond(status, "not_found", "No such resource.");
            case 405 -> respond(status, "method_not_allowed", "This method is not allowed here.");
            case 406 -> respond(status, "not_acceptable", "This endpoint answers in JSON.");
            case 415 -> respond(status, "unsupported_media_type", "Send the request body as application/json.");
            case 400 -> respond(status, "bad_request", "The request could not be read.");
            default -> respond(status, "http_" + status, Response.Status.fromStatusCode(status) == null
                    ? "The request failed." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".");
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error while handling a request", e);
        return respond(500, "internal_error", "Something went wrong on our side; the error was logged.");
    }

    static Response respond(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, message)).build();
    }
}
