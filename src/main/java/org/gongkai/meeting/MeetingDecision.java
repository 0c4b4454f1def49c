package org.gongkai.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision of a meeting followed up by a department under the office's supervision (督办, R1–R2): due on a day. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision {
    public enum State { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    public int seq;
    public String text;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public State state;
    /** What was done, as the department reports it. */
    public String evidence;
    @Column(name = "done_by")
    public String doneBy;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
