package org.gongkai.applications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.jboss.logging.Logger;

/** Daily: applications whose correction period ran out are closed (Art. 30). */
@ApplicationScoped
public class ApplicationSweep {
    private static final Logger LOG = Logger.getLogger(ApplicationSweep.class);

    @Inject
    ApplicationService applications;

    @Scheduled(cron = "{gongkai.obligations.sweep-cron}", identity = "application-sweep")
    Uni<Void> daily() {
        return applications.sweepLapsedCorrections(Actor.SYSTEM).invoke(n -> LOG.infof("application sweep: %d lapsed corrections closed", n)).replaceWithVoid();
    }
}
