package org.gongkai.press;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A press conference: regular (from the plan), ad hoc, emergency (R29, any time) or a briefing (吹风会). */
@Entity
@Table(name = "press_conference")
public class PressConference {
    public enum Kind { REGULAR, AD_HOC, EMERGENCY, BRIEFING }

    public enum State { PLANNED, HELD, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "plan_entry_id")
    public Long planEntryId;
    @Column(name = "starts_at")
    public Instant startsAt;
    public String venue;
    public String host;
    /** The speakers with their posts, as JSON ({@link org.gongkai.press.service.PressService.Speaker}). */
    public String speakers;
    @Column(name = "live_url")
    public String liveUrl;
    @Column(name = "replay_url")
    public String replayUrl;
    @Enumerated(EnumType.STRING)
    public State state;
    /** Shown on the portal as upcoming: its notice (a PRESS_NOTICE item) was published. */
    public boolean announced;
    @Column(name = "notice_item_id")
    public Long noticeItemId;
    @Column(name = "record_item_id")
    public Long recordItemId;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
