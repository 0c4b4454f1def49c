package org.gongkai.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.time.TimeSource;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationDisposition;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.PublicationGate;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;

/**
 * R30. A normative document or major decision is approved for routing (by its department head, and by the head of the
 * office) only after its consultation closed and its adoption report is on the portal — or with an exemption (涉密,
 * an emergency …) approved by the head of the office. Each refusal is an audit event {@code publication.gate.refused}
 * with gate {@code R30}, the evidence of violation R45(7). A revision of a published document is not a new decision.
 *
 * <p>An adoption report goes into (and through) the review only as drafted: every comment with an approved fate, and
 * nothing moderated or decided since it was drafted.
 */
@ApplicationScoped
public class ConsultationGate implements PublicationGate {
    public static final String GATE = "R30";

    @Inject
    TimeSource time;

    @Override
    public Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action) {
        if (!ItemService.SUBJECT.equals(subject.type())) return Uni.createFrom().nullItem();
        if (action != PublicationState.Action.SUBMIT && action != PublicationState.Action.APPROVE) return Uni.createFrom().nullItem();
        long id = Long.parseLong(subject.id());
        return Panache.getSession().flatMap(s -> s.find(InfoItem.class, id)).flatMap(i -> {
            if (i == null) return Uni.createFrom().nullItem();
            if (i.itemType == ItemType.ADOPTION_REPORT && ConsultationService.SUBJECT.equals(i.featureType)) return reportReady(Long.parseLong(i.featureId));
            if (!i.needsInterpretation() || i.publishedVersion > 0 || action != PublicationState.Action.APPROVE) return Uni.createFrom().nullItem();
            return Panache.getSession().flatMap(s -> s.createQuery("select count(*) from Consultation where documentItemId = :d and reportPublishedOn is not null", Long.class)
                            .setParameter("d", id).getSingleResult()
                            .flatMap(reported -> reported > 0 ? Uni.createFrom().item(1L)
                                    : s.createQuery("select count(*) from ConsultationExemption where documentItemId = :d and state = 'APPROVED'", Long.class)
                                    .setParameter("d", id).getSingleResult()))
                    .map(n -> n > 0 ? null : new Refusal(GATE,
                            "规范性文件和重大决策草案须公开征求意见不少于15日，并公布意见采纳情况后方可报审；或经办公室负责人批准免予征求意见（涉密、紧急情况等）",
                            "a normative document or major decision is routed only after its public consultation closed and its adoption report is published, "
                                    + "or with an exemption approved by the head of the office (R30)"));
        });
    }

    private Uni<Refusal> reportReady(long consultationId) {
        return Panache.getSession().flatMap(s -> s.find(Consultation.class, consultationId).flatMap(k -> {
            if (k == null) return Uni.createFrom().nullItem();
            if (k.reportBasisChanges == null || k.reportBasisChanges != k.changes) {
                return Uni.createFrom().item(new Refusal(GATE, "意见处理情况在起草采纳情况报告后有变化，请重新生成报告",
                        "comments or fates changed after the adoption report was drafted: draft the report again"));
            }
            return s.createQuery("from ConsultationComment where consultationId = :k", ConsultationComment.class).setParameter("k", k.id).getResultList()
                    .flatMap(cs -> s.createQuery("from ConsultationDisposition where consultationId = :k", ConsultationDisposition.class).setParameter("k", k.id)
                            .getResultList().map(ds -> {
                                java.util.Map<Long, ConsultationDisposition> fates = new java.util.HashMap<>();
                                ds.forEach(d -> fates.put(d.id, d));
                                String why = ConsultationService.incomplete(cs, fates);
                                return why == null ? null : new Refusal(GATE, "每条意见都须有经批准的处理结果", "every comment needs an approved fate: " + why);
                            }));
        }));
    }
}
