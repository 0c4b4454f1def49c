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

    /** Events not closed, and those whose clock ran out (answered late or not yet: violation R45(6)), by unit and category. */
    public record Count(String departmentCode, OpinionEvent.Category category, long open, long overdue) {}

    /**
     * "Ran out" is the ledger's to say: the events with an OVERDUE or a MET_LATE clock, by the ledger's own status
     * conditions ({@link ObligationRepository#subjectsWithStatus}), never a second rule here.
     */
    public Uni<List<Count>> counts(String departmentCode, LocalDate today, Instant now) {
        String dept = departmentCode == null ? "" : " and e.departmentCode = :dept";
        String late = "(cast(e.id as String) in (" + ObligationRepository.subjectsWithStatus(OpinionService.SUBJECT, ObligationStatus.OVERDUE)
                + ") or cast(e.id as String) in (" + ObligationRepository.subjectsWithStatus(OpinionService.SUBJECT, ObligationStatus.MET_LATE) + "))";
        Map<String, Object> p = new HashMap<>();
        ObligationRepository.bind(ObligationStatus.OVERDUE, p, today, today, now);
        return getSession().flatMap(s -> {
            var open = s.createQuery("select e.departmentCode, e.category, count(e) from OpinionEvent e where e.state <> :closed" + dept
                    + " group by e.departmentCode, e.category", Object[].class).setParameter("closed", OpinionState.CLOSED);
            var ran = s.createQuery("select e.departmentCode, e.category, count(e) from OpinionEvent e where " + late + dept
                    + " group by e.departmentCode, e.category", Object[].class);
            p.forEach(ran::setParameter);
            if (departmentCode != null) {
                open.setParameter("dept", departmentCode);
                ran.setParameter("dept", departmentCode);
            }
            return open.getResultList().flatMap(o -> ran.getResultList().map(r -> {
                Map<String, long[]> by = new java.util.TreeMap<>();
                for (Object[] x : o) by.computeIfAbsent(x[0] + "|" + x[1], k -> new long[2])[0] = ((Number) x[2]).longValue();
                for (Object[] x : r) by.computeIfAbsent(x[0] + "|" + x[1], k -> new long[2])[1] = ((Number) x[2]).longValue();
                return by.entrySet().stream().map(en -> {
                    String[] k = en.getKey().split("\\|");
                    return new Count(k[0], OpinionEvent.Category.valueOf(k[1]), en.getValue()[0], en.getValue()[1]);
                }).toList();
            }));
        });
    }
}
