package org.gongkai.common.web;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where the portal's public reads go (issue 18): to a PostgreSQL streaming replica when one is configured
 * ({@code gongkai.read-replica.url}) and fresh enough, else to the primary. Fresh enough means: the replica has
 * replayed at least the public epoch that this copy has seen on the primary ({@link PublicEpoch}, moved by every
 * publication, withdrawal, link, search-index and catalogue change), it answered within the last
 * {@code gongkai.read-replica.max-silence}, and no change of this copy's own is under way or unseen. So a reader never
 * sees the portal older than the primary's state this copy answers ETags from, and whoever publishes sees the result
 * at once; a replica that lags, pauses or is down simply gets no reads until it has caught up.
 *
 * <p>Only reads of published content use it (the portal's lists, items, feeds and search). Everything else — staff
 * work, submissions, anything personal — reads and writes the primary.
 */
@ApplicationScoped
public class PublicReadPool {
    private static final Logger LOG = Logger.getLogger(PublicReadPool.class);

    @Inject
    Pool primary;
    @Inject
    PublicEpoch epoch;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "gongkai.read-replica.url")
    Optional<String> url;
    @ConfigProperty(name = "gongkai.read-replica.username")
    Optional<String> username;
    @ConfigProperty(name = "gongkai.read-replica.password")
    Optional<String> password;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> primaryUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> primaryPassword;
    @ConfigProperty(name = "gongkai.read-replica.max-size", defaultValue = "16")
    int maxSize;
    /** How often the replica's epoch is read, in milliseconds. */
    @ConfigProperty(name = "gongkai.read-replica.check-millis", defaultValue = "250")
    long checkMillis;
    /** A replica silent for longer than this (in milliseconds) gets no reads. */
    @ConfigProperty(name = "gongkai.read-replica.max-silence-millis", defaultValue = "2000")
    long maxSilenceMillis;

    private Pool replica;
    private long timer = -1;
    /** The replica's epoch at its last answer, and when that was (System.nanoTime); -1: none yet or failed. */
    private volatile long replicaEpoch = -1;
    private volatile long answeredAt;
    private Counter toReplica;
    private Counter toPrimary;
    private final AtomicLong lag = new AtomicLong();

    void start(@Observes StartupEvent e) {
        toReplica = Counter.builder("gongkai.public.reads").description("Public reads by the database that answered them").tag("pool", "replica").register(registry);
        toPrimary = Counter.builder("gongkai.public.reads").description("Public reads by the database that answered them").tag("pool", "primary").register(registry);
        // 0 without a replica: nothing lags
        Gauge.builder("gongkai.read.replica.lag", lag, AtomicLong::get)
                .description("How many public epochs the read replica is behind this copy's view of the primary (-1: not answering; 0 also when there is none)")
                .register(registry);
        if (url.isEmpty() || url.get().isBlank()) return;
        PgConnectOptions options = org.gongkai.common.sql.PgOptions.of(url.get(), username.or(() -> primaryUser), password.or(() -> primaryPassword));
        options.setCachePreparedStatements(true);
        replica = PgBuilder.pool().with(new PoolOptions().setMaxSize(maxSize).setMaxWaitQueueSize(4 * maxSize).setName("replica"))
                .connectingTo(options).using(vertx).build();
        LOG.infof("public reads: a replica at %s:%d, used while it is as fresh as the primary", options.getHost(), options.getPort());
        check();
        timer = vertx.setPeriodic(checkMillis, id -> check());
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        if (replica != null) replica.close().subscribe().with(x -> {}, err -> {});
    }

    private void check() {
        replica.query("select n from public_epoch where id = 1").execute().subscribe().with(rows -> {
            replicaEpoch = rows.iterator().next().getLong(0);
            answeredAt = System.nanoTime();
            PublicEpoch.State s = epoch.now();
            lag.set(s == null ? 0 : Math.max(0, s.n() - replicaEpoch));
        }, err -> {
            replicaEpoch = -1;
            lag.set(-1);
            LOG.debugf("public reads: the replica did not answer (%s)", err.getMessage());
        });
    }

    /**
     * A public read on the replica when it is fresh enough (see the class), else on the primary. A read the replica
     * fails (gone, restarting, a query cancelled by a conflict with recovery) is asked of the primary, and the replica
     * is taken out until it answers the next check; these are fixed statements, so a failure the primary would share
     * is not expected and would surface from the primary.
     */
    public <T> Uni<T> read(Function<Pool, Uni<T>> query) {
        if (replica != null && fresh(epoch.now(), epoch.settled(), replicaEpoch, System.nanoTime() - answeredAt, maxSilenceMillis * 1_000_000L)) {
            toReplica.increment();
            return query.apply(replica).onFailure().recoverWithUni(err -> {
                replicaEpoch = -1;
                LOG.warnf("public reads: the replica failed (%s); the primary answers until it is back", err.getMessage());
                toPrimary.increment();
                return query.apply(primary);
            });
        }
        toPrimary.increment();
        return query.apply(primary);
    }

    /** Whether a replica at {@code replicaEpoch}, silent for {@code silentNanos}, may answer for the primary at {@code seen}. */
    static boolean fresh(PublicEpoch.State seen, boolean settled, long replicaEpoch, long silentNanos, long maxSilenceNanos) {
        return seen != null && settled && replicaEpoch >= 0 && replicaEpoch >= seen.n() && silentNanos <= maxSilenceNanos;
    }

    /** Whether a replica is configured (for the health and the tests). */
    public boolean configured() {
        return replica != null;
    }
}
