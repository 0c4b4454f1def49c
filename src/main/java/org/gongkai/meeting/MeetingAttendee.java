package org.gongkai.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone invited to attend (列席, R32): a stakeholder, a member of the public, a deputy, a CPPCC member, an expert, the press. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {
    public enum Category { STAKEHOLDER, PUBLIC, NPC_DEPUTY, CPPCC_MEMBER, EXPERT, MEDIA }

    public enum State { INVITED, ATTENDED, ABSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "topic_id")
    public Long topicId;
    @Enumerated(EnumType.STRING)
    public Category category;
    /** The name, SM4-encrypted (personal data): shown to the staff, never in a public response. */
    @Column(name = "name_enc")
    public String nameEnc;
    /** The name as the public sees it (张**). */
    @Column(name = "name_masked")
    public String nameMasked;
    public String affiliation;
    @Enumerated(EnumType.STRING)
    public State state;
    /** What they said, summarised by the office. */
    public String remarks;
    @Column(name = "invited_by")
    public String invitedBy;
    @Column(name = "invited_at")
    public Instant invitedAt;
}
