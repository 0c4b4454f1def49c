package org.gongkai.dataresource;

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
import jakarta.persistence.Version;

/** R42: a department's request for another body's resource, approved by its head and the leader, submitted by the info section. */
@Entity
@Table(name = "data_request_out")
public class DataRequestOut {
    public enum State { PENDING_HEAD, PENDING_LEADER, APPROVED, SUBMITTED, GRANTED, REFUSED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "provider_body")
    public String providerBody;
    @Column(name = "resource_name")
    public String resourceName;
    @Column(name = "resource_code")
    public String resourceCode;
    public String fields;
    public String scope;
    public String purpose;
    public String security;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "head_by")
    public String headBy;
    @Column(name = "head_at")
    public Instant headAt;
    @Column(name = "leader_by")
    public String leaderBy;
    @Column(name = "leader_at")
    public Instant leaderAt;
    @Column(name = "returned_reason")
    public String returnedReason;
    @Column(name = "platform_ref")
    public String platformRef;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public String answer;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;
}
