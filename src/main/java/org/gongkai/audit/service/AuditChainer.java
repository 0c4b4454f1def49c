package org.gongkai.audit.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.AuditEvent;
import org.gongkai.audit.AuditHasher;
import org.jboss.logging.Logger;

/**
 * The single appender of the audit chain. Writers insert unsealed events inside their own transactions; this
 * seals the committed ones, in the order it finds them, in short transactions of its own. A transaction-scoped
 * <em>try</em>-lock makes it one appender across every copy of the application: a copy that does not get the
 * lock skips (the holder is sealing), so no writer and no request ever waits on it. Chain order is the order of
 * sealing ({@code chain_no}), which is why events committed out of id order still chain without a gap.
 */
@ApplicationScoped
public class AuditChainer {
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditChainer.class);

    @Inject
    org.gongkai.audit.repository.AuditRepository repository;

    @Scheduled(every = "${gongkai.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "2s")
    Uni<Void> scheduled() {
        return sealAll(0, 0).onFailure().invoke(e -> LOG.warnf("audit sealing failed, retried next round: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Seals batches until none is left; the number sealed. When another appender holds the lock (the periodic one, or
     * another copy's) it waits for it to finish, a few seconds at most, so that what was committed before the call is
     * sealed when it returns (verification relies on that).
     */
    public Uni<Integer> sealAll() {
        return sealWaiting(0, 0);
    }

    private Uni<Integer> sealWaiting(int done, int waits) {
        return sealBatch().flatMap(n -> {
            if (n == -1 && waits < 100) {
                // wait on this Vert.x context (the next transaction needs it)
                io.vertx.core.Context ctx = io.vertx.core.Vertx.currentContext();
                return Uni.createFrom().voidItem().onItem().delayIt().by(java.time.Duration.ofMillis(50))
                        .emitOn(r -> ctx.runOnContext(x -> r.run())).flatMap(x -> sealWaiting(done, waits + 1));
            }
            if (n == BATCH) return sealWaiting(done + n, waits);
            return Uni.createFrom().item(done + Math.max(n, 0));
        });
    }

    private Uni<Integer> sealAll(int done, int rounds) {
        return sealBatch().flatMap(n -> n == BATCH && rounds < 1000 ? sealAll(done + n, rounds + 1)
                : Uni.createFrom().item(done + Math.max(n, 0)));
    }

    /** One batch in one transaction; -1 when another appender holds the lock. */
    Uni<Integer> sealBatch() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> org.gongkai.common.locks.AdvisoryLocks.tryHold(s, org.gongkai.common.locks.AdvisoryLocks.Key.AUDIT_APPENDER)
                .flatMap(locked -> {
                    if (!locked) return Uni.createFrom().item(-1);
                    return s.createNativeQuery("select last_id, last_hash from audit_head", Object[].class).getResultList()
                            .flatMap(head -> repository.unsealed(BATCH).flatMap(events -> seal(s, head, events)));
                })));
    }

    private Uni<Integer> seal(org.hibernate.reactive.mutiny.Mutiny.Session s, List<Object[]> head, List<AuditEvent> events) {
        if (events.isEmpty()) return Uni.createFrom().item(0);
        long chainNo = head.isEmpty() ? 0 : ((Number) head.get(0)[0]).longValue();
        String prev = head.isEmpty() ? AuditHasher.GENESIS : head.get(0)[1].toString().trim();
        for (AuditEvent e : events) {
            e.chainNo = ++chainNo;
            e.prevHash = prev;
            e.hash = AuditHasher.hash(e);
            prev = e.hash;
        }
        final long last = chainNo;
        final String lastHash = prev;
        return s.flush().flatMap(x -> s.createNativeQuery("insert into audit_head (singleton, last_id, last_hash) values (true, :id, :h) "
                        + "on conflict (singleton) do update set last_id = excluded.last_id, last_hash = excluded.last_hash")
                .setParameter("id", last).setParameter("h", lastHash).executeUpdate())
                .replaceWith(events.size());
    }
}
