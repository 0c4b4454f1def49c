package org.gongkai.annualreport;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One year's annual report (R11): the office's text sections, its item, the figures it was drafted with, its filing. */
@Entity
@Table(name = "annual_report")
public class AnnualReport {
    @Id
    public Integer year;
    public String overview;
    public String proactive;
    public String applications;
    public String reviews;
    public String problems;
    public String other;
    @Column(name = "item_id")
    public Long itemId;
    /** The tables as drafted (JSON): the review refuses the report when the records say otherwise by then. */
    @Column(name = "drafted_figures")
    public String draftedFigures;
    @Column(name = "published_figures")
    public String publishedFigures;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "filed_ref")
    public String filedRef;
    @Column(name = "filed_by")
    public String filedBy;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public AnnualReportText.Sections sections() {
        return new AnnualReportText.Sections(overview, proactive, applications, reviews, problems, other);
    }
}
