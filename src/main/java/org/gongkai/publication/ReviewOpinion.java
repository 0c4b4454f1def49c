package org.gongkai.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One written opinion or decision of the review (R12): archived, immutable (a trigger refuses updates). */
@Entity
@Table(name = "review_opinion")
public class ReviewOpinion {
    public enum Step { DRAFTER, DEPARTMENT_HEAD, OFFICE_HEAD, OFFICE }

    public enum Decision { SUBMITTED, APPROVED, RETURNED, WITHDRAWN, REVISED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public String subjectId;
    public int round;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Step step;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Decision decision;
    public String opinion;
    public String attribute;
    public String actor;
    @Column(name = "actor_name")
    public String actorName;
    public String department;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
