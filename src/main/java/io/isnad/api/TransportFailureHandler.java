package io.isnad.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures raised below the resources (a chunked body over the endpoint's limit, a truncated or
 * malformed body) get the same {@link ApiError} shape as everything else instead of the framework's page.
 * They are the client's doing, so they are logged at WARN, in one line without a stack trace.
 */
@ApplicationScoped
class TransportFailureHandler {

    private static final Logger LOG = Logger.getLogger(TransportFailureHandler.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().headWritten()) {
            // A second failure of a request already answered: a broken body fails once when it is
            // read and once more when the connection then closes.
            return;
        }
        if (context.failure() != null && ApiErrorMapper.brokenBody(context.failure())) {
            LOG.warnf("Refused %s %s: request body unreadable (%s)", context.request().method(),
                    context.normalizedPath(), context.failure().getMessage());
            ApiErrorMapper.closeAfterResponse(context);
            ApiErrorMapper.send(context, ErrorCode.BAD_REQUEST, ApiErrorMapper.BROKEN_BODY);
            return;
        }
        int status = context.statusCode() > 0 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Unexpected error below the resources", context.failure());
        } else {
            LOG.warnf("Refused %s %s: %d%s", context.request().method(), context.normalizedPath(), status,
                    context.failure() == null ? "" : " (" + context.failure().getMessage() + ")");
        }
        if (status == ErrorCode.BODY_TOO_LARGE.status()) {
            ApiErrorMapper.closeAfterResponse(context);
        }
        ApiErrorMapper.send(context, status, ErrorCode.forStatus(status), ApiErrorMapper.message(status));
    }
}
