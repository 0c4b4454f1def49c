package org.gongkai.publicity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.publicity.AdminDecision;

/** A decision's publicity item goes live (or a corrected version of it): the decision is public (R35). */
@ApplicationScoped
public class DecisionPublished implements ItemPublished {
    @Inject
    PublicityService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (!PublicityService.SUBJECT.equals(i.featureType) || i.featureId == null || i.itemType != ItemType.DOUBLE_PUBLICITY) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(AdminDecision.class, Long.parseLong(i.featureId))).flatMap(d -> {
            if (d == null || !i.id.equals(d.itemId) || d.state == AdminDecision.State.REVOKED || d.state == AdminDecision.State.ENDED) return Uni.createFrom().voidItem();
            return service.published(d, actor);
        });
    }
}
