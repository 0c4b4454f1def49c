package org.gongkai.press.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.service.QuotaService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemPublished;
import org.gongkai.press.PressConference;

/** A conference's notice goes live: it is announced. Its record goes live: when the bureau's head spoke, it counts towards the head's yearly interpretation (R26). */
@ApplicationScoped
public class PressRecordPublished implements ItemPublished {
    @Inject
    QuotaService quotas;
    @Inject
    TimeSource time;

    @Inject
    PressService press;

    @Override
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        // a notice: the conference is announced
        if (i.itemType == ItemType.PRESS_NOTICE && PressService.CONFERENCE.equals(i.featureType) && i.featureId != null) {
            return Panache.getSession().flatMap(s -> s.find(PressConference.class, Long.parseLong(i.featureId)))
                    .flatMap(pc -> pc == null || !i.id.equals(pc.noticeItemId) ? Uni.createFrom().voidItem() : press.noticePublished(pc, actor));
        }
        if (i.itemType != ItemType.PRESS_RECORD || !PressService.CONFERENCE.equals(i.featureType) || v.versionNo != 1) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(PressConference.class, Long.parseLong(i.featureId))).flatMap(pc -> {
            if (pc == null || PressService.speakers(pc).stream().noneMatch(PressService.Speaker::head)) return Uni.createFrom().voidItem();
            return quotas.recordQualifying(org.gongkai.interpretation.InterpretationPublication.HEAD_QUOTA, i.departmentCode, time.today(),
                    "局主要负责人出席新闻发布会：" + pc.title + "（" + i.indexNo + "）", actor).replaceWithVoid();
        });
    }
}
