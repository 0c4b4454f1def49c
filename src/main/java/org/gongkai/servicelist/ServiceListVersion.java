package org.gongkai.servicelist;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publication of a service list: its number, day, the item version it went out as, and what changed (R35). */
@Entity
@Table(name = "service_list_version")
public class ServiceListVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public ServiceList.Kind kind;
    public int version;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "item_version")
    public int itemVersion;
    public String reason;
    public int entries;
}
