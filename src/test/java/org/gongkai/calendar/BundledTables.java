package org.gongkai.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped holiday-cn years as a {@link HolidayTable}, read straight from the resources (no database). */
final class BundledTables {
    private static HolidayTable table;

    static synchronized HolidayTable load() {
        if (table != null) return table;
        ObjectMapper m = new ObjectMapper();
        Map<LocalDate, HolidayTable.Listed> listed = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (int y = 2018; y <= 2026; y++) {
            try (InputStream in = BundledTables.class.getResourceAsStream("/holiday-cn/" + y + ".json")) {
                HolidayFile f = m.readValue(in, HolidayFile.class);
                years.add(f.year());
                for (HolidayFile.Day d : f.days()) {
                    LocalDate date = LocalDate.parse(d.date());
                    listed.put(date, new HolidayTable.Listed(date, d.name(), d.isOffDay()));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        table = new HolidayTable(listed, years);
        return table;
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(load());
    }
}
