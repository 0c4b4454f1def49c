package org.gongkai.dataresource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One call of a shared resource (R40), refused ones too: who, which resource, which fields, how many records, when. Never the data. */
@Entity
@Table(name = "data_call")
public class DataCall {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "called_at")
    public Instant calledAt;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "resource_code")
    public String resourceCode;
    public String fields;
    public int records;
    public int status;
    public String outcome;
    public int millis;
}
