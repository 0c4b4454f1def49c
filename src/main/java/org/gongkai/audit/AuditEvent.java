package org.gongkai.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One append-only audit event. Written unsealed with the change it describes; {@code AuditChainer} then gives it
 * its place in the chain ({@link #chainNo}), the previous event's hash and its own.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    public Long id;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    public String roles;
    public String department;
    public String action;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public String subjectId;
    @Column(name = "before_state")
    public String beforeState;
    @Column(name = "after_state")
    public String afterState;
    /** Position in the chain; null until sealed. */
    @Column(name = "chain_no")
    public Long chainNo;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
