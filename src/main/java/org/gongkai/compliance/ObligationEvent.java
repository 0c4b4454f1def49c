package org.gongkai.compliance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A qualifying event counted towards a quota (issue 10): when, what it was, who recorded it. */
@Entity
@Table(name = "obligation_event")
public class ObligationEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "obligation_id")
    public Long obligationId;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public String reference;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
