package org.gongkai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the counting rules over random dates of the shipped years (jqwik). */
class WorkingDayCalendarProperties {
    private final WorkingDayCalendar cal = BundledTables.calendar();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.parse("2018-01-01").toEpochDay(), LocalDate.parse("2026-10-31").toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 500)
    void dueDateIsAWorkingDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 40) int days,
                              @ForAll boolean countStart, @ForAll boolean calendarDays) {
        LocalDate due = cal.dueDateOnly(start, days, calendarDays ? CountUnit.CALENDAR : CountUnit.WORKING, countStart);
        assertTrue(cal.isWorkingDay(due), due + " is not a working day");
        assertFalse(due.isBefore(start));
    }

    @Property(tries = 500)
    void oneWorkingDayNeverLandsOnADayOffAndSkipsOnlyDaysOff(@ForAll("dates") LocalDate start) {
        LocalDate due = cal.dueDateOnly(start, 1, CountUnit.WORKING, false);
        assertTrue(due.isAfter(start));
        assertTrue(cal.isWorkingDay(due));
        for (LocalDate d = start.plusDays(1); d.isBefore(due); d = d.plusDays(1)) {
            assertFalse(cal.isWorkingDay(d), d + " was a working day but was skipped");
        }
    }

    @Property(tries = 500)
    void countingIsMonotonic(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 30) int laterBy,
                             @ForAll @IntRange(min = 1, max = 30) int days, @ForAll @IntRange(min = 0, max = 10) int more) {
        LocalDate a = cal.dueDateOnly(start, days, CountUnit.WORKING, false);
        LocalDate b = cal.dueDateOnly(start, days + more, CountUnit.WORKING, false);
        LocalDate c = cal.dueDateOnly(start.plusDays(laterBy), days, CountUnit.WORKING, false);
        assertFalse(b.isBefore(a), "more days gave an earlier date");
        assertFalse(c.isBefore(a), "a later start gave an earlier date");
        if (more > 0) assertTrue(b.isAfter(a), "more working days must give a later date");
    }

    @Property(tries = 300)
    void explanationCountsExactlyTheDays(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 40) int days) {
        DueDate d = cal.dueDate(start, days, CountUnit.WORKING, false);
        assertEquals(days, d.explanation().stream().filter(ExplainedDay::counted).count());
        assertEquals(days, cal.workingDaysAfter(start, d.dueDate()));
    }
}
