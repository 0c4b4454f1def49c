package org.gongkai.compliance.repository;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationPause;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.service.ObligationService;

@ApplicationScoped
@WithSession
public class ObligationRepository implements PanacheRepository<Obligation> {

    /** Kinds whose status is judged on dates (due date, completion day). */
    static final String DATED = "kind in ('DEADLINE', 'QUOTA')";

    /**
     * The derived status as a JPQL condition over kind, state, due date or instant, completion, today, the due-soon
     * limit and now (issue 10: hour clocks compare instants; minimum durations are never due soon or overdue). The same
     * derivation as {@link ObligationStatus#of(org.gongkai.compliance.Obligation, LocalDate, LocalDate, java.time.Instant)}.
     */
    static String statusCondition(ObligationStatus s) {
        return switch (s) {
            case OPEN -> "state = 'OPEN' and (kind = 'MINIMUM' or (kind = 'HOURS' and soonAt > :now) or (" + DATED + " and dueDate > :soon))";
            case DUE_SOON -> "state = 'OPEN' and ((kind = 'HOURS' and soonAt <= :now and dueAt >= :now) or (" + DATED
                    + " and dueDate >= :today and dueDate <= :soon))";
            case OVERDUE -> "state = 'OPEN' and ((kind = 'HOURS' and dueAt < :now) or (" + DATED + " and dueDate < :today))";
            case PAUSED -> "state = 'PAUSED'";
            case MET -> "state = 'COMPLETED' and ((kind = 'HOURS' and completedAt <= dueAt) or (kind = 'MINIMUM' and completedOn >= dueDate) or ("
                    + DATED + " and completedOn <= dueDate))";
            case MET_LATE -> "state = 'COMPLETED' and ((kind = 'HOURS' and completedAt > dueAt) or (" + DATED + " and completedOn > dueDate))";
            case CUT_SHORT -> "state = 'COMPLETED' and kind = 'MINIMUM' and completedOn < dueDate";
            case CANCELLED -> "state = 'CANCELLED'";
        };
    }

    /**
     * MET in native SQL over an obligation aliased {@code o}, for features' aggregate queries (the enquiry figures):
     * the same derivation as {@link #statusCondition}, kept beside it.
     */
    public static final String NATIVE_MET = "o.state = 'COMPLETED' and ((o.kind = 'HOURS' and o.completed_at <= o.due_at) "
            + "or (o.kind = 'MINIMUM' and o.completed_on >= o.due_date) or (o.kind in ('DEADLINE', 'QUOTA') and o.completed_on <= o.due_date))";

    /**
     * A clock not kept, in native SQL over {@code o} with {@code $1} today and {@code $2} now: overdue, met late, or a
     * minimum period cut short — the same derivation as {@link #statusCondition} (OVERDUE, MET_LATE, CUT_SHORT).
     */
    public static final String NATIVE_NOT_KEPT = "((o.state = 'OPEN' and ((o.kind = 'HOURS' and o.due_at < $2) or (o.kind in ('DEADLINE', 'QUOTA') and o.due_date < $1))) "
            + "or (o.state = 'COMPLETED' and ((o.kind = 'HOURS' and o.completed_at > o.due_at) or (o.kind in ('DEADLINE', 'QUOTA') and o.completed_on > o.due_date) "
            + "or (o.kind = 'MINIMUM' and o.completed_on < o.due_date))))";

    /** What a status condition needs, bound into {@code params}: :today, :soon and :now as the condition uses them. */
    public static void bind(ObligationStatus s, Map<String, Object> params, LocalDate today, LocalDate soon, java.time.Instant now) {
        String cond = statusCondition(s);
        if (cond.contains(":today")) params.put("today", today);
        if (cond.contains(":soon")) params.put("soon", soon);
        if (cond.contains(":now")) params.put("now", now);
    }

    /** Subject ids of a type whose obligation under a rule has the derived status (what the sweeps act on). */
    public Uni<List<String>> subjectIds(String subjectType, String ruleId, ObligationStatus s, LocalDate today, LocalDate soon,
                                        java.time.Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", subjectType);
        p.put("rule", ruleId);
        bind(s, p, today, soon, now);
        return list("subjectType = :type and ruleId = :rule and (" + statusCondition(s) + ")", p)
                .map(l -> l.stream().map(o -> o.subjectId).toList());
    }

    /**
     * An HQL subquery of the subject ids of one type whose obligation has the derived status, for features that filter
     * their own lists by the ledger (e.g. "overdue enquiries"). Bind its parameters with {@link #bind}.
     */
    public static String subjectsWithStatus(String subjectType, ObligationStatus s) {
        if (!subjectType.matches("[a-z-]{1,32}")) throw new IllegalArgumentException("subject type");
        String cond = statusCondition(s).replaceAll("\\b(state|kind|dueDate|dueAt|soonAt|completedOn|completedAt)\\b", "o.$1");
        return "select o.subjectId from Obligation o where o.subjectType = '" + subjectType + "' and (" + cond + ")";
    }

    public Uni<Page<Obligation>> search(ObligationService.Query q, LocalDate today, LocalDate soon, java.time.Instant now, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.departmentCode() != null) { where.append(" and departmentCode = :dept"); params.put("dept", q.departmentCode()); }
        if (q.ruleId() != null) { where.append(" and ruleId = :rule"); params.put("rule", q.ruleId()); }
        if (q.subjectType() != null) { where.append(" and subjectType = :st"); params.put("st", q.subjectType()); }
        if (q.subjectId() != null) { where.append(" and subjectId = :sid"); params.put("sid", q.subjectId()); }
        if (q.dueFrom() != null) { where.append(" and dueDate >= :from"); params.put("from", q.dueFrom()); }
        if (q.dueTo() != null) { where.append(" and dueDate <= :to"); params.put("to", q.dueTo()); }
        if (q.kind() != null) { where.append(" and kind = :kind"); params.put("kind", q.kind()); }
        if (q.status() != null) {
            where.append(" and (").append(statusCondition(q.status())).append(")");
            bind(q.status(), params, today, soon, now);
        }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), params), page);
    }

    public Uni<Map<ObligationStatus, Long>> countByStatus(String departmentCode, LocalDate today, LocalDate soon, java.time.Instant now) {
        Map<ObligationStatus, Long> out = new EnumMap<>(ObligationStatus.class);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ObligationStatus s : ObligationStatus.values()) {
            String cond = statusCondition(s);
            Map<String, Object> params = new HashMap<>();
            String where = "(" + cond + ")";
            if (departmentCode != null) { where += " and departmentCode = :dept"; params.put("dept", departmentCode); }
            bind(s, params, today, soon, now);
            String w = where;
            chain = chain.flatMap(x -> count(w, params).invoke(n -> out.put(s, n)).replaceWithVoid());
        }
        return chain.replaceWith(out);
    }

    public Uni<Void> persistPause(ObligationPause p) {
        return getSession().flatMap(s -> s.persist(p));
    }

    public Uni<ObligationPause> openPause(long obligationId) {
        return getSession().flatMap(s -> s.createQuery("from ObligationPause where obligationId = :id and resumedOn is null order by id desc",
                ObligationPause.class).setParameter("id", obligationId).setMaxResults(1).getResultList())
                .map(l -> l.isEmpty() ? null : l.get(0));
    }

    public Uni<List<ObligationPause>> pauses(long obligationId) {
        return getSession().flatMap(s -> s.createQuery("from ObligationPause where obligationId = :id order by id", ObligationPause.class)
                .setParameter("id", obligationId).getResultList());
    }

    public Uni<List<Obligation>> forSubjects(String subjectType, java.util.Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) return Uni.createFrom().item(List.of());
        return list("subjectType = ?1 and subjectId in ?2", Sort.by("id"), subjectType, subjectIds);
    }

    public Uni<List<Obligation>> forSubject(String subjectType, String subjectId) {
        return list("subjectType = ?1 and subjectId = ?2", Sort.by("id"), subjectType, subjectId);
    }

    /** Running day clocks whose counting touches [from, to], or whose due date is provisional (issue 9). */
    public Uni<List<Obligation>> runningTouching(java.time.LocalDate from, java.time.LocalDate to) {
        return list("state = ?1 and kind in ('DEADLINE', 'MINIMUM') and (provisional = true or (dueDate >= ?2 and baseDate <= ?3))",
                org.gongkai.compliance.ObligationState.OPEN, from, to);
    }
}
