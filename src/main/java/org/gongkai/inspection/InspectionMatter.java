package org.gongkai.inspection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A matter of the list of random inspections (随机抽查事项清单, R34), kept by the legal section. */
@Entity
@Table(name = "inspection_matter")
public class InspectionMatter {
    public enum Kind { KEY, GENERAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "department_code")
    public String departmentCode;
    public String content;
    public String method;
    @Column(name = "ratio_percent")
    public int ratioPercent;
    public String frequency;
    public boolean active;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
