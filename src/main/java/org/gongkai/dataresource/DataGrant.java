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

/** A consumer's grant for one resource (R40): the fields it may see, a daily quota, an expiry; revocable. */
@Entity
@Table(name = "data_grant")
public class DataGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "consumer_id")
    public Long consumerId;
    @Column(name = "resource_code")
    public String resourceCode;
    /** Field names, comma-separated. */
    public String fields;
    @Column(name = "daily_quota")
    public int dailyQuota;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    /** Why it is given: the request it answers, the agreement, the legal basis. */
    public String basis;
    @Column(name = "granted_by")
    public String grantedBy;
    @Column(name = "granted_at")
    public Instant grantedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoke_reason")
    public String revokeReason;

    public java.util.List<String> fieldList() {
        return fields == null || fields.isBlank() ? java.util.List.of() : java.util.Arrays.asList(fields.split(","));
    }
}
