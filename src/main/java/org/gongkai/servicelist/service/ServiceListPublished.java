package org.gongkai.servicelist.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;

/** A service list's item goes live: its version is published and the R35-LIST clock met. */
@ApplicationScoped
public class ServiceListPublished implements ItemPublished {
    @Inject
    ServiceListService service;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (!ServiceListService.SUBJECT.equals(i.featureType) || i.featureId == null || i.itemType != ItemType.SERVICE_LIST) return Uni.createFrom().voidItem();
        return service.published(i, v, actor);
    }
}
