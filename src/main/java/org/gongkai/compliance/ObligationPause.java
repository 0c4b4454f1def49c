package org.gongkai.compliance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stop of the clock: when, why, how many days had been used, and how many days it added when resumed. */
@Entity
@Table(name = "obligation_pause")
public class ObligationPause {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "obligation_id")
    public Long obligationId;
    @Column(name = "paused_on")
    public LocalDate pausedOn;
    @Column(name = "resumed_on")
    public LocalDate resumedOn;
    public String reason;
    @Column(name = "used_days")
    public int usedDays;
    @Column(name = "added_days")
    public Integer addedDays;
}
