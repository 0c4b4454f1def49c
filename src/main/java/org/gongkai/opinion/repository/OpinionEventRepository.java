package org.gongkai.opinion.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.repository.ObligationRepository;
import org.gongkai.opinion.OpinionEvent;
import org.gongkai.opinion.OpinionState;
import org.gongkai.opinion.service.OpinionService;

@ApplicationScoped
@WithSession
public class OpinionEventRepository implements PanacheRepository<OpinionEvent> {

    /** The office's filters; null means any. {@code due}: OVERDUE or DUE_SOON, read from the ledger's hour clocks. */
    public record Filter(OpinionState state, String departmentCode, OpinionEvent.Category category, OpinionEvent.Level level,
                         ObligationStatus due, LocalDate today, LocalDate soon, Instant now) {}

    public Uni<Page<OpinionEvent>> search(Filter f, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.state() != null) { where.append(" and state = :st"); p.put("st", f.state()); }
        if (f.departmentCode() != null) { where.append(" and departmentCode = :dept"); p.put("dept", f.departmentCode()); }
        if (f.category() != null) { where.append(" and category = :cat"); p.put("cat", f.category()); }
        if (f.level() != null) { where.append(" and level = :lvl"); p.put("lvl", f.level()); }
        if (f.due() != null) {
            where.append(" and cast(id as String) in (").append(ObligationRepository.subjectsWithStatus(OpinionService.SUBJECT, f.due())).append(")");
            ObligationRepository.bind(f.due(), p, f.today(), f.soon(), f.now());
        }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), p), page);
    }

    /** Events not closed, and those whose clock has run out, by unit and category (the office's overview). */
    public record Count(String departmentCode, OpinionEvent.Category category, long open, long overdue) {}

    public Uni<List<Count>> counts(String departmentCode, Instant now) {
        String sql = "select e.department_code, e.category, count(*) filter (where e.state <> 'CLOSED'), "
                + "count(distinct e.id) filter (where o.id is not null) from opinion_event e "
                + "left join obligation o on o.subject_type = '" + OpinionService.SUBJECT + "' and o.subject_id = cast(e.id as text) "
                + "and o.kind = 'HOURS' and (o.due_at < coalesce(o.completed_at, :now)) and o.state <> 'CANCELLED' "
                + (departmentCode == null ? "" : "where e.department_code = :dept ")
                + "group by e.department_code, e.category order by e.department_code, e.category";
        return getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql, Object[].class).setParameter("now", now);
            if (departmentCode != null) q.setParameter("dept", departmentCode);
            return q.getResultList();
        }).map(rows -> rows.stream().map(r -> new Count((String) r[0], OpinionEvent.Category.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList());
    }
}
