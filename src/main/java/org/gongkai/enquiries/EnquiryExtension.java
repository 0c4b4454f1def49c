package org.gongkai.enquiries;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department's request for more time (R22) and the office's decision. */
@Entity
@Table(name = "enquiry_extension")
public class EnquiryExtension {
    public enum State { REQUESTED, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "enquiry_id")
    public Long enquiryId;
    public int days;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
}
