package org.gongkai.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose official list of days off and make-up working days is loaded. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {
    @Id
    public Integer year;
    /** BUNDLED (shipped with the product) or IMPORTED (by an administrator). */
    public String source;
    public String papers;
    @Column(name = "off_days")
    public int offDays;
    @Column(name = "makeup_days")
    public int makeupDays;
    @Column(name = "loaded_at")
    public Instant loadedAt;
    @Column(name = "loaded_by")
    public String loadedBy;
}
