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

/** A department's proposal of a press-conference topic for a year's plan. */
@Entity
@Table(name = "press_topic")
public class PressTopic {
    public enum State { PROPOSED, SELECTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int year;
    public String title;
    /** Why now. */
    public String reason;
    /** Speakers proposed. */
    public String speakers;
    /** Materials needed. */
    public String materials;
    @Column(name = "preferred_month")
    public Integer preferredMonth;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
