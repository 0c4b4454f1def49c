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

/** One of a meeting's materials handed to the office (R31): the agenda, a speech, the decisions, the minutes, media. */
@Entity
@Table(name = "meeting_material")
public class MeetingMaterial {
    public enum Kind { AGENDA, SPEECH, DECISION, MINUTES, MEDIA }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String title;
    public String content;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
