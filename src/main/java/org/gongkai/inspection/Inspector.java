package org.gongkai.inspection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inspector of the directory (执法检查人员名录库): law-enforcement staff, their certificate public by law. */
@Entity
@Table(name = "inspector")
public class Inspector {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "certificate_no")
    public String certificateNo;
    public String field;
    @Column(name = "department_code")
    public String departmentCode;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
}
