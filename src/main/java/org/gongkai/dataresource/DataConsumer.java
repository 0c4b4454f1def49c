package org.gongkai.dataresource;

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
import jakarta.persistence.Version;

/** Another body's system that calls shared resources (R40): a Keycloak client using the client-credentials grant. */
@Entity
@Table(name = "data_consumer")
public class DataConsumer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "client_id")
    public String clientId;
    /** The body whose system it is, e.g. 临沂市人力资源和社会保障局. */
    public String body;
    public String contact;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
