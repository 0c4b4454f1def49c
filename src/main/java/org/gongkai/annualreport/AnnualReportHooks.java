package org.gongkai.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.PublicationGate;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;

/** The annual report and the review (R11): it goes through only with the figures the records give; its publication is the year's R11 event. */
public final class AnnualReportHooks {
    private AnnualReportHooks() {}

    static boolean ours(InfoItem i) {
        return i != null && i.itemType == ItemType.ANNUAL_REPORT && AnnualReportService.SUBJECT.equals(i.featureType) && i.featureId != null;
    }

    @ApplicationScoped
    public static class Published implements ItemPublished {
        @Inject
        AnnualReportService service;

        @Override
        public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
            return ours(i) ? service.published(i, actor) : Uni.createFrom().voidItem();
        }
    }

    /** The records changed after the report was drafted (an application concluded, a suit decided): draft it again. */
    @ApplicationScoped
    public static class Gate implements PublicationGate {
        @Inject
        AnnualReportService service;

        @Override
        public Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action) {
            if (!ItemService.SUBJECT.equals(subject.type())) return Uni.createFrom().nullItem();
            if (action != PublicationState.Action.SUBMIT && action != PublicationState.Action.APPROVE) return Uni.createFrom().nullItem();
            long id = Long.parseLong(subject.id());
            return Panache.getSession().flatMap(s -> s.find(InfoItem.class, id).flatMap(i -> !ours(i) ? Uni.createFrom().<Refusal>nullItem()
                    : s.find(AnnualReport.class, Integer.parseInt(i.featureId)).flatMap(r -> r == null ? Uni.createFrom().<Refusal>nullItem()
                    : service.changedSinceDrafted(r.year, r.draftedFigures).map(changed -> changed == null ? null
                    : new Refusal(AnnualReportService.RULE, "年度报告起草后统计数据有变化，请重新生成报告", "the figures changed after the report was drafted: draft it again")))));
        }
    }
}
