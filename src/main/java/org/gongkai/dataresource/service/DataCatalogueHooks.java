package org.gongkai.dataresource.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.dataresource.DataCatalogue;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.PublicationGate;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;

/** The data catalogue and the review (R38, R39): it goes through only as drafted; its publication is the next version. */
public final class DataCatalogueHooks {
    private DataCatalogueHooks() {}

    static boolean ours(InfoItem i) {
        return i != null && i.itemType == ItemType.DATA_CATALOGUE && DataCatalogueService.SUBJECT.equals(i.featureType);
    }

    @ApplicationScoped
    public static class Published implements ItemPublished {
        @Inject
        DataCatalogueService service;

        @Override
        public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
            return ours(i) ? service.published(i, v, actor) : Uni.createFrom().voidItem();
        }
    }

    /** A register changed after it was drafted: its submission or approval is a 409 until it is drafted again. */
    @ApplicationScoped
    public static class Gate implements PublicationGate {
        @Override
        public Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action) {
            if (!ItemService.SUBJECT.equals(subject.type())) return Uni.createFrom().nullItem();
            if (action != PublicationState.Action.SUBMIT && action != PublicationState.Action.APPROVE) return Uni.createFrom().nullItem();
            long id = Long.parseLong(subject.id());
            return Panache.getSession().flatMap(s -> s.find(InfoItem.class, id).flatMap(i -> !ours(i) ? Uni.createFrom().nullItem()
                    : s.find(DataCatalogue.class, DataCatalogue.ID).map(c -> !c.changedSinceDrafted() ? null
                    : new Refusal(RULE_GATE, "资源目录在起草公开稿后有修改，请重新生成公开稿", "the catalogue changed after it was drafted: draft it again"))));
        }
    }

    public static final String RULE_GATE = "R39";
}
