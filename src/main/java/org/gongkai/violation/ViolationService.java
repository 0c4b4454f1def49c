package org.gongkai.violation;

import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.repository.ObligationRepository;

/**
 * The violations register (R45): every clock of the seven kinds not kept, per department and per person, with its
 * evidence (the obligation, its subject, the dates, who was responsible) — derived from the ledger in SQL, never
 * stored — and the office's decision on each: confirmed or dismissed with a reason, with the follow-up of a confirmed one.
 */
@ApplicationScoped
public class ViolationService {
    public static final String SUBJECT = "violation";

    @Inject
    Pool pool;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.files.AttachmentService attachments;

    public enum Decision { PENDING, CONFIRMED, DISMISSED }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Violation")
    public record Violation(long obligationId, ViolationKind kind, String kindZh, String ruleId, String title, String departmentCode, String responsiblePerson,
                            String subjectType, String subjectId, LocalDate startDate, LocalDate dueDate, LocalDate completedOn,
                            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "OVERDUE, MET_LATE or CUT_SHORT") String status,
                            Decision decision, String reason, String followUp, boolean escalated, String decidedBy, Instant decidedAt) {}

    public record Filter(Integer year, String department, String person, ViolationKind kind, Decision decision) {}

    static final String STATUS = "case when o.state = 'OPEN' then 'OVERDUE' when o.kind = 'MINIMUM' then 'CUT_SHORT' else 'MET_LATE' end";

    /** The where clause over obligation o left-joined to violation_decision d; $1 today, $2 now, then the filter's. */
    static String where(Filter f, List<Object> params) {
        StringBuilder w = new StringBuilder(ObligationRepository.NATIVE_NOT_KEPT + " and o.rule_id = any($3)");
        if (f.kind() != null) params.set(2, f.kind().rules.toArray(String[]::new));
        if (f.year() != null) {
            params.add(LocalDate.of(f.year(), 1, 1));
            w.append(" and o.due_date >= $").append(params.size());
            params.add(LocalDate.of(f.year() + 1, 1, 1));
            w.append(" and o.due_date < $").append(params.size());
        }
        if (f.department() != null) {
            params.add(f.department());
            w.append(" and o.department_code = $").append(params.size());
        }
        if (f.person() != null) {
            params.add(f.person());
            w.append(" and o.responsible_person = $").append(params.size());
        }
        if (f.decision() == Decision.PENDING) w.append(" and d.obligation_id is null");
        else if (f.decision() != null) {
            params.add(f.decision().name());
            w.append(" and d.decision = $").append(params.size());
        }
        return w.toString();
    }

    private List<Object> base() {
        List<Object> p = new ArrayList<>();
        p.add(time.today());
        p.add(time.now().atOffset(java.time.ZoneOffset.UTC));
        p.add(ViolationKind.allRules().toArray(String[]::new));
        return p;
    }

    public Uni<Page<Violation>> list(Filter f, PageRequest.Checked page) {
        List<Object> p = base();
        String where = where(f, p);
        String from = " from obligation o left join violation_decision d on d.obligation_id = o.id where " + where;
        String select = "select o.id, o.rule_id, o.title, o.department_code, o.responsible_person, o.subject_type, o.subject_id, o.start_date, o.due_date, o.completed_on, "
                + STATUS + " status, d.decision, d.reason, d.follow_up, coalesce(d.escalated, false) escalated, d.decided_by, d.decided_at" + from
                + " order by o.due_date desc, o.id desc limit " + page.size() + " offset " + page.offset();
        return pool.preparedQuery("select count(*) n" + from).execute(Tuple.from(p)).flatMap(n -> pool.preparedQuery(select).execute(Tuple.from(p)).map(rs -> {
            List<Violation> out = new ArrayList<>();
            for (Row r : rs) out.add(of(r));
            return Page.of(out, page, n.iterator().next().getLong("n"));
        }));
    }

    static Violation of(Row r) {
        String rule = r.getString("rule_id");
        ViolationKind k = ViolationKind.of(rule).orElseThrow();
        String d = r.getString("decision");
        java.time.OffsetDateTime at = r.getOffsetDateTime("decided_at");
        return new Violation(r.getLong("id"), k, k.zh, rule, r.getString("title"), r.getString("department_code"), r.getString("responsible_person"),
                r.getString("subject_type"), r.getString("subject_id"), r.getLocalDate("start_date"), r.getLocalDate("due_date"), r.getLocalDate("completed_on"),
                r.getString("status"), d == null ? Decision.PENDING : Decision.valueOf(d), r.getString("reason"), r.getString("follow_up"), r.getBoolean("escalated"),
                r.getString("decided_by"), at == null ? null : at.toInstant());
    }

    /** Violations by department and kind (confirmed and pending; dismissed ones do not count): the assessment's and the dashboard's input. */
    public record Count(String departmentCode, ViolationKind kind, long pending, long confirmed) {}

    public Uni<List<Count>> summary(int year) {
        List<Object> p = base();
        String where = where(new Filter(year, null, null, null, null), p);
        return pool.preparedQuery("select o.department_code, o.rule_id, count(*) filter (where d.obligation_id is null) pending, "
                        + "count(*) filter (where d.decision = 'CONFIRMED') confirmed from obligation o left join violation_decision d on d.obligation_id = o.id where "
                        + where + " group by 1, 2").execute(Tuple.from(p)).map(rs -> {
            Map<String, long[]> by = new java.util.TreeMap<>();
            for (Row r : rs) {
                ViolationKind k = ViolationKind.of(r.getString("rule_id")).orElseThrow();
                long[] c = by.computeIfAbsent(r.getString("department_code") + "|" + k.name(), x -> new long[2]);
                c[0] += r.getLong("pending");
                c[1] += r.getLong("confirmed");
            }
            List<Count> out = new ArrayList<>();
            by.forEach((key, c) -> {
                String[] kk = key.split("\\|");
                out.add(new Count(kk[0], ViolationKind.valueOf(kk[1]), c[0], c[1]));
            });
            return out;
        });
    }

    /** The office confirms or dismisses a violation with a reason; a confirmed one may carry its follow-up. Audited. */
    public Uni<Violation> decide(long obligationId, Decision decision, String reason, String followUp, boolean escalated, Actor actor) {
        if (decision == null || decision == Decision.PENDING) throw ProblemException.badField("decision", "is CONFIRMED or DISMISSED");
        if (blank(reason) || reason.trim().length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        if (followUp != null && followUp.length() > 2000) throw ProblemException.badField("followUp", "is at most 2000 characters");
        if (decision == Decision.DISMISSED && (escalated || !blank(followUp))) throw ProblemException.badField("followUp", "a dismissed violation has no follow-up");
        return one(obligationId).flatMap(v -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "insert into violation_decision (obligation_id, decision, reason, follow_up, escalated, decided_by, decided_at) values (:o, :d, :r, :f, :e, :b, :t) "
                                + "on conflict (obligation_id) do update set decision = excluded.decision, reason = excluded.reason, follow_up = excluded.follow_up, "
                                + "escalated = excluded.escalated, decided_by = excluded.decided_by, decided_at = excluded.decided_at")
                .setParameter("o", obligationId).setParameter("d", decision.name()).setParameter("r", reason.trim()).setParameter("f", blank(followUp) ? null : followUp.trim())
                .setParameter("e", escalated).setParameter("b", actor.username()).setParameter("t", time.now()).executeUpdate())
                .call(() -> audit.record(actor, "violation." + decision.name().toLowerCase(), SUBJECT, obligationId, Map.of("decision", v.decision().name()),
                        Map.of("decision", decision.name(), "reason", reason.trim(), "escalated", escalated)))))
                .flatMap(x -> one(obligationId));
    }

    /** One violation (404 when the obligation is not one: kept, or not of the seven kinds). */
    public Uni<Violation> one(long obligationId) {
        List<Object> p = base();
        p.add(obligationId);
        String sql = "select o.id, o.rule_id, o.title, o.department_code, o.responsible_person, o.subject_type, o.subject_id, o.start_date, o.due_date, o.completed_on, "
                + STATUS + " status, d.decision, d.reason, d.follow_up, coalesce(d.escalated, false) escalated, d.decided_by, d.decided_at "
                + "from obligation o left join violation_decision d on d.obligation_id = o.id where " + ObligationRepository.NATIVE_NOT_KEPT
                + " and o.rule_id = any($3) and o.id = $4";
        return pool.preparedQuery(sql).execute(Tuple.from(p)).map(rs -> {
            if (rs.size() == 0) throw ProblemException.notFound("violation", obligationId);
            return of(rs.iterator().next());
        });
    }

    // ------------------------------------------------------------------ the pipeline's refusals (evidence too)

    /** A move the pipeline refused because a step was missing (R24, R30, R35-LIST, R39, R11 gates): who tried, on what, when. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "GateRefusal")
    public record Refusal(long auditEventId, Instant at, String actor, String actorDepartment, ViolationKind kind, String gate, String action, String missing,
                          long itemId, String itemTitle, String departmentCode) {}

    static final String REFUSED = "publication.gate.refused";

    public Uni<Page<Refusal>> refusals(Integer year, String department, String person, ViolationKind kind, PageRequest.Checked page) {
        List<Object> p = new ArrayList<>();
        StringBuilder w = new StringBuilder("a.action = $1 and a.subject_type = 'item'");
        p.add(REFUSED);
        if (year != null) {
            p.add(LocalDate.of(year, 1, 1).atStartOfDay(TimeSource.ZONE).toOffsetDateTime());
            w.append(" and a.occurred_at >= $").append(p.size());
            p.add(LocalDate.of(year + 1, 1, 1).atStartOfDay(TimeSource.ZONE).toOffsetDateTime());
            w.append(" and a.occurred_at < $").append(p.size());
        }
        if (department != null) {
            p.add(department);
            w.append(" and i.department_code = $").append(p.size());
        }
        if (person != null) {
            p.add(person);
            w.append(" and a.actor = $").append(p.size());
        }
        if (kind != null) {
            p.add(kind.rules.toArray(String[]::new));
            w.append(" and (a.after_state::jsonb ->> 'gate') = any($").append(p.size()).append(")");
        }
        String from = " from audit_event a join info_item i on i.id = cast(a.subject_id as bigint) where " + w;
        String select = "select a.id, a.occurred_at, a.actor, a.department, a.after_state::jsonb ->> 'gate' gate, a.after_state::jsonb ->> 'action' act, "
                + "a.after_state::jsonb ->> 'missing' missing, i.id item_id, i.title, i.department_code" + from
                + " order by a.occurred_at desc, a.id desc limit " + page.size() + " offset " + page.offset();
        return pool.preparedQuery("select count(*) n" + from).execute(Tuple.from(p)).flatMap(n -> pool.preparedQuery(select).execute(Tuple.from(p)).map(rs -> {
            List<Refusal> out = new ArrayList<>();
            for (Row r : rs) {
                String gate = r.getString("gate");
                out.add(new Refusal(r.getLong("id"), r.getOffsetDateTime("occurred_at").toInstant(), r.getString("actor"), r.getString("department"),
                        ViolationKind.of(gate).orElse(ViolationKind.REVIEW_STEP), gate, r.getString("act"), r.getString("missing"), r.getLong("item_id"),
                        r.getString("title"), r.getString("department_code")));
            }
            return Page.of(out, page, n.iterator().next().getLong("n"));
        }));
    }

    // ------------------------------------------------------------------ the follow-up's written self-examination (书面检查)

    public static final String SELF_EXAMINATION = "violation";

    /** Only on a confirmed violation: the head's written self-examination, stored encrypted like every upload. Audited. */
    public Uni<org.gongkai.files.Attachment> addSelfExamination(long obligationId, org.gongkai.files.AttachmentService.Prepared file, Actor actor) {
        return one(obligationId).flatMap(v -> {
            if (v.decision() != Decision.CONFIRMED) throw ProblemException.conflict("violation " + obligationId + " is not confirmed: a self-examination follows a confirmation");
            return Panache.withTransaction(() -> attachments.add(String.valueOf(obligationId), file, actor));
        });
    }
}
