package org.gongkai.poll.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.poll.Poll;

/** A poll's announcement goes live: it opens; its report goes live: the results are public and the quota counts it (R36). */
@ApplicationScoped
public class PollPublished implements ItemPublished {
    @Inject
    PollService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (!PollService.SUBJECT.equals(i.featureType) || i.featureId == null) return Uni.createFrom().voidItem();
        if (i.itemType != ItemType.POLL && i.itemType != ItemType.POLL_REPORT) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(Poll.class, Long.parseLong(i.featureId))).flatMap(p -> {
            if (p == null) return Uni.createFrom().voidItem();
            if (i.itemType == ItemType.POLL && i.id.equals(p.announcementItemId)) return service.announced(p, actor);
            if (i.itemType == ItemType.POLL_REPORT && i.id.equals(p.reportItemId)) return service.reported(p, actor);
            return Uni.createFrom().voidItem();
        });
    }
}
