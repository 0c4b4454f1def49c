package org.gongkai.common.error;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** One way to load a record by its id in the current session: the record, or the 404 every missing object gets. */
public final class Found {
    private Found() {}

    public static <T> Uni<T> require(Class<T> type, Object id, String what) {
        return Panache.getSession().flatMap(s -> s.find(type, id)).map(x -> {
            if (x == null) throw ProblemException.notFound(what, id);
            return x;
        });
    }
}
