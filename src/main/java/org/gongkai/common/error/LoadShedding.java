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
 * fast "try again in a second" rather than a wait of ten seconds; the requests admitted keep their latency. Writes
 * (submissions, staff actions) have a bound of their own, {@code gongkai.http.max-in-flight-writes}: they wait on
 * the application rather than on the pool, so past their capacity only this bound sheds them.
 */
@ApplicationScoped
public class LoadShedding {
    @ConfigProperty(name = "gongkai.http.max-in-flight", defaultValue = "512")
    int maxInFlight;

    @ConfigProperty(name = "gongkai.http.max-in-flight-writes", defaultValue = "64")
    int maxWrites;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    void install(@Observes Router router) {
        router.route("/api/*").order(-110).handler(this::admit);
    }

    /** Takes a place if one is free. */
    boolean tryAdmit() {
        return take(inFlight, maxInFlight);
    }

    /** Takes a place among the writes if one is free (and one among all requests). */
    boolean tryAdmitWrite() {
        if (!take(writes, maxWrites)) return false;
        if (take(inFlight, maxInFlight)) return true;
        writes.decrementAndGet();
        return false;
    }

    private static boolean take(AtomicInteger n, int max) {
        if (n.incrementAndGet() > max) {
            n.decrementAndGet();
            return false;
        }
        return true;
    }

    static boolean write(io.vertx.core.http.HttpMethod m) {
        return m != io.vertx.core.http.HttpMethod.GET && m != io.vertx.core.http.HttpMethod.HEAD && m != io.vertx.core.http.HttpMethod.OPTIONS;
    }

    void admit(RoutingContext ctx) {
        boolean write = write(ctx.request().method());
        if (!(write ? tryAdmitWrite() : tryAdmit())) {
            ctx.response().putHeader("Retry-After", "1").putHeader("Cache-Control", "no-store");
            HttpLimits.answer(ctx, 503, "overloaded", "Service busy", "too many requests at this moment: nothing was changed; try again in a second", false);
            return;
        }
        ctx.addEndHandler(x -> {
            inFlight.decrementAndGet();
            if (write) writes.decrementAndGet();
        });
        ctx.next();
    }

    /** Requests being answered now (for the benchmark and the metrics). */
    public int inFlight() {
        return inFlight.get();
    }
}
