package org.gongkai.calendar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a deadline's explanation: a date, whether it was counted (and as which day), and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExplainedDay")
public record ExplainedDay(
        @Schema(examples = "2026-10-01") LocalDate date,
        @Schema(description = "counted towards the period") boolean counted,
        @Schema(description = "1-based number of the counted day", examples = "3") Integer ordinal,
        @Schema(examples = "HOLIDAY") DayKind kind,
        @Schema(examples = "国庆节") String holidayName,
        @Schema(description = "the holiday's name in English", examples = "National Day") String holidayNameEn,
        @Schema(description = "START (the triggering day), COUNTED, SKIPPED, MOVED (calendar-day deadline moved off a day off)",
                examples = "SKIPPED") String role) {

    public ExplainedDay(LocalDate date, boolean counted, Integer ordinal, DayKind kind, String holidayName, String role) {
        this(date, counted, ordinal, kind, holidayName, HolidayNames.en(holidayName), role);
    }
}
