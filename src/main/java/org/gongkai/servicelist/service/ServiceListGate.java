package org.gongkai.servicelist.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.PublicationGate;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;
import org.gongkai.servicelist.ServiceList;

/**
 * R35: a service list goes into (and through) the review only as drafted. An entry changed after the list was
 * drafted makes its submission or approval a 409 until it is drafted again, so that what is published is what was
 * reviewed.
 */
@ApplicationScoped
public class ServiceListGate implements PublicationGate {
    public static final String GATE = "R35-LIST";

    @Override
    public Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action) {
        if (!ItemService.SUBJECT.equals(subject.type())) return Uni.createFrom().nullItem();
        if (action != PublicationState.Action.SUBMIT && action != PublicationState.Action.APPROVE) return Uni.createFrom().nullItem();
        long id = Long.parseLong(subject.id());
        return Panache.getSession().flatMap(s -> s.find(InfoItem.class, id).flatMap(i -> {
            if (i == null || i.itemType != ItemType.SERVICE_LIST || !ServiceListService.SUBJECT.equals(i.featureType) || i.featureId == null) {
                return Uni.createFrom().nullItem();
            }
            return s.find(ServiceList.class, ServiceList.Kind.valueOf(i.featureId)).map(l -> l == null || !l.changedSinceDrafted() ? null
                    : new Refusal(GATE, "清单在起草公开稿后有修改，请重新生成公开稿", "the list changed after it was drafted: draft it again"));
        }));
    }
}
