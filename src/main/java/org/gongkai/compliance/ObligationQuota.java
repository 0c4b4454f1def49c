package org.gongkai.compliance;

import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A quota or fixed-date rule (issue 10): "at least {@link #required} qualifying events in each {@link #period}", for the
 * bureau (one row per period, answered by {@link #departmentCode}) or for each department; due at the period's end or
 * on {@link #dueDay}. The sweep opens one obligation per period from these definitions.
 */
@Entity
@Table(name = "obligation_quota")
public class ObligationQuota {
    public enum Period {
        YEAR, HALF_YEAR, QUARTER;

        /** The period containing {@code day}: its first and last day. */
        public LocalDate[] containing(LocalDate day) {
            int months = switch (this) {
                case YEAR -> 12;
                case HALF_YEAR -> 6;
                case QUARTER -> 3;
            };
            int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
            LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
            return new LocalDate[] {start, start.plusMonths(months).minusDays(1)};
        }
    }

    public enum Scope { BUREAU, EACH_DEPARTMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "rule_id")
    public String ruleId;
    public String title;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Period period;
    public int required;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Scope scope;
    @Column(name = "department_code")
    public String departmentCode;
    /** MM-DD: the day of the period it is due, when the rule names one; otherwise the period's last day. */
    @Column(name = "due_day")
    public String dueDay;
    /** MM-DD: events count, and the row opens, from this day of the period. */
    @Column(name = "opens_day")
    public String opensDay;
    public boolean enabled;

    /** The period containing {@code day} as [opens, due, periodStart]: pure, for the sweep and the tests. */
    public LocalDate[] window(LocalDate day) {
        LocalDate[] p = period.containing(day);
        LocalDate opens = p[0];
        LocalDate due = p[1];
        if (opensDay != null) opens = within(p, MonthDay.parse("--" + opensDay));
        if (dueDay != null) due = within(p, MonthDay.parse("--" + dueDay));
        return new LocalDate[] {opens, due, p[0]};
    }

    private static LocalDate within(LocalDate[] p, MonthDay md) {
        LocalDate d = md.atYear(p[0].getYear());
        if (d.isBefore(p[0])) return p[0];
        return d.isAfter(p[1]) ? p[1] : d;
    }
}
