package org.gongkai.keytask.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.keytask.KeyTaskPlan;
import org.gongkai.keytask.KeyTaskRound;

/** The division or a round's progress goes live: the year's tasks or that progress become public, the quotas count it (R33). */
@ApplicationScoped
public class KeyTaskPublished implements ItemPublished {
    @Inject
    KeyTaskService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (i.featureId == null) return Uni.createFrom().voidItem();
        if (KeyTaskService.PLAN_SUBJECT.equals(i.featureType) && i.itemType == ItemType.KEY_TASK_PLAN) {
            return Panache.getSession().flatMap(s -> s.find(KeyTaskPlan.class, Integer.parseInt(i.featureId)))
                    .flatMap(p -> p == null || !i.id.equals(p.itemId) ? Uni.createFrom().voidItem() : service.planPublished(p, actor));
        }
        if (KeyTaskService.ROUND_SUBJECT.equals(i.featureType) && i.itemType == ItemType.KEY_TASK_PROGRESS) {
            return Panache.getSession().flatMap(s -> s.find(KeyTaskRound.class, Long.parseLong(i.featureId)))
                    .flatMap(r -> r == null || !i.id.equals(r.itemId) ? Uni.createFrom().voidItem() : service.roundPublished(r, actor));
        }
        return Uni.createFrom().voidItem();
    }
}
