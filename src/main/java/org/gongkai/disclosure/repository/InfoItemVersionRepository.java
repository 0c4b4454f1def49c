package org.gongkai.disclosure.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;

@ApplicationScoped
@WithSession
public class InfoItemVersionRepository implements PanacheRepository<InfoItemVersion> {

    /** Portal filters; null means any. {@code columns}: a column and its sub-columns (read by {@link PortalReads}). */
    public record PortalFilter(Collection<String> columns, Integer year, String department, String validity, String form) {
        public PortalFilter(Collection<String> columns, Integer year, String department, String validity) {
            this(columns, year, department, validity, null);
        }
    }

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
}
