package org.gongkai.compliance;

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

import org.gongkai.calendar.CountUnit;

/** One legal clock: what it is about, which rule, who answers for it, when it started and when it is due. */
@Entity
@Table(name = "obligation")
public class Obligation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public String subjectId;
    /** The rule that sets the clock: R8, R17, OGI-33 … */
    @Column(name = "rule_id")
    public String ruleId;
    public String title;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "responsible_person")
    public String responsiblePerson;
    @Enumerated(EnumType.STRING)
    public ObligationKind kind = ObligationKind.DEADLINE;
    @Column(name = "start_date")
    public LocalDate startDate;
    /** Days of a DEADLINE or MINIMUM clock; null for the other kinds. */
    public Integer days;
    @Enumerated(EnumType.STRING)
    public CountUnit unit;
    @Column(name = "count_start_day")
    public boolean countStartDay;
    /** Counting continues after this date (exclusive), with {@link #usedDays} already spent. */
    @Column(name = "base_date")
    public LocalDate baseDate;
    @Column(name = "used_days")
    public int usedDays;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public boolean provisional;
    @Enumerated(EnumType.STRING)
    public ObligationState state;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "reminder_due_on")
    public LocalDate reminderDueOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** HOURS: the length in calendar hours, when it started, when it is due, when "due soon" begins. */
    public Integer hours;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "soon_at")
    public Instant soonAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    /** QUOTA: the definition, the period's first day, how many events it needs and how many were recorded. */
    @Column(name = "quota_id")
    public Long quotaId;
    @Column(name = "period_start")
    public LocalDate periodStart;
    public Integer required;
    public int achieved;
    @Version
    public int version;
}
