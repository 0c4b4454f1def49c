package org.gongkai.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One append-only audit event. The id comes from a sequence under the chain lock, so ids follow the chain. */
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
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
