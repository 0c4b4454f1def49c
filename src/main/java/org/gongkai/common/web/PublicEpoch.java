package org.gongkai.common.web;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the portal shows, as of when (issue 17): a number that the database moves whenever anything public may have
 * changed (V26: a publication, a withdrawal, a link, the search index, the catalogue) and the time it moved, with the
 * catalogue's published version. Public reads use it as their ETag and Last-Modified and the catalogue cache as its
 * key. Every application copy LISTENs for the change and reads the row every second as well, so that a copy whose
 * notification was lost is never more than a second behind.
 */
@ApplicationScoped
public class PublicEpoch {
    private static final Logger LOG = Logger.getLogger(PublicEpoch.class);
    static final String CHANNEL = "gongkai_public";

    /** The state seen: {@code n} the epoch, {@code catalogueVersion} the published catalogue's number (0: none). */
    public record State(long n, Instant changedAt, int catalogueVersion) {
        public String etag() {
            return "W/\"p" + n + "\"";
        }
    }

    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    Optional<String> url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile State state;
    private PgSubscriber subscriber;
    private long timer = -1;

    void start(@Observes StartupEvent e) {
        refresh().subscribe().with(x -> {}, err -> {});
        timer = vertx.setPeriodic(1000, id -> refresh().subscribe().with(x -> {}, err -> {}));
        url.ifPresent(u -> {
            PgConnectOptions options = org.gongkai.common.sql.PgOptions.of(u, user, password);
            subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
            subscriber.channel(CHANNEL).handler(payload -> refresh().subscribe().with(x -> {}, err -> {}));
            subscriber.connect().subscribe().with(x -> {}, err -> LOG.debugf("public epoch: LISTEN not connected (%s); reading every second", err.getMessage()));
        });
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        if (subscriber != null) subscriber.close();
    }

    /** The latest state seen; read from the database the first time. */
    public io.smallrye.mutiny.Uni<State> current() {
        State s = state;
        return s != null ? io.smallrye.mutiny.Uni.createFrom().item(s) : refresh();
    }

    private final java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong unsettledSince = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A request of this copy that may change what is public began (staff editing, publishing, answering). Until it has
     * ended and the epoch has been read again, public reads are not answered from memory nor with a 304: whoever
     * published sees the result at once, even before the notification arrives.
     */
    public void writeStarted() {
        writes.incrementAndGet();
    }

    public void writeEnded() {
        long mark = System.nanoTime();
        unsettledSince.set(mark);
        writes.decrementAndGet();
        refresh().subscribe().with(x -> unsettledSince.compareAndSet(mark, 0), err -> {});
    }

    /** No change of this copy's is under way or unseen. */
    public boolean settled() {
        return writes.get() == 0 && unsettledSince.get() == 0;
    }

    /** The latest state seen, or null before the first read (then no public read is answered from it). */
    public State now() {
        return state;
    }

    /** Reads the row (after this application's own change, so that it is seen at once). */
    public io.smallrye.mutiny.Uni<State> refresh() {
        return pool.query("select n, changed_at, coalesce((select max(version_no) from catalogue_version where state = 'PUBLISHED'), 0) "
                        + "from public_epoch where id = 1").execute()
                .map(rows -> {
                    var r = rows.iterator().next();
                    State s = new State(r.getLong(0), r.getOffsetDateTime(1).toInstant(), r.getInteger(2));
                    State old = state;
                    if (old == null || s.n() >= old.n()) state = s;
                    return state;
                });
    }
}
