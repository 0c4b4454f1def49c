package org.gongkai.dataresource;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A release of a resource's data by its department (R40): a sheet of its fields, stored encrypted. */
@Entity
@Table(name = "data_release")
public class DataRelease {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "resource_code")
    public String resourceCode;
    public int seq;
    @Column(name = "changed_on")
    public LocalDate changedOn;
    /** The sheet's columns (field names), comma-separated. */
    public String columns;
    @Column(name = "rows_count")
    public int rowsCount;
    /** The CSV, SM4-encrypted. */
    @Column(name = "content_enc")
    public String contentEnc;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_at")
    public Instant receivedAt;
}
