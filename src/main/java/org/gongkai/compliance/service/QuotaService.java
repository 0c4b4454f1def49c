package org.gongkai.compliance.service;

import static org.gongkai.common.error.Validation.requireText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationEvent;
import org.gongkai.compliance.ObligationKind;
import org.gongkai.compliance.ObligationQuota;
import org.gongkai.compliance.ObligationState;
import org.gongkai.organisation.Department;

/**
 * Quotas per period and fixed-date deadlines (issue 10): "at least N in each year / half-year / quarter", per
 * department or for the bureau (R2, R26, R33, R34, R36), and "by 31 March" (R33), "in Q3" (R40), "by 31 January"
 * (R11). One obligation per period, opened by the sweep; met when the N-th qualifying event is recorded; overdue,
 * like every dated clock, when its day passes short — derived, never stored.
 */
@ApplicationScoped
public class QuotaService {
    public static final String SUBJECT = "quota";

    @Inject
    AuditService audit;
    @Inject
    TimeSource time;

    @WithSession
    public Uni<List<ObligationQuota>> definitions() {
        return Panache.getSession().flatMap(s -> s.createQuery("from ObligationQuota order by ruleId", ObligationQuota.class).getResultList());
    }

    /** Changes a rule's number or switches it off (a setting with the legal default); an audit event. */
    @WithTransaction
    public Uni<ObligationQuota> update(String ruleId, Integer required, Boolean enabled, String dueDay, Actor actor) {
        if (required != null && (required < 1 || required > 1000)) throw ProblemException.badField("required", "must be between 1 and 1000");
        if (dueDay != null && !dueDay.isBlank()) {
            try {
                java.time.MonthDay.parse("--" + dueDay.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.badField("dueDay", "a day of the year as MM-DD, e.g. 03-31");
            }
        }
        return byRule(ruleId).flatMap(q -> {
            if (dueDay != null && !dueDay.isBlank() && q.dueDay == null) throw ProblemException.badField("dueDay", ruleId + " has no fixed date: it is due at its period's end");
            Map<String, Object> before = new java.util.LinkedHashMap<>(Map.of("required", q.required, "enabled", q.enabled));
            if (q.dueDay != null) before.put("dueDay", q.dueDay);
            if (required != null) q.required = required;
            if (enabled != null) q.enabled = enabled;
            if (dueDay != null && !dueDay.isBlank()) q.dueDay = dueDay.trim();
            Map<String, Object> after = new java.util.LinkedHashMap<>(Map.of("required", q.required, "enabled", q.enabled));
            if (q.dueDay != null) after.put("dueDay", q.dueDay);
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "quota.changed", SUBJECT, q.ruleId, before, after))
                    .replaceWith(q);
        });
    }

    private Uni<ObligationQuota> byRule(String ruleId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ObligationQuota where ruleId = :r", ObligationQuota.class)
                .setParameter("r", ruleId).getResultList()).map(l -> {
                    if (l.isEmpty()) throw ProblemException.notFound("quota rule", ruleId);
                    return l.get(0);
                });
    }

    /**
     * Opens, for every enabled rule, the obligation of the period containing {@code today} (once its opening day has
     * come), for the bureau or for each section. Idempotent: a period's row exists once (a unique index). Runs inside the
     * daily sweep's transaction and lock.
     */
    public Uni<Integer> openPeriods(LocalDate today, Actor actor) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ObligationQuota where enabled = true order by ruleId", ObligationQuota.class)
                .getResultList().flatMap(rules -> s.createQuery("from Department where active = true and kind = 'DEPARTMENT' order by sortOrder", Department.class)
                        .getResultList().flatMap(sections -> {
                            Uni<Integer> chain = Uni.createFrom().item(0);
                            for (ObligationQuota q : rules) {
                                LocalDate[] w = q.window(today);
                                if (today.isBefore(w[0])) continue;
                                List<String> who = q.scope == ObligationQuota.Scope.BUREAU ? List.of(q.departmentCode)
                                        : sections.stream().map(d -> d.code).toList();
                                for (String dept : who) chain = chain.flatMap(n -> openOne(q, dept, w, actor).map(opened -> n + (opened ? 1 : 0)));
                            }
                            return chain;
                        })));
    }

    /** The row of one period for one department, if it is not there yet. */
    Uni<Boolean> openOne(ObligationQuota q, String dept, LocalDate[] w, Actor actor) {
        return existing(q.id, dept, w[2]).flatMap(found -> {
            if (found != null) return Uni.createFrom().item(false);
            Obligation o = new Obligation();
            o.kind = ObligationKind.QUOTA;
            o.quotaId = q.id;
            o.subjectType = SUBJECT;
            o.subjectId = q.ruleId + ":" + w[2];
            o.ruleId = q.ruleId;
            o.title = q.title + "（" + label(q.period, w[2]) + "）";
            o.departmentCode = dept;
            o.startDate = w[0];
            o.baseDate = w[0];
            o.periodStart = w[2];
            o.dueDate = w[1];
            o.required = q.required;
            o.achieved = 0;
            o.state = ObligationState.OPEN;
            o.createdAt = time.now();
            o.updatedAt = o.createdAt;
            return Panache.getSession().flatMap(s -> s.persist(o).call(s::flush))
                    .call(() -> audit.record(actor, "obligation.opened", "obligation", o.id, null, ObligationService.snapshot(o)))
                    .replaceWith(true);
        });
    }

    private Uni<Obligation> existing(long quotaId, String dept, LocalDate periodStart) {
        return Panache.getSession().flatMap(s -> s.createQuery("from Obligation where quotaId = :q and departmentCode = :d and periodStart = :p", Obligation.class)
                .setParameter("q", quotaId).setParameter("d", dept).setParameter("p", periodStart).getResultList())
                .map(l -> l.isEmpty() ? null : l.get(0));
    }

    /** 2026年, 2026年上半年, 2026年第3季度. */
    static String label(ObligationQuota.Period p, LocalDate periodStart) {
        return switch (p) {
            case YEAR -> periodStart.getYear() + "年";
            case HALF_YEAR -> periodStart.getYear() + "年" + (periodStart.getMonthValue() == 1 ? "上半年" : "下半年");
            case QUARTER -> periodStart.getYear() + "年第" + ((periodStart.getMonthValue() - 1) / 3 + 1) + "季度";
        };
    }

    /**
     * A feature records a qualifying event under a rule for a department (the bureau head's interpretation, R26; a
     * department's random inspection, R34): it counts towards that period's row, which is opened if the sweep has not
     * yet done so. Null when the rule is switched off.
     */
    @WithTransaction
    public Uni<Obligation> recordQualifying(String ruleId, String departmentCode, LocalDate on, String reference, Actor actor) {
        return byRule(ruleId).flatMap(q -> {
            if (!q.enabled) return Uni.createFrom().nullItem();
            LocalDate day = on == null ? time.today() : on;
            LocalDate[] w = q.window(day);
            String dept = q.scope == ObligationQuota.Scope.BUREAU ? q.departmentCode : departmentCode;
            if (day.isBefore(w[0])) throw ProblemException.badField("on", "events count from " + w[0] + " in this period (" + ruleId + ")");
            return openOne(q, dept, w, actor).flatMap(x -> existing(q.id, dept, w[2])).flatMap(o -> count(o, day, reference, actor));
        });
    }

    /** The office records a qualifying event by hand on a quota row (minutes of the director's meeting, R2). */
    @WithTransaction
    public Uni<Obligation> record(long obligationId, LocalDate on, String reference, Actor actor) {
        return Panache.getSession().flatMap(s -> s.find(Obligation.class, obligationId)).flatMap(o -> {
            if (o == null) throw ProblemException.notFound("obligation", obligationId);
            if (o.kind != ObligationKind.QUOTA) {
                throw new ProblemException(409, "clock-kind", "Not for this kind of clock",
                        "obligation " + obligationId + " is not a quota: events are counted only towards quotas", null);
            }
            return count(o, on == null ? time.today() : on, reference, actor);
        });
    }

    private Uni<Obligation> count(Obligation o, LocalDate day, String reference, Actor actor) {
        requireText("reference", reference, 300);
        if (day.isAfter(time.today())) throw ProblemException.badField("on", "is in the future");
        if (day.isBefore(o.startDate)) throw ProblemException.badField("on", "is before this period's row starts on " + o.startDate);
        if (o.state == ObligationState.CANCELLED) throw ProblemException.conflict("obligation " + o.id + " was cancelled");
        return periodEnd(o).flatMap(last -> {
            if (day.isAfter(last)) throw ProblemException.badField("on", "lies after this period (it ended on " + last + "): it counts for the next one");
            Map<String, Object> before = ObligationService.snapshot(o);
            ObligationEvent e = new ObligationEvent();
            e.obligationId = o.id;
            e.occurredOn = day;
            e.reference = reference.trim();
            e.recordedBy = actor.username();
            e.recordedAt = time.now();
            o.achieved++;
            if (o.state == ObligationState.OPEN && o.achieved >= o.required) {
                o.state = ObligationState.COMPLETED;
                o.completedOn = day;
            }
            o.updatedAt = e.recordedAt;
            return Panache.getSession().flatMap(s -> s.persist(e).call(s::flush))
                    .call(() -> audit.record(actor, "obligation.event", "obligation", o.id, before, ObligationService.snapshot(o)))
                    .replaceWith(o);
        });
    }

    /** The last day of the row's period (its definition says which period). */
    private Uni<LocalDate> periodEnd(Obligation o) {
        return Panache.getSession().flatMap(s -> s.find(ObligationQuota.class, o.quotaId))
                .map(q -> q == null ? o.dueDate : q.period.containing(o.periodStart)[1]);
    }

    @WithSession
    public Uni<List<ObligationEvent>> events(long obligationId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ObligationEvent where obligationId = :id order by occurredOn, id", ObligationEvent.class)
                .setParameter("id", obligationId).getResultList());
    }
}
