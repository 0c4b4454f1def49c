package org.gongkai.common.error;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Past capacity the service sheds load at once instead of queueing it (issue 17): an API request that finds
 * {@code gongkai.http.max-in-flight} others still being answered gets a 503 problem with {@code Retry-After: 1}
 * straight away, and so does one that finds every database connection busy and the wait queue for them
 * ({@code quarkus.datasource.reactive.max-wait-queue-size}) full ({@link PersistenceProblems}). A client meets a
 * fast "try again in a second" rather than a wait of ten seconds; the requests admitted keep their latency.
 */
@ApplicationScoped
public class LoadShedding {
    @ConfigProperty(name = "gongkai.http.max-in-flight", defaultValue = "512")
    int maxInFlight;

    private final AtomicInteger inFlight = new AtomicInteger();

    void install(@Observes Router router) {
        router.route("/api/*").order(-110).handler(this::admit);
    }

    /** Takes a place if one is free. */
    boolean tryAdmit() {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void admit(RoutingContext ctx) {
        if (!tryAdmit()) {
            ctx.response().putHeader("Retry-After", "1").putHeader("Cache-Control", "no-store");
            HttpLimits.answer(ctx, 503, "overloaded", "Service busy", "too many requests at this moment: nothing was changed; try again in a second", false);
            return;
        }
        ctx.addEndHandler(x -> inFlight.decrementAndGet());
        ctx.next();
    }

    /** Requests being answered now (for the benchmark and the metrics). */
    public int inFlight() {
        return inFlight.get();
    }
}
