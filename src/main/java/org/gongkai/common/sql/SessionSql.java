package org.gongkai.common.sql;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;
import org.hibernate.reactive.session.ReactiveConnectionSupplier;

/**
 * A statement on the Hibernate session's own connection — in its transaction — without Hibernate's native query
 * (issue 17). In Hibernate ORM 7.2.14 with Reactive 3.2.11 no native select ever finds its plan in the query-plan
 * cache: every execution adds one more entry under the same hash (measured: 20 runs of one statement, 20 entries,
 * however the query is typed; an HQL query, 1 entry), so the cache's bins turn into trees searched by {@code equals}
 * and the churn evicts the HQL plans too. Profiled at 250 submissions a second, that was the application's largest
 * single cost. The per-request statements of a submission (the audit sequence, tracking numbers, rate limits, the
 * challenge) run here instead. Parameters are numbered, {@code $1, $2 …}. Nothing is flushed first: use it for
 * statements that do not read entities changed in the same session.
 */
public final class SessionSql {
    private SessionSql() {}

    static ReactiveConnection connection(Mutiny.Session s) {
        if (s instanceof MutinySessionImpl m) return m.getReactiveConnection();
        return ((ReactiveConnectionSupplier) s).getReactiveConnection();
    }

    /** Every row. */
    public static Uni<List<Object[]>> rows(Mutiny.Session s, String sql, Object... params) {
        return Uni.createFrom().completionStage(() -> connection(s).select(sql, params)).map(r -> {
            List<Object[]> out = new ArrayList<>(r.size());
            while (r.hasNext()) out.add(r.next());
            return out;
        });
    }

    /** The first row, or null when there is none. */
    public static Uni<Object[]> first(Mutiny.Session s, String sql, Object... params) {
        return rows(s, sql, params).map(l -> l.isEmpty() ? null : l.get(0));
    }

    /** The first column of the first row as a long (a sequence's next value, a count). */
    public static Uni<Long> number(Mutiny.Session s, String sql, Object... params) {
        return first(s, sql, params).map(r -> r == null || r[0] == null ? null : ((Number) r[0]).longValue());
    }
}
