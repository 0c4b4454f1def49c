package org.gongkai.disclosure.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;

@ApplicationScoped
@WithSession
public class InfoItemVersionRepository implements PanacheRepository<InfoItemVersion> {

    /** Portal filters; null means any. {@code columns}: a column and its sub-columns. */
    public record PortalFilter(Collection<String> columns, Integer year, String department, String validity) {}

    public Uni<InfoItemVersion> current(long itemId) {
        return find("itemId = ?1 and current = true", itemId).firstResult();
    }

    public Uni<InfoItemVersion> version(long itemId, int no) {
        return find("itemId = ?1 and versionNo = ?2", itemId, no).firstResult();
    }

    public Uni<List<InfoItemVersion>> history(long itemId) {
        return list("itemId", Sort.by("versionNo").descending(), itemId);
    }

    public Uni<InfoItemVersion> currentGuide() {
        return find("kind = ?1 and current = true", Sort.by("publishedAt").descending(), InfoItem.Kind.GUIDE).firstResult();
    }

    public Uni<Integer> retire(long itemId) {
        return update("current = false where itemId = ?1 and current = true", itemId);
    }

    public Uni<Integer> setSearchVector(long versionId) {
        return getSession().flatMap(s -> s.createNativeQuery(
                        "update info_item_version set search_vector = to_tsvector('simple', search_text) where id = :id")
                .setParameter("id", versionId).executeUpdate());
    }

    public Uni<Page<InfoItemVersion>> list(PortalFilter f, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("current = true and kind = :kind");
        Map<String, Object> p = new HashMap<>();
        p.put("kind", InfoItem.Kind.ITEM);
        if (f.columns() != null) { where.append(" and columnCode in :cols"); p.put("cols", f.columns()); }
        if (f.year() != null) {
            where.append(" and createdDate >= :from and createdDate < :to");
            p.put("from", LocalDate.of(f.year(), 1, 1));
            p.put("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.department() != null) { where.append(" and issuingDepartment = :dept"); p.put("dept", f.department()); }
        if (f.validity() != null) { where.append(" and validity = :val"); p.put("val", org.gongkai.disclosure.Validity.valueOf(f.validity())); }
        return org.gongkai.common.paging.Pages.of(find(where.toString(), page.sort(), p), page);
    }

    public Uni<List<InfoItemVersion>> latest(Collection<String> columns, int limit) {
        String where = "current = true and kind = :kind" + (columns == null ? "" : " and columnCode in :cols");
        Map<String, Object> p = new HashMap<>();
        p.put("kind", InfoItem.Kind.ITEM);
        if (columns != null) p.put("cols", columns);
        return find(where, Sort.by("publishedAt").descending().and("id").descending(), p).page(0, limit).list();
    }

    /** The current versions of these items, in the order given (a search's ranking). */
    public Uni<List<InfoItemVersion>> currentOf(List<Long> itemIds) {
        if (itemIds.isEmpty()) return Uni.createFrom().item(List.of());
        return list("itemId in ?1 and current = true", itemIds).map(l -> {
            List<InfoItemVersion> out = new ArrayList<>(l);
            out.sort(java.util.Comparator.comparingInt(v -> itemIds.indexOf(v.itemId)));
            return out;
        });
    }

}
