package org.gongkai.keytask;

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

/** One task on the year's ledger (R33): where it comes from, who leads and supports it, how it is to be done. */
@Entity
@Table(name = "key_task")
public class KeyTask {
    /** Where a task comes from: the government work reports, the bureau's yearly work points, other tracked work. */
    public enum Source { NATIONAL_REPORT, PROVINCIAL_REPORT, CITY_REPORT, BUREAU_POINTS, OTHER }

    public enum State { ACTIVE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    public int year;
    @Column(name = "parent_id")
    public Long parentId;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String title;
    public String measures;
    @Column(name = "lead_department_code")
    public String leadDepartmentCode;
    /** Department codes, comma-separated, ascending; empty when none. */
    @Column(name = "supporting_departments")
    public String supportingDepartments;
    /** The leader in charge (分管领导): a public official, named on the portal. */
    public String leader;
    public int weight;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public java.util.List<String> supporting() {
        return supportingDepartments == null || supportingDepartments.isBlank() ? java.util.List.of() : java.util.List.of(supportingDepartments.split(","));
    }
}
