package org.gongkai.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.common.time.TimeSource;
import org.jboss.logging.Logger;

/** Every day with the ledger's sweep: penalties whose publicity has ended leave the portal (R35). */
@ApplicationScoped
public class PublicitySweep {
    private static final Logger LOG = Logger.getLogger(PublicitySweep.class);

    @Inject
    PublicityService service;
    @Inject
    TimeSource time;

    @Scheduled(cron = "{gongkai.obligations.sweep-cron}", identity = "publicity-sweep", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return service.endPublicity(time.today(), Actor.SYSTEM).invoke(n -> {
            if (n > 0) LOG.infof("publicity sweep: %d penalties' publicity ended", n);
        }).replaceWithVoid();
    }
}
