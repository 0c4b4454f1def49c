package org.gongkai.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP limits answered as problem+json before anything reads the request (issue 9): a body larger than
 * {@code quarkus.http.limits.max-body-size} is a 413 (by its Content-Length), a URI longer than
 * {@link #MAX_URI_LENGTH} a 414. The server's own line limit ({@code max-initial-line-length}) is set well
 * above ours so that these answers, with a body saying what to do, are the ones a client meets.
 */
@ApplicationScoped
public class HttpLimits {
    public static final int MAX_URI_LENGTH = 8192;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::check);
    }

    void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            end(ctx, 414, "uri-too-long", "URI too long",
                    "the request URI has " + uri.length() + " characters; at most " + MAX_URI_LENGTH + " are accepted: send long queries in a POST body");
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody.asLongValue()) {
                    end(ctx, 413, "payload-too-large", "Payload too large",
                            "the request body is larger than the limit of " + (maxBody.asLongValue() / (1024 * 1024)) + " MiB");
                    return;
                }
            } catch (NumberFormatException e) {
                end(ctx, 400, "bad-request", "Bad request", "the Content-Length header is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void end(RoutingContext ctx, int status, String type, String title, String detail) {
        answer(ctx, status, type, title, detail, true);
    }

    /** A problem answered before any resource: {@code close} drops the connection (a body we will not read). */
    static void answer(RoutingContext ctx, int status, String type, String title, String detail, boolean close) {
        ObjectMapper mapper = MAPPER;
        String path = ctx.request().path();
        Problem p = new Problem(Problem.TYPE_BASE + type, title, status, detail, path == null || path.length() > 200 ? null : path, null);
        String body;
        try {
            body = mapper.writeValueAsString(p);
        } catch (Exception e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (close) ctx.response().putHeader("Connection", "close");
        ctx.response().end(body);
    }
}
