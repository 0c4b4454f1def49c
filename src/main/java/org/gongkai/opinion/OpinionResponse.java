package org.gongkai.opinion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A response to an event: how, when, where, and the public statement item if there is one; or a follow-up. */
@Entity
@Table(name = "opinion_response")
public class OpinionResponse {
    /** 权威发布, 新闻发布会, 吹风会, 接受采访, 在发生平台回应; or a later update. */
    public enum Form {
        AUTHORITATIVE_RELEASE, PRESS_CONFERENCE, BRIEFING, INTERVIEW, PLATFORM_REPLY, FOLLOW_UP;

        /** What meets the 24-hour press clock of a 重大 event. */
        public boolean isPressEvent() {
            return this == PRESS_CONFERENCE || this == BRIEFING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public Long eventId;
    @Enumerated(EnumType.STRING)
    public Form form;
    @Column(name = "responded_at")
    public Instant respondedAt;
    public String channel;
    public String link;
    public String summary;
    /** The response statement published through the pipeline (an item of this event). */
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
