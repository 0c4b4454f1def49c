package org.gongkai.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.consultation.Consultation;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;

/** A consultation's draft goes live: its period starts; its adoption report goes live: the fates are released (R30). */
@ApplicationScoped
public class ConsultationPublished implements ItemPublished {
    @Inject
    ConsultationService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (!ConsultationService.SUBJECT.equals(i.featureType) || i.featureId == null) return Uni.createFrom().voidItem();
        if (i.itemType != ItemType.CONSULTATION_DRAFT && i.itemType != ItemType.ADOPTION_REPORT) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(Consultation.class, Long.parseLong(i.featureId))).flatMap(k -> {
            if (k == null) return Uni.createFrom().voidItem();
            if (i.itemType == ItemType.CONSULTATION_DRAFT && i.id.equals(k.draftItemId)) return service.draftPublished(k, actor);
            if (i.itemType == ItemType.ADOPTION_REPORT && i.id.equals(k.reportItemId)) return service.reportPublished(k, actor);
            return Uni.createFrom().voidItem();
        });
    }
}
