package org.gongkai.poll;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic a department proposes for the year's polls; the office selects one or two (R36). */
@Entity
@Table(name = "poll_topic")
public class PollTopic {
    public enum State { PROPOSED, SELECTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int year;
    public String title;
    /** The policy it evaluates. */
    public String policy;
    @Column(name = "target_groups")
    public String targetGroups;
    public String method;
    @Column(name = "department_code")
    public String departmentCode;
    @Enumerated(EnumType.STRING)
    public State state;
    public String note;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
