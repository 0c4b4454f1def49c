package org.gongkai.catalogue.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.catalogue.CatalogueColumn;
import org.gongkai.catalogue.CatalogueVersion;

@ApplicationScoped
@WithSession
public class CatalogueRepository implements PanacheRepository<CatalogueVersion> {

    public Uni<CatalogueVersion> current() {
        return find("state", Sort.by("versionNo").descending(), CatalogueVersion.State.PUBLISHED).firstResult();
    }

    public Uni<CatalogueVersion> draft() {
        return find("state", CatalogueVersion.State.DRAFT).firstResult();
    }

    public Uni<CatalogueVersion> byNumber(int no) {
        return find("versionNo", no).firstResult();
    }

    public Uni<List<CatalogueVersion>> versions() {
        return listAll(Sort.by("versionNo").descending());
    }

    public Uni<Integer> maxVersionNo() {
        return getSession().flatMap(s -> s.createQuery("select coalesce(max(v.versionNo), 0) from CatalogueVersion v", Integer.class)
                .getSingleResult());
    }

    public Uni<List<CatalogueColumn>> columns(long versionId) {
        return getSession().flatMap(s -> s.createQuery("from CatalogueColumn where versionId = :v order by sortOrder, code", CatalogueColumn.class)
                .setParameter("v", versionId).getResultList());
    }

    public Uni<CatalogueColumn> column(long versionId, String code) {
        return getSession().flatMap(s -> s.createQuery("from CatalogueColumn where versionId = :v and code = :c", CatalogueColumn.class)
                .setParameter("v", versionId).setParameter("c", code).getResultList())
                .map(l -> l.isEmpty() ? null : l.get(0));
    }

    public Uni<Void> persistColumns(List<CatalogueColumn> columns) {
        return getSession().flatMap(s -> s.persistAll(columns.toArray()));
    }

    public Uni<Void> persistColumn(CatalogueColumn c) {
        return getSession().flatMap(s -> s.persist(c));
    }

    public Uni<Void> removeColumn(CatalogueColumn c) {
        return getSession().flatMap(s -> s.remove(c));
    }
}
