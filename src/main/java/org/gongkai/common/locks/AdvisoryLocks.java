package org.gongkai.common.locks;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * PostgreSQL advisory locks held for the current transaction, so that work meant to run once at a time across every
 * copy of the application (the daily sweeps, the audit appender) takes turns. Every key is listed here, so two
 * mechanisms can never pick the same number by accident.
 */
public final class AdvisoryLocks {
    private AdvisoryLocks() {
    }

    public enum Key {
        /** The obligation ledger's reminder sweep ("sweep"). */
        OBLIGATION_SWEEP(0x7377656570L),
        /** The information items' expiry and R14 sweep ("items"). */
        ITEM_SWEEP(0x6974656d73L),
        /** The applications' lapsed-correction sweep ("apps"). */
        APPLICATION_SWEEP(0x61707073L),
        /** The audit trail's single appender ("audit"). */
        AUDIT_APPENDER(0x6175646974L);

        public final long value;

        Key(long value) {
            this.value = value;
        }
    }

    /** Waits for the lock; it is released when the session's transaction ends. */
    public static Uni<Void> hold(Mutiny.Session session, Key key) {
        return session.createNativeQuery("select cast(pg_advisory_xact_lock(:k) as text)", String.class)
                .setParameter("k", key.value).getSingleResult().replaceWithVoid();
    }

    /** Takes the lock if it is free; false when another transaction holds it. */
    public static Uni<Boolean> tryHold(Mutiny.Session session, Key key) {
        return session.createNativeQuery("select pg_try_advisory_xact_lock(:k)", Boolean.class)
                .setParameter("k", key.value).getSingleResult().map(Boolean.TRUE::equals);
    }
}
