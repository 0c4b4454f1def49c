package org.gongkai.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.inspection.InspectionTask;

/** An inspection's results go live: its clock is met, the department's quota counts it (R34). */
@ApplicationScoped
public class InspectionPublished implements ItemPublished {
    @Inject
    InspectionService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (!InspectionService.SUBJECT.equals(i.featureType) || i.featureId == null || i.itemType != ItemType.INSPECTION_RESULTS) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(InspectionTask.class, Long.parseLong(i.featureId)))
                .flatMap(t -> t == null || !i.id.equals(t.resultsItemId) ? Uni.createFrom().voidItem() : service.published(t, actor));
    }
}
