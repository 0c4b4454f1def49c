package org.gongkai.disclosure.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.publication.PublicationState;

@ApplicationScoped
@WithSession
public class InfoItemRepository implements PanacheRepository<InfoItem> {

    /** Filters of the console's item lists; null means any. */
    public record Filter(String departmentCode, PublicationState state, List<PublicationState> states, String columnCode,
                         Boolean normative, String validity, InfoItem.Kind kind, String text) {}

    public Uni<Page<InfoItem>> search(Filter f, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.departmentCode() != null) { where.append(" and departmentCode = :dept"); p.put("dept", f.departmentCode()); }
        if (f.state() != null) { where.append(" and state = :state"); p.put("state", f.state()); }
        if (f.states() != null) { where.append(" and state in :states"); p.put("states", f.states()); }
        if (f.columnCode() != null) { where.append(" and columnCode = :col"); p.put("col", f.columnCode()); }
        if (f.normative() != null) { where.append(" and normative = :norm"); p.put("norm", f.normative()); }
        if (f.validity() != null) { where.append(" and validity = :val"); p.put("val", org.gongkai.disclosure.Validity.valueOf(f.validity())); }
        if (f.kind() != null) { where.append(" and kind = :kind"); p.put("kind", f.kind()); }
        if (f.text() != null) {
            where.append(" and (lower(title) like :text or lower(coalesce(docNumber, '')) like :text or indexNo like :text)");
            p.put("text", "%" + f.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), p), page);
    }

    /** The next index number's sequence for a year (one row per year, incremented atomically). */
    public Uni<Integer> nextSequence(int year) {
        return getSession().flatMap(s -> s.createNativeQuery(
                        "insert into index_counter (year, next) values (:y, 2) on conflict (year) do update set next = index_counter.next + 1 "
                                + "returning next - 1", Integer.class)
                .setParameter("y", year).getSingleResult());
    }
}
