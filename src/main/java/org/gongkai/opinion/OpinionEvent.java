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
import jakarta.persistence.Version;

/** A public-opinion event (舆情) and where its handling stands. */
@Entity
@Table(name = "opinion_event")
public class OpinionEvent {
    /** Where it arose. */
    public enum Source { MEDIA, SOCIAL_MEDIA, HOTLINE_12345, HIGHER_AUTHORITY, OTHER }

    /**
     * The five that must be answered (国办发〔2016〕61号): a major policy misread, vital interests of wide impact,
     * livelihood issues against social morality, emergencies and disasters, a higher government's request; or other.
     */
    public enum Category {
        MISREAD_POLICY, VITAL_INTERESTS, LIVELIHOOD, EMERGENCY, HIGHER_REQUEST, OTHER;

        public boolean mustBeAnswered() {
            return this != OTHER;
        }
    }

    /** 一般, 较大, 重大, 特别重大. */
    public enum Level {
        GENERAL, LARGER, MAJOR, EXTRA_MAJOR;

        /** 重大 and 特别重大: a press conference or briefing within 24 hours. */
        public boolean needsPressConference() {
            return this == MAJOR || this == EXTRA_MAJOR;
        }
    }

    public enum Assessment { RESOLVED, CONTINUING, ESCALATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    public String title;
    @Enumerated(EnumType.STRING)
    public Source source;
    @Column(name = "source_url")
    public String sourceUrl;
    /** What was seen, as text (a screenshot is an attachment of the event). */
    @Column(name = "capture_text")
    public String captureText;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public Level level;
    /** 涉事单位: the first responsible party. */
    @Column(name = "department_code")
    public String departmentCode;
    @Enumerated(EnumType.STRING)
    public OpinionState state;
    @Enumerated(EnumType.STRING)
    public Assessment assessment;
    @Column(name = "closing_note")
    public String closingNote;
    /** Internal working notes: never on the portal, never in a public response. */
    @Column(name = "internal_notes")
    public String internalNotes;
    @Column(name = "logged_by")
    public String loggedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Version
    public int version;
}
