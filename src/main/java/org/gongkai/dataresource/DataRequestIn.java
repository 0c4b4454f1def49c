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

/** R43: another body's request for one of our resources, received through the city platform and decided by the info section. */
@Entity
@Table(name = "data_request_in")
public class DataRequestIn {
    public enum State { UNDER_REVIEW, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "platform_ref")
    public String platformRef;
    @Column(name = "requester_body")
    public String requesterBody;
    @Column(name = "consumer_client_id")
    public String consumerClientId;
    @Column(name = "resource_code")
    public String resourceCode;
    /** Field names, comma-separated. */
    public String fields;
    public String purpose;
    public String security;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @Column(name = "previous_id")
    public Long previousId;
    /** The resource's provider, who gives an opinion. */
    @Column(name = "department_code")
    public String departmentCode;
    @Enumerated(EnumType.STRING)
    public State state;
    /** The automatic checks that failed, one a line. */
    @Column(name = "check_failures")
    public String checkFailures;
    public String opinion;
    @Column(name = "opinion_by")
    public String opinionBy;
    @Column(name = "opinion_at")
    public Instant opinionAt;
    public String reasons;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "grant_id")
    public Long grantId;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Version
    public int version;
}
