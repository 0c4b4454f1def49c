package org.gongkai.calendar;

import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;

/**
 * Told when a year's official calendar is loaded or replaced, inside that import's transaction, with the new
 * calendar. The ledger recomputes the due dates that depended on the year (issue 9), so that a provisional date
 * counted on weekends only becomes the law's date once the State Council's notice is in.
 */
public interface CalendarListener {
    /** The number of things it changed. */
    Uni<Integer> calendarChanged(int year, WorkingDayCalendar calendar, Actor actor);
}
