package io.isnad.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds the browser security headers to every HTTP response. The page shows article text that
 * anyone could have written, so the policy allows scripts, styles and requests from this origin
 * only: even if some text ever reached the DOM as markup, nothing inline or foreign would run.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Quarkus' own tools (Swagger UI, dev UI) use inline scripts; the policy would break them. */
    private static final String QUARKUS_TOOLS = "/q/";

    /** Runs before every other route, so static files, API answers and errors all carry the headers. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!context.normalizedPath().startsWith(QUARKUS_TOOLS)) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Frame-Options", "DENY");
        }
        context.next();
    }
}
