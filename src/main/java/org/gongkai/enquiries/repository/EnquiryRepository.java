package org.gongkai.enquiries.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.enquiries.Enquiry;
import org.gongkai.enquiries.EnquiryExtension;
import org.gongkai.enquiries.EnquiryState;
import org.gongkai.enquiries.Enums;

@ApplicationScoped
@WithSession
public class EnquiryRepository implements PanacheRepository<Enquiry> {

    /** Console filters; null means any. {@code due}: OVERDUE or DUE_SOON, read from the ledger's open clocks. */
    public record Filter(Enums.Channel channel, EnquiryState state, String departmentCode, String due, LocalDate today,
                         LocalDate soon, java.time.Instant now, String text) {}

    public Uni<Enquiry> find(long id) {
        return findById(id).map(e -> {
            if (e == null) throw ProblemException.notFound("enquiry", id);
            return e;
        });
    }

    public Uni<Page<Enquiry>> search(Filter f, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.channel() != null) { where.append(" and channel = :ch"); p.put("ch", f.channel()); }
        if (f.state() != null) { where.append(" and state = :st"); p.put("st", f.state()); }
        if (f.departmentCode() != null) { where.append(" and departmentCode = :dept"); p.put("dept", f.departmentCode()); }
        if (f.text() != null) {
            where.append(" and (lower(title) like :t or lower(trackingNo) like :t or lower(coalesce(ticketNo, '')) like :t)");
            p.put("t", "%" + f.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (f.due() != null) {
            // "overdue" and "due soon" are the ledger's to say
            var status = org.gongkai.compliance.ObligationStatus.valueOf(f.due());
            where.append(" and cast(id as String) in (")
                    .append(org.gongkai.compliance.repository.ObligationRepository.subjectsWithStatus("enquiry", status)).append(")");
            org.gongkai.compliance.repository.ObligationRepository.bind(status, p, f.today(), f.soon(), f.now());
        }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), p), page);
    }

    /** Closed, publishable enquiries; with {@code tokens}, those whose words match (segmented like the text). */
    public Uni<Page<Long>> publicIds(String tokens, Enums.Category category, int pageNo, int size) {
        StringBuilder where = new StringBuilder(" from enquiry e where e.state = 'CLOSED' and e.publishable");
        Map<String, Object> p = new HashMap<>();
        if (tokens != null && !tokens.isBlank()) {
            where.append(" and e.search_vector @@ plainto_tsquery('simple', :tokens)");
            p.put("tokens", tokens);
        }
        if (category != null) { where.append(" and e.category = :cat"); p.put("cat", category.name()); }
        return getSession().flatMap(s -> org.gongkai.common.paging.Pages.ids(s,
                "select e.id" + where + " order by e.closed_on desc, e.id desc limit :limit offset :offset", "select count(*)" + where, p, pageNo, size));
    }

    public Uni<List<Enquiry>> byIds(List<Long> ids) {
        if (ids.isEmpty()) return Uni.createFrom().item(List.of());
        return list("id in ?1", ids).map(l -> {
            List<Enquiry> out = new java.util.ArrayList<>(l);
            out.sort(java.util.Comparator.comparingInt(e -> ids.indexOf(e.id)));
            return out;
        });
    }

    public Uni<Integer> indexForSearch(long id) {
        return getSession().flatMap(s -> s.createNativeQuery("update enquiry set search_vector = to_tsvector('simple', coalesce(search_text, '')) where id = :id")
                .setParameter("id", id).executeUpdate());
    }

    public Uni<List<EnquiryExtension>> extensions(long enquiryId) {
        return getSession().flatMap(s -> s.createQuery("from EnquiryExtension where enquiryId = :id order by id", EnquiryExtension.class)
                .setParameter("id", enquiryId).getResultList());
    }

    public Uni<Void> persistExtension(EnquiryExtension x) {
        return getSession().flatMap(s -> s.persist(x).call(s::flush));
    }

    /** One month of the public figures; {@code onTime} counts answers all of whose clocks were met in time. */
    public record MonthFigures(int month, long received, long answered, Double averageWorkingDays, long judged, long onTime) {}

    /**
     * The twelve months of a year in one aggregate query (indexed ranges; no rows loaded). An answer is judged
     * when it has a clock; it is on time when every clock it had (the office's R21, each department's R22) was
     * met by its due date (issue 9: a department answering late makes the enquiry late).
     */
    public Uni<List<MonthFigures>> figures(LocalDate from, LocalDate to) {
        String clocks = "from obligation o where o.subject_type = 'enquiry' and o.subject_id = cast(e.id as text) and o.state <> 'CANCELLED'";
        String sql = "with months as (select generate_series(1, 12) as m), "
                + "rec as (select cast(extract(month from received_on) as int) as m, count(*) as n from enquiry "
                + "        where received_on >= :from and received_on < :to group by 1), "
                + "ans as (select cast(extract(month from e.closed_on) as int) as m, count(*) as n, avg(e.answer_working_days) as avg_days, "
                + "        count(*) filter (where exists (select 1 " + clocks + ")) as judged, "
                + "        count(*) filter (where exists (select 1 " + clocks + ") and not exists (select 1 " + clocks
                + "            and not (" + org.gongkai.compliance.repository.ObligationRepository.NATIVE_MET + "))) as on_time "
                + "        from enquiry e where e.state = 'CLOSED' and e.closed_on >= :from and e.closed_on < :to group by 1) "
                + "select months.m, coalesce(rec.n, 0), coalesce(ans.n, 0), cast(ans.avg_days as double precision), "
                + "coalesce(ans.judged, 0), coalesce(ans.on_time, 0) from months left join rec on rec.m = months.m "
                + "left join ans on ans.m = months.m order by months.m";
        return getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList()).map(rows -> rows.stream().map(r -> new MonthFigures(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).doubleValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList());
    }

    public Uni<List<Enquiry>> ofCitizen(String citizen) {
        return list("citizen", Sort.by("receivedOn").descending().and("id").descending(), citizen);
    }
}
