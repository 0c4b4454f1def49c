package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The counting rules of legal-rules.md over a {@link HolidayTable}; pure and deterministic, so the property
 * tests run it over random dates.
 * <ul>
 * <li>The day of the triggering event is not counted; the period starts the next day — unless
 * {@code countStartDay} (R17: a department's 15 working days count the assignment day and the completion day).</li>
 * <li>Working days: weekends and official days off are skipped, make-up working days count.</li>
 * <li>Calendar days: every day counts; a last day that is a day off moves to the next working day
 * (Civil Code Art. 203).</li>
 * <li>A day in a year whose official list is not loaded is judged by weekends only and makes the result
 * provisional.</li>
 * </ul>
 */
public final class WorkingDayCalendar {
    public static final int MAX_DAYS = 366;

    private final HolidayTable table;

    public WorkingDayCalendar(HolidayTable table) {
        this.table = table;
    }

    public HolidayTable table() {
        return table;
    }

    public DayInfo info(LocalDate d) {
        return table.info(d);
    }

    public boolean isWorkingDay(LocalDate d) {
        return table.isWorkingDay(d);
    }

    public List<DayInfo> days(LocalDate from, LocalDate to) {
        List<DayInfo> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) out.add(table.info(d));
        return out;
    }

    /** The due date only, without the explanation. */
    public LocalDate dueDateOnly(LocalDate start, int days, CountUnit unit, boolean countStartDay) {
        return dueDate(start, days, unit, countStartDay).dueDate();
    }

    public DueDate dueDate(LocalDate start, int days, CountUnit unit, boolean countStartDay) {
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days must be 1.." + MAX_DAYS);
        List<ExplainedDay> lines = new ArrayList<>();
        boolean provisional = false;
        int skipped = 0;
        int counted = 0;
        LocalDate d = start;
        LocalDate due;
        if (unit == CountUnit.WORKING) {
            if (!countStartDay) {
                DayInfo s = table.info(start);
                provisional |= s.provisional();
                lines.add(new ExplainedDay(start, false, null, s.kind(), s.name(), "START"));
                d = start.plusDays(1);
            }
            while (true) {
                DayInfo info = table.info(d);
                provisional |= info.provisional();
                if (info.working()) {
                    counted++;
                    lines.add(new ExplainedDay(d, true, counted, info.kind(), info.name(), "COUNTED"));
                    if (counted == days) break;
                } else {
                    skipped++;
                    lines.add(new ExplainedDay(d, false, null, info.kind(), info.name(), "SKIPPED"));
                }
                d = d.plusDays(1);
            }
            due = d;
        } else {
            due = lastCalendarDay(start, days, countStartDay, lines);
            DayInfo last = table.info(due);
            provisional |= last.provisional();
            while (!last.working()) {
                due = due.plusDays(1);
                last = table.info(due);
                provisional |= last.provisional();
                skipped++;
                lines.add(new ExplainedDay(due, false, null, last.kind(), last.name(), last.working() ? "MOVED" : "SKIPPED"));
            }
        }
        return new DueDate(start, days, unit, countStartDay, due, provisional, skipped,
                ruleZh(start, days, unit, countStartDay, due, skipped), ruleEn(start, days, unit, countStartDay, due, skipped),
                List.copyOf(lines));
    }

    /**
     * The first day on which a minimum duration of {@code days} calendar days has run (a comment period of at least
     * 15 days, R30): counted like a calendar-day deadline but never moved — a last day that is a day off stays
     * (legal-rules.md: "A minimum duration … is not moved").
     */
    public DueDate minimumDuration(LocalDate start, int days, boolean countStartDay) {
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days must be 1.." + MAX_DAYS);
        List<ExplainedDay> lines = new ArrayList<>();
        LocalDate end = lastCalendarDay(start, days, countStartDay, lines);
        String from = countStartDay ? "自" + start + "当日起算" : "自" + start + "次日起算";
        String fromEn = countStartDay ? "counting from " + start + " itself" : "counting from the day after " + start;
        return new DueDate(start, days, CountUnit.CALENDAR, countStartDay, end, false, 0,
                from + "不少于" + days + "个自然日，期满日" + end + "（最短期限，休息日不顺延）",
                "at least " + days + " calendar days " + fromEn + ": runs until " + end + " (a minimum duration is never moved)",
                List.copyOf(lines));
    }

    /** The last of {@code days} calendar days counted from {@code start} (or the day after), explained into {@code lines}. */
    private LocalDate lastCalendarDay(LocalDate start, int days, boolean countStartDay, List<ExplainedDay> lines) {
        LocalDate d = start;
        if (!countStartDay) {
            DayInfo s = table.info(start);
            lines.add(new ExplainedDay(start, false, null, s.kind(), s.name(), "START"));
            d = start.plusDays(1);
        }
        for (int i = 1; i <= days; i++, d = d.plusDays(1)) {
            DayInfo info = table.info(d);
            lines.add(new ExplainedDay(d, true, i, info.kind(), info.name(), "COUNTED"));
        }
        return d.minusDays(1);
    }

    /** Working days in (from, to]: how many working days of a period have been used by {@code to}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) if (table.isWorkingDay(d)) n++;
        return n;
    }

    /** The {@code n}-th working day before {@code d} (materials due N working days before a press conference, issue 11). */
    public LocalDate workingDaysBefore(LocalDate d, int n) {
        if (n < 1 || n > MAX_DAYS) throw new IllegalArgumentException("n must be 1.." + MAX_DAYS);
        LocalDate x = d;
        for (int k = 0; k < n; ) {
            x = x.minusDays(1);
            if (table.isWorkingDay(x)) k++;
        }
        return x;
    }

    /** The first working day on or after {@code d}. */
    public LocalDate onOrNextWorkingDay(LocalDate d) {
        while (!table.isWorkingDay(d)) d = d.plusDays(1);
        return d;
    }

    private static String ruleZh(LocalDate start, int days, CountUnit unit, boolean countStart, LocalDate due, int skipped) {
        String from = countStart ? "自" + start + "当日起算" : "自" + start + "次日起算";
        if (unit == CountUnit.WORKING) {
            return from + days + "个工作日，跳过周末和法定节假日" + skipped + "天，调休上班日计入，截止" + due;
        }
        return from + days + "个自然日" + (skipped > 0 ? "，期满日为休息日，顺延" + skipped + "天至下一个工作日（民法典第二百零三条）" : "")
                + "，截止" + due;
    }

    private static String ruleEn(LocalDate start, int days, CountUnit unit, boolean countStart, LocalDate due, int skipped) {
        String from = countStart ? "counting from " + start + " itself" : "counting from the day after " + start;
        if (unit == CountUnit.WORKING) {
            return days + " working days " + from + ", skipping " + skipped
                    + " weekend and holiday days, make-up working days counted: due " + due;
        }
        return days + " calendar days " + from
                + (skipped > 0 ? "; the last day was a day off, moved " + skipped + " days to the next working day (Civil Code Art. 203)" : "")
                + ": due " + due;
    }
}
