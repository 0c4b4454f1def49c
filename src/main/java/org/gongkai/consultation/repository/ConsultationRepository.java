package org.gongkai.consultation.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.paging.Pages;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationPhase;

/** Paged lists of consultations and comments, the phase a condition on the dates ({@link ConsultationPhase#sql}). */
@ApplicationScoped
@WithSession
public class ConsultationRepository implements PanacheRepository<Consultation> {

    /** The console's filters; null means any. */
    public record Filter(ConsultationPhase phase, String departmentCode, Long documentId, String q, LocalDate today) {}

    public Uni<Page<Consultation>> search(Filter f, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.phase() != null) {
            where.append(" and ").append(ConsultationPhase.sql(f.phase()));
            if (ConsultationPhase.sql(f.phase()).contains(":today")) p.put("today", f.today());
        }
        if (f.departmentCode() != null) { where.append(" and departmentCode = :dept"); p.put("dept", f.departmentCode()); }
        if (f.documentId() != null) { where.append(" and documentItemId = :doc"); p.put("doc", f.documentId()); }
        if (f.q() != null) { where.append(" and lower(title) like :q"); p.put("q", "%" + f.q().toLowerCase(java.util.Locale.ROOT) + "%"); }
        return Pages.of(find(where.toString(), page.sort(), p), page);
    }

    /**
     * The portal's column: open (and announced) ones, closing soonest first; or the closed ones, latest first. Only
     * consultations whose draft is on the portal.
     */
    public Uni<Page<Consultation>> portal(boolean open, String q, LocalDate today, PageRequest.Checked page) {
        Map<String, Object> p = new HashMap<>();
        p.put("today", today);
        String where = "draftPublishedOn is not null and " + (open ? "reportPublishedOn is null and closesOn >= :today" : "(reportPublishedOn is not null or closesOn < :today)");
        if (q != null) {
            where += " and lower(title) like :q";
            p.put("q", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        Sort sort = open ? Sort.by("closesOn").and("id") : Sort.by("closesOn", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        return Pages.of(find(where, sort, p), page);
    }

    /** Comments of a consultation in the given states, oldest first. */
    public Uni<Page<ConsultationComment>> comments(long consultationId, java.util.Collection<ConsultationComment.State> states, PageRequest.Checked page) {
        return getSession().flatMap(s -> {
            var count = s.createQuery("select count(*) from ConsultationComment where consultationId = :k and state in :st", Long.class)
                    .setParameter("k", consultationId).setParameter("st", states);
            var list = s.createQuery("from ConsultationComment where consultationId = :k and state in :st order by id", ConsultationComment.class)
                    .setParameter("k", consultationId).setParameter("st", states).setFirstResult(page.offset()).setMaxResults(page.size());
            return count.getSingleResult().flatMap(total -> list.getResultList().map(l -> Page.of(l, page, total)));
        });
    }

    /** How many comments each state has, for the given consultations. */
    public Uni<Map<Long, Map<ConsultationComment.State, Long>>> commentCounts(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return Uni.createFrom().item(Map.of());
        return getSession().flatMap(s -> s.createQuery("select consultationId, state, count(*) from ConsultationComment where consultationId in :ids "
                + "group by consultationId, state", Object[].class).setParameter("ids", ids).getResultList()).map(rows -> {
            Map<Long, Map<ConsultationComment.State, Long>> out = new HashMap<>();
            for (Object[] r : rows) {
                out.computeIfAbsent((Long) r[0], k -> new java.util.EnumMap<>(ConsultationComment.State.class))
                        .put((ConsultationComment.State) r[1], ((Number) r[2]).longValue());
            }
            return out;
        });
    }
}
