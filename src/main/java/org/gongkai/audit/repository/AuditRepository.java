package org.gongkai.audit.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.AuditEvent;

@ApplicationScoped
@WithSession
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    /** Sealed events after a chain position, in chain order. */
    public Uni<List<AuditEvent>> sealedBatchAfter(long afterChainNo, int size) {
        return find("chainNo > ?1", Sort.by("chainNo"), afterChainNo).page(Page.ofSize(size)).list();
    }

    /** Committed events not yet sealed, oldest id first (the appender's work list). */
    public Uni<List<AuditEvent>> unsealed(int size) {
        return find("chainNo is null", Sort.by("id")).page(Page.ofSize(size)).list();
    }

    public Uni<Long> countUnsealed() {
        return count("chainNo is null");
    }

    public Uni<String> head() {
        return getSession().flatMap(s -> s.createNativeQuery("select last_hash from audit_head", String.class)
                .getResultList()).map(l -> l.isEmpty() ? null : l.get(0).trim());
    }

    public Uni<org.gongkai.common.paging.Page<AuditEvent>> search(String subjectType, String subjectId, String actor,
                                                                 org.gongkai.common.paging.PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (subjectType != null && !subjectType.isBlank()) { where.append(" and subjectType = :st"); params.put("st", subjectType); }
        if (subjectId != null && !subjectId.isBlank()) { where.append(" and subjectId = :sid"); params.put("sid", subjectId); }
        if (actor != null && !actor.isBlank()) { where.append(" and actor = :actor"); params.put("actor", actor); }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), params), page);
    }

    public Uni<List<AuditEvent>> forSubject(String subjectType, String subjectId) {
        return list("subjectType = ?1 and subjectId = ?2", Sort.by("id"), subjectType, subjectId);
    }
}
