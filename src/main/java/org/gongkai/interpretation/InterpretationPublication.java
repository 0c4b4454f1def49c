package org.gongkai.interpretation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.compliance.service.QuotaService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.PublicationState;

/**
 * What the publication of an interpretation, or of a document that needs one, means for the ledger (R24, R26):
 * <ul>
 * <li>an interpretation published meets the R24 obligation of each document it interprets;</li>
 * <li>the first publication of the bureau head's interpretation counts towards the yearly R26 quota;</li>
 * <li>where a setting allows an interpretation after its document (at most N working days; legal default 0, several
 * provinces allow 3), a document published without one opens the R24 obligation — overdue, it is violation R45(5).</li>
 * </ul>
 */
@ApplicationScoped
public class InterpretationPublication implements ItemPublished {
    public static final String RULE = "R24";
    public static final String HEAD_QUOTA = "R26";

    @ConfigProperty(name = "gongkai.interpretation.max-lag-working-days")
    int maxLagWorkingDays;

    @Inject
    ItemLinkService links;
    @Inject
    ObligationService obligations;
    @Inject
    QuotaService quotas;
    @Inject
    TimeSource time;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        if (i.kind != InfoItem.Kind.ITEM) return Uni.createFrom().voidItem();
        if (i.itemType == ItemType.INTERPRETATION) return interpretationPublished(i, v, actor);
        if (!i.needsInterpretation() || maxLagWorkingDays <= 0 || v.versionNo != 1) return Uni.createFrom().voidItem();
        return links.of(i.id).flatMap(ls -> {
            // live already, or going live in this same transaction with the document
            boolean coming = ls.stream().anyMatch(l -> "INTERPRETED_BY".equals(l.direction())
                    && (l.other().live() || (l.link().together && l.other().state == PublicationState.DEPT_APPROVED)));
            if (coming) return Uni.createFrom().voidItem();
            return obligations.open(new ObligationService.OpenCommand(ItemService.SUBJECT, String.valueOf(i.id), RULE, "发布政策解读：" + i.title,
                    i.departmentCode, i.drafter, time.today(), maxLagWorkingDays, CountUnit.WORKING, false), actor).replaceWithVoid();
        });
    }

    private Uni<Void> interpretationPublished(InfoItem i, InfoItemVersion v, Actor actor) {
        InterpretationDetails d = InterpretationDetails.parse(i.details);
        Uni<Void> documents = links.of(i.id).flatMap(ls -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var l : ls) {
                if (!"INTERPRETS".equals(l.direction())) continue;
                chain = chain.call(() -> obligations.forSubject(ItemService.SUBJECT, String.valueOf(l.other().id)).flatMap(list -> {
                    Uni<Void> c = Uni.createFrom().voidItem();
                    for (Obligation o : list) {
                        if (!RULE.equals(o.ruleId) || o.state != ObligationState.OPEN) continue;
                        long oid = o.id;
                        c = c.call(() -> obligations.complete(oid, time.today(), actor));
                    }
                    return c;
                }));
            }
            return chain;
        });
        if (d == null || !d.byHead() || v.versionNo != 1) return documents;
        return documents.call(() -> quotas.recordQualifying(HEAD_QUOTA, i.departmentCode, time.today(),
                "局主要负责人解读：" + i.title + "（" + i.indexNo + "）", actor));
    }
}
