package org.gongkai.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One date of the calendar: working or not, why, and whether its year's official list is loaded. */
@Schema(name = "CalendarDay")
public record DayInfo(
        @Schema(examples = "2026-10-01") LocalDate date,
        @Schema(examples = "false") boolean working,
        @Schema(examples = "HOLIDAY") DayKind kind,
        @Schema(description = "holiday name for listed days", examples = "国庆节") String name,
        @Schema(description = "the holiday's name in English", examples = "National Day") String nameEn,
        @Schema(description = "true when the year's official list is not loaded: weekends only") boolean provisional) {

    public DayInfo(LocalDate date, boolean working, DayKind kind, String name, boolean provisional) {
        this(date, working, kind, name, HolidayNames.en(name), provisional);
    }
}
