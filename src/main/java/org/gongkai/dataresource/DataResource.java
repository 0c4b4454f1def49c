package org.gongkai.dataresource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resource of the data catalogue as it is being edited (R38): what it is, who provides it, how it is shared and opened. */
@Entity
@Table(name = "data_resource")
public class DataResource {
    public enum Format { FILE, SHEET, DATABASE, IMAGE, STREAM, INTERFACE }
    /** 无条件共享, 有条件共享, 不予共享. */
    public enum ShareType { UNCONDITIONAL, CONDITIONAL, NOT_SHARED }
    /** 开放, 有条件开放, 不予开放. */
    public enum OpenType { OPEN, CONDITIONAL, NOT_OPEN }
    public enum Cycle { REAL_TIME, DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, IRREGULAR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    /** 类/项/目/细目, e.g. "01.02.03". */
    public String classification;
    public String name;
    @Column(name = "provider_department_code")
    public String providerDepartmentCode;
    public String summary;
    @Enumerated(EnumType.STRING)
    public Format format;
    @Enumerated(EnumType.STRING)
    @Column(name = "share_type")
    public ShareType shareType;
    @Column(name = "share_condition")
    public String shareCondition;
    @Enumerated(EnumType.STRING)
    @Column(name = "open_type")
    public OpenType openType;
    @Column(name = "open_condition")
    public String openCondition;
    @Enumerated(EnumType.STRING)
    @Column(name = "update_cycle")
    public Cycle updateCycle;
    @Column(name = "system_name")
    public String systemName;
    /** Codes of related resources, comma-separated. */
    @Column(name = "related_codes")
    public String relatedCodes;
    /** The fields (信息项) as JSON. */
    public String fields;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
