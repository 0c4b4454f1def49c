package org.gongkai.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.meeting.Meeting;

/** A meeting's notice goes live: it is announced; its materials go live: they are public (R31). */
@ApplicationScoped
public class MeetingPublished implements ItemPublished {
    @Inject
    MeetingService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (!MeetingService.SUBJECT.equals(i.featureType) || i.featureId == null) return Uni.createFrom().voidItem();
        if (i.itemType != ItemType.MEETING_NOTICE && i.itemType != ItemType.MEETING_MATERIALS) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(Meeting.class, Long.parseLong(i.featureId))).flatMap(m -> {
            if (m == null) return Uni.createFrom().voidItem();
            if (i.itemType == ItemType.MEETING_NOTICE && i.id.equals(m.noticeItemId)) return service.announced(m, actor);
            if (i.itemType == ItemType.MEETING_MATERIALS && i.id.equals(m.materialsItemId)) return service.materialsPublished(m, actor);
            return Uni.createFrom().voidItem();
        });
    }
}
