package org.gongkai.interpretation;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.common.error.ProblemException;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.files.AttachmentService;
import org.gongkai.publication.PublicationGate;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;

/**
 * R24 (三同步: drafted, routed and published together). A normative document or a major decision is submitted, and
 * approved, only with its interpretation linked to be published with it (the head of the office's approval then
 * publishes both in one transaction, or neither); where {@code gongkai.interpretation.max-lag-working-days} allows a
 * later interpretation, the gate stands aside and the ledger holds the obligation instead
 * ({@link InterpretationPublication}). Every refusal is an audit event {@code publication.gate.refused} with gate
 * {@code R24}: the evidence of violation R45(5).
 *
 * <p>An interpretation itself goes for review only complete: linked to the document it interprets, each form with
 * what it needs (a 图解 its image with alternative text, a 视频 its video with transcript, a 专家解读 its experts),
 * its media this item's own attachments (R25).
 */
@ApplicationScoped
public class InterpretationGate implements PublicationGate {
    public static final String GATE = "R24";

    @ConfigProperty(name = "gongkai.interpretation.max-lag-working-days")
    int maxLagWorkingDays;

    @Inject
    ItemLinkService links;
    @Inject
    AttachmentService attachments;

    @Override
    public Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action) {
        if (!ItemService.SUBJECT.equals(subject.type())) return Uni.createFrom().nullItem();
        if (action != PublicationState.Action.SUBMIT && action != PublicationState.Action.APPROVE) return Uni.createFrom().nullItem();
        long id = Long.parseLong(subject.id());
        return Panache.getSession().flatMap(s -> s.find(InfoItem.class, id)).flatMap(i -> {
            if (i == null) return Uni.createFrom().nullItem();
            if (i.itemType == ItemType.INTERPRETATION) return action == PublicationState.Action.SUBMIT ? interpretationReady(i) : Uni.createFrom().nullItem();
            if (!i.needsInterpretation() || maxLagWorkingDays > 0) return Uni.createFrom().nullItem();
            return links.of(i.id).map(ls -> ls.stream().anyMatch(l -> "INTERPRETED_BY".equals(l.direction()) && goesWith(l)) ? null
                    : new Refusal(GATE, "规范性文件和重大决策须与其政策解读同步起草、同步报审、同步发布：请先起草政策解读并关联为同步发布",
                    "a normative document or major decision is routed only with its interpretation, linked to be published together (R24)"));
        });
    }

    /** Its interpretation is on the portal already, or it is in the review with it, to go live together. */
    private static boolean goesWith(ItemLinkService.Linked l) {
        PublicationState s = l.other().state;
        return l.other().live() || (l.link().together && s != PublicationState.WITHDRAWN && s != PublicationState.DECIDED);
    }

    private Uni<Refusal> interpretationReady(InfoItem i) {
        InterpretationDetails d = InterpretationDetails.parse(i.details);
        if (d == null) throw ProblemException.badField("interpretation", "an interpretation states its elements and forms before it is submitted (R25)");
        return attachments.list(ItemService.SUBJECT, String.valueOf(i.id)).flatMap(files -> {
            java.util.Map<Long, String> types = files.stream().collect(Collectors.toMap(f -> f.id, f -> f.contentType));
            var errors = d.completeness(types);
            if (!errors.isEmpty()) throw ProblemException.badFields(errors);
            return links.of(i.id).map(ls -> ls.stream().anyMatch(l -> "INTERPRETS".equals(l.direction())) ? null
                    : new Refusal(GATE, "政策解读须先关联所解读的文件", "an interpretation is linked to the document it interprets before it is submitted"));
        });
    }
}
