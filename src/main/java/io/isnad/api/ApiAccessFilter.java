package io.isnad.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Who may call what under {@code /api}, decided by path alone before any resource is chosen, so
 * an endpoint added later under a protected path is protected too:
 * <ul>
 * <li>{@code /api/admin/*}, {@code /api/eval} and {@code GET /api/feedback} need the admin token
 * ({@link AdminConfig}); without one configured they are closed, except in dev mode;</li>
 * <li>the question endpoints need an API key when {@link ApiConfig#keys()} lists any;</li>
 * <li>a POST, PUT or PATCH must carry a JSON body: no HTML form on another site can send one, so
 * no page can make a visitor's browser reindex or evaluate;</li>
 * <li>a body declared larger than the endpoint's limit is refused before it is read; a body of
 * undeclared length (chunked) is read here, up to that limit, before the resource sees it.</li>
 * </ul>
 * {@code /slack/*} lies outside {@code /api}: Slack signs its form-encoded requests instead.
 */
@ApplicationScoped
class ApiAccessFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    static final String NOT_JSON_BODY = "Send the request body as application/json (Content-Type: application/json).";

    private final AdminConfig admin;
    private final ApiConfig api;
    private final boolean devMode;
    private final BodyHandler chunkedBody;
    private final BodyHandler chunkedEvalBody;

    ApiAccessFilter(AdminConfig admin, ApiConfig api) {
        this.admin = admin;
        this.api = api;
        this.devMode = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        this.chunkedBody = BodyHandler.create(false).setBodyLimit(api.maxBodyBytes());
        this.chunkedEvalBody = BodyHandler.create(false).setBodyLimit(api.eval().maxBodyBytes());
    }

    /** Right after the security headers, before any resource or static file. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (!ApiPaths.underApi(path)) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        Optional<Refusal> refusal = tooLarge(request, path)
                .or(() -> unauthorized(request, path))
                .or(() -> notJson(request));
        if (refusal.isEmpty()) {
            passOn(context, path);
            return;
        }
        ErrorCode code = refusal.get().code();
        if (code == ErrorCode.UNAUTHORIZED) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        if (code == ErrorCode.BODY_TOO_LARGE) {
            ApiErrorMapper.closeAfterResponse(context);
        }
        ApiErrorMapper.send(context, code, refusal.get().message());
    }

    /**
     * Without a Content-Length only the bytes themselves tell the size: the body handler reads
     * them and fails with 413 (answered by {@link TransportFailureHandler}) past the endpoint's
     * limit; the resource then reads the buffered body. Otherwise the transport's ceiling
     * ({@code quarkus.http.limits.max-body-size}) would be the only limit.
     */
    private void passOn(RoutingContext context, String path) {
        HttpServerRequest request = context.request();
        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && carriesBody(request.method())) {
            (ApiPaths.isEval(path) ? chunkedEvalBody : chunkedBody).handle(context);
        } else {
            context.next();
        }
    }

    private Optional<Refusal> tooLarge(HttpServerRequest request, String path) {
        long limit = ApiPaths.isEval(path) ? api.eval().maxBodyBytes() : api.maxBodyBytes();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return Optional.of(new Refusal(ErrorCode.BAD_REQUEST, "The Content-Length header is not a number."));
        }
        return length > limit
                ? Optional.of(new Refusal(ErrorCode.BODY_TOO_LARGE,
                        "The request body has " + length + " bytes; this endpoint accepts at most " + limit + "."))
                : Optional.empty();
    }

    private Optional<Refusal> unauthorized(HttpServerRequest request, String path) {
        if (ApiPaths.needsAdmin(request.method(), path)) {
            if (admin.token().isEmpty() || admin.token().get().isBlank()) {
                return devMode ? Optional.empty()
                        : Optional.of(new Refusal(ErrorCode.ADMIN_DISABLED, "This endpoint is closed until an "
                                + "admin token is configured: set isnad.admin.token (environment variable "
                                + "ISNAD_ADMIN_TOKEN) and send it as 'Authorization: Bearer <token>'."));
            }
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            boolean valid = header != null && header.startsWith(BEARER)
                    && matches(header.substring(BEARER.length()).strip(), List.of(admin.token().get()));
            return valid ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.UNAUTHORIZED,
                            "This endpoint needs the admin token: send 'Authorization: Bearer <isnad.admin.token>'."));
        }
        if (ApiPaths.isQuestion(path) && api.keys().isPresent() && !api.keys().get().isEmpty()) {
            String key = request.getHeader(API_KEY_HEADER);
            return key != null && matches(key.strip(), api.keys().get()) ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.UNAUTHORIZED,
                            "This endpoint needs an API key: send one of isnad.api.keys as '" + API_KEY_HEADER + "'."));
        }
        return Optional.empty();
    }

    private static boolean carriesBody(HttpMethod method) {
        return HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method);
    }

    private static Optional<Refusal> notJson(HttpServerRequest request) {
        if (!carriesBody(request.method())) {
            return Optional.empty();
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip();
        return mediaType.equalsIgnoreCase("application/json") ? Optional.empty()
                : Optional.of(new Refusal(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        NOT_JSON_BODY));
    }

    private record Refusal(ErrorCode code, String message) {
    }

    /** Compared in constant time, whichever key matches and however much of it does. */
    private static boolean matches(String given, List<String> secrets) {
        byte[] candidate = given.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (String secret : secrets) {
            found |= !secret.isBlank() && MessageDigest.isEqual(candidate, secret.strip().getBytes(StandardCharsets.UTF_8));
        }
        return found;
    }
}
