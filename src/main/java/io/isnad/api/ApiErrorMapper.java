package io.isnad.api;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.isnad.feedback.FeedbackUnavailableException;
import io.isnad.index.CorpusUnavailableException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place HTTP errors are turned into {@link ApiError} bodies: exceptions of the resources,
 * refusals of the access filter, and failures below the resources (a body over the transport
 * limit, a broken chunked body), which would otherwise get the framework's own HTML or text. The
 * message is in the reader's language ({@link ErrorMessages}), named in {@code Content-Language}.
 */
public class ApiErrorMapper {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class);
    private static final String ACCEPT_LANGUAGE = HttpHeaders.ACCEPT_LANGUAGE;
    private static final String CONTENT_LANGUAGE = HttpHeaders.CONTENT_LANGUAGE;
    private static final String VARY = HttpHeaders.VARY;
    static final String BROKEN_BODY = "The request body is truncated or its chunked encoding is malformed.";
    static final String NOT_JSON = "The request body is not valid JSON for this endpoint.";
    static final String OUR_FAULT = "Something went wrong on our side; the error was logged.";
    static final String NO_RATINGS = "Ratings cannot be stored or read right now; the error was logged.";

    private final AllowedMethods allowed;

    ApiErrorMapper(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerExceptionMapper
    public Response refused(ApiException e, HttpHeaders headers) {
        Response response = respond(headers, e.code(), e.getMessage(), e.question());
        if (e instanceof BusyException busy) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(busy.retryAfterSeconds()));
        }
        return response;
    }

    /**
     * Jackson's specific exceptions are listed because the framework maps them itself otherwise. A field the body
     * does not have, or one of another JSON type than its schema gives, is named (Jackson knows its path:
     * {@code history[1]}); a body that is not JSON, or not the endpoint's object, is told so.
     */
    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class})
    public Response malformedJson(Exception e, HttpHeaders headers) {
        return switch (e) {
            case UnrecognizedPropertyException unknown ->
                    respond(headers, ErrorMessages.unknownField(field(unknown), unknown.getKnownPropertyIds()));
            case MismatchedInputException mismatch when !mismatch.getPath().isEmpty() ->
                    respond(headers, ErrorMessages.wrongType(field(mismatch), mismatch.getTargetType()));
            default -> respond(headers, ErrorCode.MALFORMED_JSON, NOT_JSON, null);
        };
    }

    /** A field's path in the body as a client writes it: {@code topK}, {@code history[1]}, {@code citations[0].end}. */
    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(at -> at.getFieldName() != null ? "." + at.getFieldName()
                : "[" + at.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /**
     * A request that breaks a constraint declared on its record: the first broken one (by field
     * name, so the reply is repeatable) is reported with the message written on the constraint.
     */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .orElseThrow();
        ErrorCode code = first.getConstraintDescriptor().getAnnotation() instanceof Size && asksAQuestion(first)
                ? ErrorCode.QUESTION_TOO_LONG : ErrorCode.INVALID_REQUEST;
        return respond(headers, code, first.getMessage(), questionOf(first.getLeafBean()));
    }

    /** The question a refused request body asked, if it is one that asks. */
    private static String questionOf(Object body) {
        return switch (body) {
            case AskRequest ask -> ask.question();
            case ChatRequest chat -> chat.message();
            case null, default -> null;
        };
    }

    /**
     * Only the user's questions are "too long": the one asked, or an earlier one of its history; another field over
     * its limit is just invalid.
     */
    private static boolean asksAQuestion(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.endsWith(".question") || path.endsWith(".message") || path.contains(".history[");
    }

    @ServerExceptionMapper
    public Response notReady(CorpusUnavailableException e, HttpHeaders headers) {
        return respond(headers, ErrorCode.NOT_READY, e.getMessage(), null);
    }

    /** The server's disk, not the request: the rating can be sent again once the file is writable. */
    @ServerExceptionMapper
    public Response feedbackUnavailable(FeedbackUnavailableException e, HttpHeaders headers) {
        LOG.error("Feedback store unavailable", e);
        return respond(headers, ErrorCode.FEEDBACK_UNAVAILABLE, NO_RATINGS, null);
    }

    /** A 405 names the methods the path answers ({@code Allow}), which the framework's exception does not carry. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, headers);
        }
        Response response = respond(headers, status, ErrorCode.forStatus(status), message(status), null);
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            allowed.allow(uri.getPath())
                    .ifPresent(methods -> response.getHeaders().putSingle(HttpHeaders.ALLOW, methods));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        // The resources read bodies through an input stream, which wraps the cause in an IOException.
        if (e instanceof IOException && brokenBody(e)) {
            LOG.warnf("Request body unreadable (%s)", e.getMessage());
            return respond(headers, ErrorCode.BAD_REQUEST, BROKEN_BODY, null);
        }
        LOG.error("Unexpected error while handling a request", e);
        return respond(headers, ErrorCode.INTERNAL_ERROR, OUR_FAULT, null);
    }

    /**
     * A body that could not be read: truncated (the client hung up before its declared length) or
     * badly chunked (the chunk decoder's number parse fails), whether the resource or the body
     * handler was reading it. The client's doing, not ours.
     */
    static boolean brokenBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException || t instanceof HttpClosedException
                    || t instanceof NumberFormatException) {
                return true;
            }
        }
        return false;
    }

    /** {@code message} is the English one; the reply carries it in the language the request asks for. */
    private static Response respond(HttpHeaders headers, ErrorCode code, String message, String question) {
        return respond(headers, code.status(), code, message, question);
    }

    private static Response respond(HttpHeaders headers, int status, ErrorCode code, String message, String question) {
        String language = ErrorMessages.language(headers.getHeaderString(ACCEPT_LANGUAGE), question);
        return respond(language, status, code, ErrorMessages.in(language, code, message));
    }

    /** A refusal naming what the request sent, in the language {@code Accept-Language} names (no question read). */
    private static Response respond(HttpHeaders headers, ErrorMessages.Named refusal) {
        String language = ErrorMessages.language(headers.getHeaderString(ACCEPT_LANGUAGE), null);
        return respond(language, refusal.code().status(), refusal.code(), refusal.in(language));
    }

    private static Response respond(String language, int status, ErrorCode code, String said) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(CONTENT_LANGUAGE, language).header(VARY, ACCEPT_LANGUAGE)
                .entity(new ApiError(code.code(), said)).build();
    }

    /** Writes the error shape straight onto a Vert.x response, for refusals made before any resource runs. */
    static void send(RoutingContext context, ErrorCode code, String message) {
        send(context, code.status(), code, message);
    }

    /** For a bare status (which {@code code} stands for), the framework's or the transport's. */
    static void send(RoutingContext context, int status, ErrorCode code, String message) {
        if (context.response().headWritten()) {
            context.response().close();
            return;
        }
        String language = ErrorMessages.language(context.request().getHeader(ACCEPT_LANGUAGE), null);
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .putHeader(CONTENT_LANGUAGE, language).putHeader(VARY, ACCEPT_LANGUAGE)
                .end(new JsonObject().put("error", code.code())
                        .put("message", ErrorMessages.in(language, code, message)).encode());
    }

    /**
     * For a refusal sent before the request's body was read: the rest of the body would be taken
     * for the next request, so the connection is closed once the answer has gone out.
     */
    static void closeAfterResponse(RoutingContext context) {
        context.response().putHeader("Connection", "close");
        context.response().endHandler(v -> context.request().connection().close());
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This endpoint answers in JSON.";
            case 413 -> "The request body is larger than this endpoint accepts.";
            case 414 -> "The request URI is too long.";
            case 415 -> "Send the request body as application/json.";
            case 431 -> "The request headers are too large.";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "The request failed." : known.getReasonPhrase() + ".";
            }
        };
    }
}
