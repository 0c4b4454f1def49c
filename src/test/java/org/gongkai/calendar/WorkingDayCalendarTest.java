package org.gongkai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rules of legal-rules.md on the official 2025–2026 lists: holidays, make-up days, both units. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar cal = BundledTables.calendar();

    @ParameterizedTest(name = "{0} + {1} {2} (start counted: {3}) = {4}")
    @CsvSource({
            // National Day 2026: 10/1–10/7 off, 10/10 (Sat) a make-up working day
            "2026-09-28, 5,  WORKING,  false, 2026-10-10",
            // Spring Festival 2026: 2/15–2/23 off, 2/14 and 2/28 (Sat) make-up days (OGI Art. 33: 20 working days)
            "2026-02-10, 20, WORKING,  false, 2026-03-16",
            // R17: 15 working days counting the day of assignment and the day of completion
            "2026-09-28, 15, WORKING,  true,  2026-10-22",
            // an ordinary week
            "2026-11-23, 5,  WORKING,  false, 2026-11-30",
            // calendar days ending on 10/7 (a day off) move to the next working day (Civil Code Art. 203)
            "2026-09-22, 15, CALENDAR, false, 2026-10-08",
            // calendar days ending on a working day stay
            "2026-11-02, 15, CALENDAR, false, 2026-11-17",
            // 2025 New Year: 1/1 off; 1/26 (Sun) a make-up day before the Spring Festival (1/28–2/4 off)
            "2025-01-24, 2,  WORKING,  false, 2025-01-27",
    })
    void dueDates(LocalDate start, int days, CountUnit unit, boolean countStart, LocalDate expected) {
        assertEquals(expected, cal.dueDate(start, days, unit, countStart).dueDate());
    }

    @Test
    void workingDaysBeforeStepsBackOverTheNationalDayHoliday() {
        // 3 working days before Thursday 2026-10-08: 10/1–10/7 are off, 9/30, 9/29, 9/28 count (issue 11: press materials)
        assertEquals(java.time.LocalDate.parse("2026-09-28"), cal.workingDaysBefore(java.time.LocalDate.parse("2026-10-08"), 3));
        // and adding them again from there lands back on the day (the ledger's due date)
        assertEquals(java.time.LocalDate.parse("2026-10-08"), cal.dueDateOnly(java.time.LocalDate.parse("2026-09-28"), 3, CountUnit.WORKING, false));
    }

    @Test
    void explanationListsEverySkippedHoliday() {
        DueDate d = cal.dueDate(LocalDate.parse("2026-09-28"), 5, CountUnit.WORKING, false);
        assertFalse(d.provisional());
        assertEquals(7, d.skippedDays());
        List<ExplainedDay> skipped = d.explanation().stream().filter(e -> "SKIPPED".equals(e.role())).toList();
        assertEquals(7, skipped.size());
        assertTrue(skipped.stream().allMatch(e -> e.kind() == DayKind.HOLIDAY && e.holidayName() != null));
        ExplainedDay last = d.explanation().get(d.explanation().size() - 1);
        assertEquals(DayKind.MAKEUP_WORKDAY, last.kind());
        assertEquals(5, last.ordinal());
        assertEquals("START", d.explanation().get(0).role());
        assertTrue(d.rule().contains("5个工作日"), d.rule());
    }

    @Test
    void calendarDeadlineMovedOffHolidayIsExplained() {
        DueDate d = cal.dueDate(LocalDate.parse("2026-09-22"), 15, CountUnit.CALENDAR, false);
        assertEquals(1, d.skippedDays());
        ExplainedDay moved = d.explanation().get(d.explanation().size() - 1);
        assertEquals("MOVED", moved.role());
        assertEquals(LocalDate.parse("2026-10-08"), moved.date());
        assertTrue(d.rule().contains("顺延"));
    }

    @Test
    void yearWithoutAnOfficialListIsProvisional() {
        DueDate inside = cal.dueDate(LocalDate.parse("2026-12-01"), 5, CountUnit.WORKING, false);
        assertFalse(inside.provisional());
        DueDate across = cal.dueDate(LocalDate.parse("2026-12-28"), 10, CountUnit.WORKING, false);
        assertTrue(across.provisional());
        // 2027 has no list: weekends only, so 1 January 2027 (a Friday) counts as a working day for now
        assertEquals(LocalDate.parse("2027-01-11"), across.dueDate());
        DueDate in2027 = cal.dueDate(LocalDate.parse("2027-03-01"), 5, CountUnit.WORKING, false);
        assertTrue(in2027.provisional());
        assertEquals(LocalDate.parse("2027-03-08"), in2027.dueDate());
    }

    @Test
    void dayKinds() {
        assertEquals(DayKind.HOLIDAY, cal.info(LocalDate.parse("2026-10-01")).kind());
        assertEquals("国庆节", cal.info(LocalDate.parse("2026-10-01")).name());
        assertEquals(DayKind.MAKEUP_WORKDAY, cal.info(LocalDate.parse("2026-10-10")).kind());
        assertEquals(DayKind.WEEKEND, cal.info(LocalDate.parse("2026-11-28")).kind());
        assertEquals(DayKind.WORKDAY, cal.info(LocalDate.parse("2026-11-27")).kind());
    }

    @Test
    void workingDaysAfterCountsTheEndNotTheStart() {
        // (9/28, 10/10]: 9/29, 9/30, 10/8, 10/9, 10/10
        assertEquals(5, cal.workingDaysAfter(LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-10")));
        assertEquals(0, cal.workingDaysAfter(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07")));
    }
}
