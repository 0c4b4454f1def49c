package org.gongkai.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A meeting of public interest (R31), a director's meeting (局长办公会, R32) or a meeting of the leading group (R1–R2). */
@Entity
@Table(name = "meeting")
public class Meeting {
    public enum Category { PUBLIC_INTEREST, DIRECTORS, LEADING_GROUP }

    public enum Format { IN_PERSON, ONLINE, HYBRID }

    public enum State { PLANNED, HELD, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    public String title;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public Format format;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String venue;
    @Column(name = "live_url")
    public String liveUrl;
    @Column(name = "replay_url")
    public String replayUrl;
    public String agenda;
    /** Comma-separated channels besides the portal (WEIBO, WECHAT …). */
    public String channels;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "notice_item_id")
    public Long noticeItemId;
    /** The day its notice went live on the portal (null: not announced). */
    @Column(name = "announced_on")
    public LocalDate announcedOn;
    @Column(name = "materials_handed_in_at")
    public Instant materialsHandedInAt;
    @Column(name = "materials_handed_in_by")
    public String materialsHandedInBy;
    @Column(name = "materials_item_id")
    public Long materialsItemId;
    @Column(name = "materials_published_on")
    public LocalDate materialsPublishedOn;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public List<String> channelList() {
        return channels == null || channels.isBlank() ? List.of() : Arrays.asList(channels.split(","));
    }

    /** The day it ends, in China: the R31 clock counts from it. */
    public LocalDate endDay() {
        return endsAt.atZone(org.gongkai.common.time.TimeSource.ZONE).toLocalDate();
    }
}
