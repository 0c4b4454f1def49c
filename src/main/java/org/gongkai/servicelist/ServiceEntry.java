package org.gongkai.servicelist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of a service list (R35) in the versions {@code fromVersion} up to, not including, {@code toVersion} (null:
 * still on the list). Common fields, then those of a power (权责清单), of a public service (公共服务事项清单) and of a
 * service guide (办事指南); the kind says which are required.
 */
@Entity
@Table(name = "service_entry")
public class ServiceEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public ServiceList.Kind kind;
    public String code;
    @Column(name = "from_version")
    public int fromVersion;
    @Column(name = "to_version")
    public Integer toVersion;
    public String name;
    public String category;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "legal_basis")
    public String legalBasis;
    // 权责清单
    public String responsibility;
    public String accountability;
    @Column(name = "supervision_phone")
    public String supervisionPhone;
    // 公共服务事项清单
    @Column(name = "service_object")
    public String serviceObject;
    public String channel;
    // 办事指南
    @Column(name = "service_code")
    public String serviceCode;
    public String conditions;
    /** One material a line. */
    public String materials;
    public String procedure;
    @Column(name = "statutory_days")
    public Integer statutoryDays;
    @Column(name = "promised_days")
    public Integer promisedDays;
    public String venue;
    public String hours;
    public String phone;
    @Column(name = "online_url")
    public String onlineUrl;
    public String fee;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A copy for the next version, with the same content. */
    public ServiceEntry copy() {
        ServiceEntry e = new ServiceEntry();
        e.kind = kind;
        e.code = code;
        e.name = name;
        e.category = category;
        e.departmentCode = departmentCode;
        e.legalBasis = legalBasis;
        e.responsibility = responsibility;
        e.accountability = accountability;
        e.supervisionPhone = supervisionPhone;
        e.serviceObject = serviceObject;
        e.channel = channel;
        e.serviceCode = serviceCode;
        e.conditions = conditions;
        e.materials = materials;
        e.procedure = procedure;
        e.statutoryDays = statutoryDays;
        e.promisedDays = promisedDays;
        e.venue = venue;
        e.hours = hours;
        e.phone = phone;
        e.onlineUrl = onlineUrl;
        e.fee = fee;
        return e;
    }
}
