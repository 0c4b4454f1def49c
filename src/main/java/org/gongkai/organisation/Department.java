package org.gongkai.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department (科室), an affiliated unit (局属单位), the office (办公室) or the leadership (R1–R3). */
@Entity
@Table(name = "department")
public class Department {
    public enum Kind { LEADERSHIP, OFFICE, DEPARTMENT, UNIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "sort_order")
    public int sortOrder;
    public boolean active;
}
