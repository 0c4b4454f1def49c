package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The listed days (official days off and make-up working days) and the years whose official list is loaded.
 * Immutable; the rule of legal-rules.md: a date is a working day when it is listed as a make-up working day,
 * or it is Monday–Friday and not listed as a day off.
 */
public final class HolidayTable {

    /** One listed day. */
    public record Listed(LocalDate date, String name, boolean offDay) {}

    private final Map<LocalDate, Listed> listed;
    private final Set<Integer> loadedYears;

    public HolidayTable(Map<LocalDate, Listed> listed, Set<Integer> loadedYears) {
        this.listed = Map.copyOf(listed);
        this.loadedYears = Collections.unmodifiableSet(new TreeSet<>(loadedYears));
    }

    public static HolidayTable empty() {
        return new HolidayTable(new HashMap<>(), Set.of());
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    public boolean isProvisional(LocalDate d) {
        return !loadedYears.contains(d.getYear());
    }

    public DayInfo info(LocalDate d) {
        Listed l = listed.get(d);
        boolean provisional = isProvisional(d);
        if (l != null) {
            return new DayInfo(d, !l.offDay(), l.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY, l.name(), provisional);
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new DayInfo(d, !weekend, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, provisional);
    }

    public boolean isWorkingDay(LocalDate d) {
        return info(d).working();
    }
}
