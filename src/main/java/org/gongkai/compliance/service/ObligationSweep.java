package org.gongkai.compliance.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.time.TimeSource;
import org.jboss.logging.Logger;

/**
 * The daily sweep: marks a DUE_SOON reminder for open obligations due within the window and an OVERDUE reminder
 * for those past due, once each. Safe with several copies of the application: the whole sweep runs under a
 * transaction-scoped PostgreSQL advisory lock, so concurrent sweeps take it in turn, and the second finds
 * nothing left to mark.
 */
@ApplicationScoped
public class ObligationSweep {
    private static final Logger LOG = Logger.getLogger(ObligationSweep.class);
    /** Advisory lock key of the sweep ("sweep" in ASCII). */

    @Inject
    ObligationService obligations;
    @Inject
    CalendarService calendars;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.audit.service.AuditService audit;

    /** Result of one sweep. */
    public record Result(LocalDate runFor, int dueSoonMarked, int overdueMarked) {}

    @Scheduled(cron = "{gongkai.obligations.sweep-cron}", identity = "obligation-sweep")
    Uni<Void> daily() {
        return sweep(time.today()).invoke(r -> LOG.infof("obligation sweep %s: %d due soon, %d overdue",
                r.runFor(), r.dueSoonMarked(), r.overdueMarked())).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Result> sweep(LocalDate today) {
        return calendars.calendar().flatMap(cal -> {
            LocalDate soon = obligations.dueSoonLimit(cal, today);
            return Panache.getSession().flatMap(s -> org.gongkai.common.locks.AdvisoryLocks.hold(s, org.gongkai.common.locks.AdvisoryLocks.Key.OBLIGATION_SWEEP)
                    .flatMap(x -> s.createNativeQuery("insert into obligation_sweep_run (run_for, locked_at, finished_at, marked) "
                            + "values (:today, clock_timestamp(), clock_timestamp(), 0) returning id", Long.class)
                            .setParameter("today", today).getSingleResult())
                    .flatMap(runId -> s.createNativeQuery(
                                    "insert into obligation_reminder (obligation_id, kind, marked_on) "
                                            + "select id, 'OVERDUE', :today from obligation where state = 'OPEN' and due_date < :today "
                                            + "on conflict (obligation_id, kind) do nothing")
                            .setParameter("today", today).executeUpdate()
                            .flatMap(overdue -> s.createNativeQuery(
                                            "insert into obligation_reminder (obligation_id, kind, marked_on) "
                                                    + "select id, 'DUE_SOON', :today from obligation where state = 'OPEN' "
                                                    + "and due_date >= :today and due_date <= :soon "
                                                    + "on conflict (obligation_id, kind) do nothing")
                                    .setParameter("today", today).setParameter("soon", soon).executeUpdate()
                                    .flatMap(dueSoon -> s.createNativeQuery(
                                                    "update obligation set reminder_due_on = :today where state = 'OPEN' and due_date <= :soon")
                                            .setParameter("today", today).setParameter("soon", soon).executeUpdate()
                                            .flatMap(u -> s.createNativeQuery(
                                                            "update obligation_sweep_run set finished_at = clock_timestamp(), marked = :marked where id = :id")
                                                    .setParameter("id", runId).setParameter("marked", overdue + dueSoon).executeUpdate())
                                            .map(u -> new Result(today, dueSoon, overdue))
                                            .call(r -> audit.record(org.gongkai.audit.Actor.SYSTEM, "obligation.reminders.marked",
                                                    "obligation_sweep_run", runId, null,
                                                    java.util.Map.of("runFor", today.toString(), "dueSoon", dueSoon, "overdue", overdue)))))));
        });
    }
}
