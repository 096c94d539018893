package io.isnad.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes browsers revalidate the page's files on every load. Their names carry no version, so the
 * static handler's default ({@code immutable}, one day) would keep serving an old script after an
 * upgrade; with {@code no-cache} an unchanged file still costs only a 304.
 */
@ApplicationScoped
class PageCaching {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::revalidate);
    }

    private void revalidate(RoutingContext context) {
        String path = context.normalizedPath();
        boolean pageFile = context.request().method() == HttpMethod.GET
                && !path.startsWith("/api/") && !path.startsWith("/q/");
        if (pageFile) {
            // The static handler writes its own Cache-Control later; this runs after it.
            context.addHeadersEndHandler(v -> context.response().headers().set("Cache-Control", "no-cache"));
        }
        context.next();
    }
}
