package org.gongkai.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * How browsers and proxies may keep the web UI (issue 16): the built assets carry a content hash in their names, so
 * they are kept a year as immutable; every other page of the single-page app (index.html under any route) is
 * revalidated each time, so that after a deploy nobody keeps the old app. The API sets its own headers.
 */
@ApplicationScoped
public class StaticCaching {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    /** What the web UI's path may be cached as; null for the API and the platform's own endpoints. */
    static String policy(String path) {
        if (path == null || path.startsWith("/api/") || path.startsWith("/q/") || path.startsWith("/oidc-dev")) return null;
        if (path.startsWith("/assets/")) return IMMUTABLE;
        return REVALIDATE;
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::cacheHeaders);
    }

    void cacheHeaders(RoutingContext rc) {
        String policy = policy(rc.normalizedPath());
        if (policy != null) {
            // set when the headers go out, over whatever the static handler put there
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() < 400) rc.response().headers().set("Cache-Control", policy);
                else rc.response().headers().set("Cache-Control", "no-store");
            });
        }
        rc.next();
    }
}
