package org.gongkai.common.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

/**
 * A request id on every log line (issue 18): the load balancer's {@code X-Request-Id} when it sends a sensible one,
 * else a new one; put in the logging context of the request (propagated along its reactive chain) and answered in the
 * same header, so that a citizen's "error id" and the operator's log meet. It says nothing about the person.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    void install(@Observes Router router) {
        router.route().order(-200).handler(this::tag);
    }

    void tag(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SENSIBLE.matcher(given).matches() ? given : fresh();
        MDC.put(MDC_KEY, id);
        ctx.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.addEndHandler(x -> MDC.remove(MDC_KEY));
        ctx.next();
    }

    static String fresh() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
