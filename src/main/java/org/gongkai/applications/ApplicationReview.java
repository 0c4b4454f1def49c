package org.gongkai.applications;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Administrative reconsideration or litigation about an application (annual report, table IV). */
@Entity
@Table(name = "application_review")
public class ApplicationReview {
    public enum Kind { RECONSIDERATION, LITIGATION_DIRECT, LITIGATION_AFTER }

    public enum Result { MAINTAINED, CORRECTED, OTHER, PENDING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public Long applicationId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;
    public String body;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Result result;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
}
