package org.gongkai.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic (议题) on a director's meeting's agenda (R32): the office marks it open to attendance, the department reporting
 * it agrees or declines with its reason. Only an agreed one is attended and published with the materials.
 */
@Entity
@Table(name = "meeting_topic")
public class MeetingTopic {
    public enum Answer { AGREED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    public int seq;
    public String title;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "open_to_attendance")
    public boolean openToAttendance;
    @Enumerated(EnumType.STRING)
    public Answer answer;
    @Column(name = "answer_reason")
    public String answerReason;
    @Column(name = "answered_by")
    public String answeredBy;
    /** The leading group's yearly report on openness work to the director's meeting (R2). */
    @Column(name = "openness_report")
    public boolean opennessReport;

    /** Open to attendance and agreed by its department: attended, and public with the materials. */
    public boolean attended() {
        return openToAttendance && answer == Answer.AGREED;
    }
}
