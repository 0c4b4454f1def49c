package org.gongkai.dataresource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An information system that carries resources (R40), by the name the catalogue gives, and where it is queried. */
@Entity
@Table(name = "data_system")
public class DataSystem {
    /** As {@code DataResource.systemName}. */
    @Id
    public String name;
    /** {@code http(s)://…} the system's query endpoint, or {@code platform:<source>} for data the platform holds itself. */
    public String endpoint;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;
}
