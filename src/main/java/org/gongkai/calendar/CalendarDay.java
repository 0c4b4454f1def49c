package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One listed day of a year's official notice: a day off, or a make-up working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "source_year")
    public int sourceYear;
    public LocalDate day;
    public String name;
    @Column(name = "off_day")
    public boolean offDay;
}
