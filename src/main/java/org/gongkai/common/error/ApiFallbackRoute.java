package org.gongkai.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;

/**
 * A path under /api that no resource serves is a problem+json 404 too. The REST layer passes unmatched paths on
 * (so that the SPA's routes work); this last route catches only /api/*, never the SPA's paths.
 */
@ApplicationScoped
public class ApiFallbackRoute {
    private final ObjectMapper mapper = new ObjectMapper();

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(ctx -> {
            String path = ctx.request().path();
            Problem p = new Problem(Problem.TYPE_BASE + "not-found", "Not found", 404, "no API resource at " + path, path, null);
            try {
                ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE).end(mapper.writeValueAsString(p));
            } catch (Exception e) {
                ctx.response().setStatusCode(404).end();
            }
        });
    }
}
