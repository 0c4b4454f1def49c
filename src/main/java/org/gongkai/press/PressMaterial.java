package org.gongkai.press;

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

/** One department's material for a conference: the press release, the Q&A (prepared answers stay internal), background. */
@Entity
@Table(name = "press_material")
public class PressMaterial {
    public enum Kind { PRESS_RELEASE, QA, BACKGROUND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "conference_id")
    public Long conferenceId;
    @Column(name = "department_code")
    public String departmentCode;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String content;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
