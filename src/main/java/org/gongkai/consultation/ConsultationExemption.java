package org.gongkai.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document routed without a consultation, for a legal reason approved by the head of the office (R30; R45(7) counts them). */
@Entity
@Table(name = "consultation_exemption")
public class ConsultationExemption {
    /** 涉密; an emergency; another law provides otherwise; consulted through another channel (the city's site), with its record. */
    public enum Ground { SECRET, EMERGENCY, LEGAL_PROVISION, CONSULTED_ELSEWHERE }

    public enum State { REQUESTED, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_item_id")
    public Long documentItemId;
    @Enumerated(EnumType.STRING)
    public Ground ground;
    public String reason;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
}
