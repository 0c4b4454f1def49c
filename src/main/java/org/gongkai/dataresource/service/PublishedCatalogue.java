package org.gongkai.dataresource.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.web.PublicCache;
import org.gongkai.dataresource.DataCatalogueVersion;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;

/**
 * The published data catalogue as every reader of it sees it (the portal, DCAT, CKAN, the sharing call): a bureau's
 * catalogue is a few hundred resources, so a version is read once, parsed once and held in memory until the next
 * publication (the public cache's epoch moves with it).
 */
@ApplicationScoped
public class PublishedCatalogue {
    @Inject
    PublicCache cache;

    /** A published version, read (null: none published). {@code asked} 0: the newest. */
    public Uni<DataCatalogueVersion> version(int asked) {
        return cache.get(List.of("portal-data-catalogue-version", asked), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            var q = s.createQuery("from DataCatalogueVersion" + (asked == 0 ? "" : " where version = :v") + " order by version desc", DataCatalogueVersion.class)
                    .setMaxResults(1);
            if (asked != 0) q.setParameter("v", asked);
            return q.getResultList().map(l -> l.isEmpty() ? null : l.get(0));
        })), x -> x.snapshot.length());
    }

    /** A published version's resources (404 when none is published, or no such version). */
    public Uni<List<PublicResource>> resources(int asked) {
        record Parsed(List<PublicResource> resources, int chars) {}
        return cache.<Parsed>get(List.of("portal-data-catalogue-resources", asked), () -> version(asked).map(v -> {
            if (v == null) throw ProblemException.notFound(asked == 0 ? "published data catalogue" : "data catalogue version", asked == 0 ? "catalogue" : asked);
            return new Parsed(DataCatalogueService.readSnapshot(v.snapshot), v.snapshot.length());
        }), Parsed::chars).map(Parsed::resources);
    }

    /** One resource of a published version (404 when it is not in it). */
    public Uni<PublicResource> resource(String code, int asked) {
        return resources(asked).map(all -> all.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("data resource", code)));
    }
}
