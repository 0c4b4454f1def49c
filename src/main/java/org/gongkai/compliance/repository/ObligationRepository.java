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

    /** The derived status as a JPQL condition over state, due date, completion date, today and the due-soon limit. */
    static String statusCondition(ObligationStatus s) {
        return switch (s) {
            case OPEN -> "state = 'OPEN' and dueDate > :soon";
            case DUE_SOON -> "state = 'OPEN' and dueDate >= :today and dueDate <= :soon";
            case OVERDUE -> "state = 'OPEN' and dueDate < :today";
            case PAUSED -> "state = 'PAUSED'";
            case MET -> "state = 'COMPLETED' and completedOn <= dueDate";
            case MET_LATE -> "state = 'COMPLETED' and completedOn > dueDate";
            case CANCELLED -> "state = 'CANCELLED'";
        };
    }

    /**
     * MET in native SQL over an obligation aliased {@code o}, for features' aggregate queries (the enquiry figures):
     * the same derivation as {@link #statusCondition}, kept beside it.
     */
    public static final String NATIVE_MET = "o.state = 'COMPLETED' and o.completed_on <= o.due_date";

    /** Subject ids of a type whose obligation under a rule has the derived status (what the sweeps act on). */
    public Uni<List<String>> subjectIds(String subjectType, String ruleId, ObligationStatus s, java.time.LocalDate today,
                                        java.time.LocalDate soon) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("type", subjectType);
        p.put("rule", ruleId);
        if (statusCondition(s).contains(":today")) p.put("today", today);
        if (statusCondition(s).contains(":soon")) p.put("soon", soon);
        return list("subjectType = :type and ruleId = :rule and (" + statusCondition(s) + ")", p)
                .map(l -> l.stream().map(o -> o.subjectId).toList());
    }

    /**
     * An HQL subquery of the subject ids of one type whose obligation has the derived status, for features that filter
     * their own lists by the ledger (e.g. "overdue enquiries"). Binds :today and :soon like {@link #statusCondition}.
     */
    public static String subjectsWithStatus(String subjectType, ObligationStatus s) {
        if (!subjectType.matches("[a-z-]{1,32}")) throw new IllegalArgumentException("subject type");
        String cond = statusCondition(s).replace("state", "o.state").replace("dueDate", "o.dueDate").replace("completedOn", "o.completedOn");
        return "select o.subjectId from Obligation o where o.subjectType = '" + subjectType + "' and (" + cond + ")";
    }

    /** Whether a status condition binds :today / :soon. */
    public static boolean usesToday(ObligationStatus s) {
        return statusCondition(s).contains(":today");
    }

    public static boolean usesSoon(ObligationStatus s) {
        return statusCondition(s).contains(":soon");
    }

    public Uni<Page<Obligation>> search(ObligationService.Query q, LocalDate today, LocalDate soon, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.departmentCode() != null) { where.append(" and departmentCode = :dept"); params.put("dept", q.departmentCode()); }
        if (q.ruleId() != null) { where.append(" and ruleId = :rule"); params.put("rule", q.ruleId()); }
        if (q.subjectType() != null) { where.append(" and subjectType = :st"); params.put("st", q.subjectType()); }
        if (q.subjectId() != null) { where.append(" and subjectId = :sid"); params.put("sid", q.subjectId()); }
        if (q.dueFrom() != null) { where.append(" and dueDate >= :from"); params.put("from", q.dueFrom()); }
        if (q.dueTo() != null) { where.append(" and dueDate <= :to"); params.put("to", q.dueTo()); }
        if (q.status() != null) {
            String cond = statusCondition(q.status());
            where.append(" and (").append(cond).append(")");
            if (cond.contains(":today")) params.put("today", today);
            if (cond.contains(":soon")) params.put("soon", soon);
        }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), params), page);
    }

    public Uni<Map<ObligationStatus, Long>> countByStatus(String departmentCode, LocalDate today, LocalDate soon) {
        Map<ObligationStatus, Long> out = new EnumMap<>(ObligationStatus.class);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ObligationStatus s : ObligationStatus.values()) {
            String cond = statusCondition(s);
            Map<String, Object> params = new HashMap<>();
            String where = "(" + cond + ")";
            if (departmentCode != null) { where += " and departmentCode = :dept"; params.put("dept", departmentCode); }
            if (cond.contains(":today")) params.put("today", today);
            if (cond.contains(":soon")) params.put("soon", soon);
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

    /** Running clocks whose counting touches [from, to], or whose due date is provisional (issue 9). */
    public Uni<List<Obligation>> runningTouching(java.time.LocalDate from, java.time.LocalDate to) {
        return list("state = ?1 and (provisional = true or (dueDate >= ?2 and baseDate <= ?3))",
                org.gongkai.compliance.ObligationState.OPEN, from, to);
    }
}
