package org.gongkai.calendar;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One year in the holiday-cn JSON format (MIT, NateScarlet/holiday-cn). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "HolidayFile", description = "One year of official days off and make-up working days, holiday-cn format")
public record HolidayFile(
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2027") Integer year,
        List<@Size(max = 500) String> papers,
        @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Day> days) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "HolidayFileDay")
    public record Day(
            @NotBlank @Size(max = 64) @Schema(examples = "元旦") String name,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD")
            @Schema(examples = "2027-01-01") String date,
            @NotNull @Schema(description = "true: day off; false: make-up working day") Boolean isOffDay) {
    }
}
