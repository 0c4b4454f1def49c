package org.gongkai.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.jboss.logging.Logger;

/**
 * Loads the bundled years (2018–2026) that the database does not have yet, at start-up. Several copies starting
 * at once are safe: the import of a year runs under the transaction of the first copy; a second copy's insert of
 * the same year fails on the primary key and is ignored. The check is one statement on the reactive pool: a restart
 * that finds every year loaded does not build a Hibernate session for it (issue 17: start-up).
 */
@ApplicationScoped
public class BundledCalendarLoader {
    private static final Logger LOG = Logger.getLogger(BundledCalendarLoader.class);

    @Inject
    CalendarService calendar;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent ev) throws Throwable {
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> loadMissing());
    }

    Uni<Void> loadMissing() {
        return pool.query("select year from calendar_year").execute().flatMap(rows -> {
            java.util.Set<Integer> have = new java.util.HashSet<>();
            rows.forEach(r -> have.add(r.getInteger(0)));
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int y = CalendarService.FIRST_BUNDLED_YEAR; y <= CalendarService.LAST_BUNDLED_YEAR; y++) {
                if (have.contains(y)) continue;
                final int year = y;
                chain = chain.flatMap(x -> calendar.importYear(calendar.bundled(year), "BUNDLED", Actor.SYSTEM)
                        .invoke(cy -> LOG.infof("calendar %d loaded (bundled)", year))
                        .onFailure().recoverWithItem(t -> {
                            LOG.warnf("calendar %d not loaded by this copy: %s", year, t.getMessage());
                            return null;
                        })
                        .replaceWithVoid());
            }
            return chain;
        });
    }
}
