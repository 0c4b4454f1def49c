package org.gongkai.compliance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.locks.AdvisoryLocks;
import org.gongkai.common.time.TimeSource;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * The sweeps. Daily: opens the quota rows of the period that has begun, marks a DUE_SOON reminder for open dated
 * obligations due within the window and an OVERDUE reminder for those past due, once each, and tells the departments
 * (a console notification per reminder, a digest mail to each department's mailbox). Every few minutes: marks
 * the hour clocks' reminders at their shares of time (50 %, 80 % by default) and when they run out (issue 10). Safe
 * with several copies of the application: each sweep runs under a transaction-scoped PostgreSQL advisory lock, so
 * concurrent sweeps take it in turn, and the second finds nothing left to mark.
 */
@ApplicationScoped
public class ObligationSweep {
    private static final Logger LOG = Logger.getLogger(ObligationSweep.class);

    @Inject
    ObligationService obligations;
    @Inject
    QuotaService quotas;
    @Inject
    CalendarService calendars;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.audit.service.AuditService audit;
    @Inject
    org.gongkai.notifications.NotificationService notices;
    @Inject
    org.gongkai.notifications.MessageOutbox outbox;
    @Inject
    org.gongkai.common.metrics.LedgerMetrics metrics;

    /** Result of one sweep. */
    public record Result(LocalDate runFor, int dueSoonMarked, int overdueMarked, int quotaPeriodsOpened, int hourRemindersMarked) {}

    @Scheduled(cron = "{gongkai.obligations.sweep-cron}", identity = "obligation-sweep")
    Uni<Void> daily() {
        long t0 = System.nanoTime();
        return sweep(time.today()).invoke(r -> metrics.swept(System.nanoTime() - t0)).invoke(r -> LOG.infof("obligation sweep %s: %d quota periods opened, %d due soon, %d overdue, %d hour reminders",
                r.runFor(), r.quotaPeriodsOpened(), r.dueSoonMarked(), r.overdueMarked(), r.hourRemindersMarked())).replaceWithVoid();
    }

    @Scheduled(every = "{gongkai.obligations.hour-sweep-every}", identity = "obligation-hour-sweep", delayed = "30s")
    Uni<Void> hourly() {
        return sweepHours().replaceWithVoid();
    }

    @WithTransaction
    public Uni<Result> sweep(LocalDate today) {
        return calendars.calendar().flatMap(cal -> {
            LocalDate soon = obligations.dueSoonLimit(cal, today);
            return Panache.getSession().flatMap(s -> AdvisoryLocks.hold(s, AdvisoryLocks.Key.OBLIGATION_SWEEP)
                    .flatMap(x -> s.createNativeQuery("insert into obligation_sweep_run (run_for, locked_at, finished_at, marked) "
                            + "values (:today, clock_timestamp(), clock_timestamp(), 0) returning id", Long.class)
                            .setParameter("today", today).getSingleResult())
                    .flatMap(runId -> quotas.openPeriods(today, Actor.SYSTEM).flatMap(opened -> markDated(s, today, soon).flatMap(dated ->
                            markHours(s, time.now()).call(h -> notices.fromReminders(today)).call(h -> outbox.departmentDigests(today)).flatMap(hours -> {
                                Result r = new Result(today, dated[0], dated[1], opened, hours);
                                return s.createNativeQuery("update obligation_sweep_run set finished_at = clock_timestamp(), marked = :marked where id = :id")
                                        .setParameter("id", runId).setParameter("marked", dated[0] + dated[1] + hours).executeUpdate()
                                        .call(u -> audit.record(Actor.SYSTEM, "obligation.reminders.marked", "obligation_sweep_run", runId, null,
                                                Map.of("runFor", today.toString(), "dueSoon", r.dueSoonMarked(), "overdue", r.overdueMarked(),
                                                        "quotaPeriodsOpened", opened, "hourReminders", hours)))
                                        .replaceWith(r);
                            })))));
        });
    }

    /** The hour clocks only (every few minutes); an audit event when something was marked. */
    @WithTransaction
    public Uni<Integer> sweepHours() {
        Instant now = time.now();
        return Panache.getSession().flatMap(s -> AdvisoryLocks.hold(s, AdvisoryLocks.Key.OBLIGATION_SWEEP).flatMap(x -> markHours(s, now))
                        .call(n -> n == 0 ? Uni.createFrom().voidItem() : notices.fromReminders(now.atZone(TimeSource.ZONE).toLocalDate()).replaceWithVoid()))
                .call(n -> n == 0 ? Uni.createFrom().voidItem()
                        : audit.record(Actor.SYSTEM, "obligation.hour-reminders.marked", "obligation", "hours", null,
                        Map.of("at", now.toString(), "marked", n)).replaceWithVoid());
    }

    /** DUE_SOON and OVERDUE of the dated kinds (periods of days, quotas); [dueSoon, overdue]. */
    private Uni<int[]> markDated(Mutiny.Session s, LocalDate today, LocalDate soon) {
        String dated = "kind in ('DEADLINE', 'QUOTA')";
        return s.createNativeQuery("insert into obligation_reminder (obligation_id, kind, marked_on) "
                        + "select id, 'OVERDUE', :today from obligation where state = 'OPEN' and " + dated + " and due_date < :today "
                        + "on conflict (obligation_id, kind) do nothing")
                .setParameter("today", today).executeUpdate()
                .flatMap(overdue -> s.createNativeQuery("insert into obligation_reminder (obligation_id, kind, marked_on) "
                                + "select id, 'DUE_SOON', :today from obligation where state = 'OPEN' and " + dated + " "
                                + "and due_date >= :today and due_date <= :soon on conflict (obligation_id, kind) do nothing")
                        .setParameter("today", today).setParameter("soon", soon).executeUpdate()
                        .flatMap(dueSoon -> s.createNativeQuery("update obligation set reminder_due_on = :today where state = 'OPEN' and "
                                        + dated + " and due_date <= :soon and reminder_due_on is distinct from :today")
                                .setParameter("today", today).setParameter("soon", soon).executeUpdate()
                                .map(u -> new int[] {dueSoon, overdue})));
    }

    /** AT_50, AT_80 … and OVERDUE of the open hour clocks whose moment has come; how many were marked. */
    private Uni<Integer> markHours(Mutiny.Session s, Instant now) {
        LocalDate today = now.atZone(TimeSource.ZONE).toLocalDate();
        Uni<Integer> chain = s.createNativeQuery("insert into obligation_reminder (obligation_id, kind, marked_on) "
                        + "select id, 'OVERDUE', :today from obligation where state = 'OPEN' and kind = 'HOURS' and due_at < :now "
                        + "on conflict (obligation_id, kind) do nothing")
                .setParameter("today", today).setParameter("now", now).executeUpdate();
        for (int pct : obligations.hourReminderPercents()) {
            chain = chain.flatMap(n -> s.createNativeQuery("insert into obligation_reminder (obligation_id, kind, marked_on) "
                            + "select id, 'AT_" + pct + "', :today from obligation where state = 'OPEN' and kind = 'HOURS' "
                            + "and started_at + (due_at - started_at) * " + (pct / 100.0) + " <= :now "
                            + "on conflict (obligation_id, kind) do nothing")
                    .setParameter("today", today).setParameter("now", now).executeUpdate().map(m -> n + m));
        }
        return chain;
    }
}
