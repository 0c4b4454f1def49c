package org.gongkai.dataresource;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publication of the data catalogue: the register frozen as it was reviewed (R38, R39). */
@Entity
@Table(name = "data_catalogue_version")
public class DataCatalogueVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int version;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "item_id")
    public Long itemId;
    public String reason;
    public int resources;
    /** The resources as JSON (the public metadata of each, fields included). */
    public String snapshot;
}
