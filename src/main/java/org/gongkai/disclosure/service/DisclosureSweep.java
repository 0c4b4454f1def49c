package org.gongkai.disclosure.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.common.time.TimeSource;
import org.jboss.logging.Logger;

/** Daily: the obligations that dates bring (expiry R8, attribute review R14). */
@ApplicationScoped
public class DisclosureSweep {
    private static final Logger LOG = Logger.getLogger(DisclosureSweep.class);

    @Inject
    ItemService items;
    @Inject
    TimeSource time;

    @Scheduled(cron = "{gongkai.obligations.sweep-cron}", identity = "disclosure-sweep")
    Uni<Void> daily() {
        return items.sweep(time.today(), Actor.SYSTEM).invoke(n -> LOG.infof("disclosure sweep: %d obligations opened", n)).replaceWithVoid();
    }
}
