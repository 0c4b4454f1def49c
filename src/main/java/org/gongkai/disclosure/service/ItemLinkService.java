package org.gongkai.disclosure.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemLink;
import org.gongkai.disclosure.ItemType;

/**
 * Items that belong together (issue 10): an interpretation and the document it interprets (shown both ways), related
 * items, and whether they are published together (同步发布, R24/R26).
 */
@ApplicationScoped
public class ItemLinkService {
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;

    /** A link seen from one item: the other item, how they relate, from this side. */
    public record Linked(InfoItemLink link, InfoItem other, String direction) {}

    @WithTransaction
    public Uni<InfoItemLink> link(InfoItem from, long toId, InfoItemLink.Relation relation, boolean together, Actor actor) {
        if (relation == null) throw ProblemException.badField("relation", "INTERPRETS or RELATED");
        if (from.id == toId) throw ProblemException.badField("itemId", "an item is not linked to itself");
        if (relation == InfoItemLink.Relation.INTERPRETS && from.itemType != ItemType.INTERPRETATION) {
            throw ProblemException.badField("relation", "only an interpretation (type INTERPRETATION) interprets a document");
        }
        return Panache.getSession().flatMap(s -> s.find(InfoItem.class, toId).flatMap(to -> {
            if (to == null || to.kind != InfoItem.Kind.ITEM) throw ProblemException.badField("itemId", "no item " + toId);
            return s.createQuery("from InfoItemLink where (fromItemId = :a and toItemId = :b) or (fromItemId = :b and toItemId = :a)", InfoItemLink.class)
                    .setParameter("a", from.id).setParameter("b", toId).getResultList().flatMap(existing -> {
                        if (!existing.isEmpty()) throw ProblemException.conflict("items " + from.id + " and " + toId + " are linked already");
                        InfoItemLink l = new InfoItemLink();
                        l.fromItemId = from.id;
                        l.toItemId = toId;
                        l.relation = relation;
                        l.together = together;
                        l.createdBy = actor.username();
                        l.createdAt = time.now();
                        return s.persist(l).call(s::flush)
                                .call(() -> audit.record(actor, "item.linked", ItemService.SUBJECT, from.id, null,
                                        Map.of("to", toId, "relation", relation.name(), "together", together)))
                                .replaceWith(l);
                    });
        }));
    }

    @WithTransaction
    public Uni<Void> unlink(long fromId, long toId, Actor actor) {
        return Panache.getSession().flatMap(s -> s.createQuery("from InfoItemLink where (fromItemId = :a and toItemId = :b) or (fromItemId = :b and toItemId = :a)",
                        InfoItemLink.class).setParameter("a", fromId).setParameter("b", toId).getResultList()
                .flatMap(l -> {
                    if (l.isEmpty()) throw ProblemException.notFound("link to item", toId);
                    return s.remove(l.get(0)).call(s::flush)
                            .call(() -> audit.record(actor, "item.unlinked", ItemService.SUBJECT, fromId, Map.of("to", toId), null)).replaceWithVoid();
                }));
    }

    /** Every link of an item, both ways, with the other item. */
    @WithSession
    public Uni<List<Linked>> of(long itemId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from InfoItemLink where fromItemId = :id or toItemId = :id order by id", InfoItemLink.class)
                .setParameter("id", itemId).getResultList().flatMap(links -> {
                    if (links.isEmpty()) return Uni.createFrom().item(List.<Linked>of());
                    List<Long> others = links.stream().map(l -> l.other(itemId)).toList();
                    return s.createQuery("from InfoItem where id in :ids", InfoItem.class).setParameter("ids", others).getResultList()
                            .map(items -> links.stream().map(l -> {
                                long o = l.other(itemId);
                                InfoItem other = items.stream().filter(i -> i.id == o).findFirst().orElseThrow();
                                String direction = l.relation == InfoItemLink.Relation.RELATED ? "RELATED"
                                        : l.fromItemId == itemId ? "INTERPRETS" : "INTERPRETED_BY";
                                return new Linked(l, other, direction);
                            }).toList());
                }));
    }
}
