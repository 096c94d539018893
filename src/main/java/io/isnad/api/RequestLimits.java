package io.isnad.api;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request line and header limits ({@link ApiConfig#maxUriLength()},
 * {@link ApiConfig#maxHeaderBytes()}), answered with the {@link ApiError} shape and logged at WARN.
 * <p>
 * When the HTTP parser itself refuses a request (line or headers over its limit, a malformed
 * Content-Length, a request line that is not HTTP), Vert.x answers with a bare status line and
 * closes; so does Quarkus for a URI that {@link java.net.URI} cannot parse. Quarkus offers no
 * hook into those refusals (its server's {@code invalidRequestHandler} is not exposed). So the parser's own limits are raised to {@value #PARSER_HEADROOM} times the
 * configured ones and the configured ones are enforced here, where a route can answer in JSON;
 * only requests beyond the parser's ceiling, or not HTTP at all, still get the bare refusal.
 */
@ApplicationScoped
class RequestLimits implements HttpServerOptionsCustomizer {

    static final int PARSER_HEADROOM = 16;
    /** The ": " and CR LF around each header, which the parser counts as well. */
    private static final int HEADER_FRAMING = 4;
    private static final Logger LOG = Logger.getLogger(RequestLimits.class);

    private final ApiConfig config;

    RequestLimits(ApiConfig config) {
        this.config = config;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        // The request line holds the method and the version around the URI.
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(),
                PARSER_HEADROOM * config.maxUriLength()));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), PARSER_HEADROOM * config.maxHeaderBytes()));
    }

    /** Right after the security headers, before anything reads the request. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int uri = request.uri().length();
        long headers = headerBytes(request);
        if (uri > config.maxUriLength()) {
            refuse(context, ErrorCode.URI_TOO_LONG, "The request URI has " + uri + " characters; the server accepts "
                    + "at most " + config.maxUriLength() + ".");
        } else if (headers > config.maxHeaderBytes()) {
            refuse(context, ErrorCode.HEADERS_TOO_LARGE, "The request headers have " + headers + " bytes; the server "
                    + "accepts at most " + config.maxHeaderBytes() + ".");
        } else if (request.authority() == null && request.version() != HttpVersion.HTTP_1_0) {
            refuse(context, ErrorCode.BAD_REQUEST, "The request has no Host header, which HTTP/1.1 requires.");
        } else {
            context.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + HEADER_FRAMING;
        }
        return total;
    }

    private static void refuse(RoutingContext context, ErrorCode code, String message) {
        LOG.warnf("Refused %s: %d %s", context.request().method(), code.status(), message);
        ApiErrorMapper.closeAfterResponse(context);
        ApiErrorMapper.send(context, code, message);
    }
}
