package org.gongkai.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A column (栏目) of one catalogue version; items refer to columns by their stable code. */
@Entity
@Table(name = "catalogue_column")
public class CatalogueColumn {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    public String code;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "responsible_person")
    public String responsiblePerson;
    @Column(name = "update_days")
    public Integer updateDays;
    public String description;

    public CatalogueColumn copyTo(Long version) {
        CatalogueColumn c = new CatalogueColumn();
        c.versionId = version;
        c.code = code;
        c.parentCode = parentCode;
        c.nameZh = nameZh;
        c.nameEn = nameEn;
        c.sortOrder = sortOrder;
        c.departmentCode = departmentCode;
        c.responsiblePerson = responsiblePerson;
        c.updateDays = updateDays;
        c.description = description;
        return c;
    }
}
