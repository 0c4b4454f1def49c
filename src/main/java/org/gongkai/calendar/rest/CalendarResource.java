package org.gongkai.calendar.rest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.calendar.CountUnit;
import org.gongkai.calendar.DayInfo;
import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.HolidayFile;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar 工作日历", description = "Official working days and deadline computation (legal-rules.md)")
public class CalendarResource {

    @Inject
    CalendarService calendar;
    @Inject
    CurrentUser user;

    @GET
    @Path("/due-date")
    @PermitAll
    @Operation(summary = "Compute a deadline 计算办理时限",
            description = "N working or calendar days from a start date, with the explanation of every day counted or skipped. "
                    + "The start day is not counted unless countStartDay=true; a calendar-day deadline ending on a day off moves "
                    + "to the next working day; a year without an official list is counted by weekends only and flagged provisional.")
    @APIResponse(responseCode = "200", description = "The due date and its explanation",
            content = @Content(schema = @Schema(implementation = DueDate.class), examples = @ExampleObject(name = "national-day",
                    value = "{\"start\":\"2026-09-28\",\"days\":5,\"unit\":\"WORKING\",\"countStartDay\":false,\"dueDate\":\"2026-10-12\","
                            + "\"provisional\":false,\"skippedDays\":7,\"rule\":\"自2026-09-28次日起算5个工作日…\",\"explanation\":[]}")))
    @APIResponse(responseCode = "400", description = "A parameter is missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DueDate> dueDate(
            @Parameter(description = "start date YYYY-MM-DD (the triggering event's day)", example = "2026-09-28") @QueryParam("start") String start,
            @Parameter(description = "number of days, 1–366", example = "5") @QueryParam("days") String days,
            @Parameter(description = "WORKING (default) or CALENDAR", example = "WORKING") @QueryParam("unit") String unit,
            @Parameter(description = "count the start day itself (R17)", example = "false") @QueryParam("countStartDay") String countStartDay) {
        Validation v = new Validation();
        LocalDate s = v.date("start", start, true);
        Integer n = v.integer("days", days, null, 1, WorkingDayCalendar.MAX_DAYS);
        CountUnit u = v.enumValue("unit", unit, CountUnit.class, CountUnit.WORKING);
        boolean csd = v.bool("countStartDay", countStartDay, false);
        v.throwIfInvalid();
        return calendar.calendar().map(c -> c.dueDate(s, n, u, csd));
    }

    @GET
    @Path("/days")
    @PermitAll
    @Operation(summary = "Working days in a range 查询工作日", description = "Each day from..to (at most 366 days) with working true/false and why.")
    @APIResponse(responseCode = "200", description = "One entry per day",
            content = @Content(schema = @Schema(implementation = DayInfo.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<DayInfo>> days(@Parameter(example = "2026-09-25") @QueryParam("from") String from,
                                   @Parameter(example = "2026-10-11") @QueryParam("to") String to) {
        Validation v = new Validation();
        LocalDate f = v.date("from", from, true);
        LocalDate t = v.date("to", to, true);
        if (f != null && t != null) {
            v.check(!t.isBefore(f), "to", "must not be before from");
            v.check(ChronoUnit.DAYS.between(f, t) < 366, "to", "the range is at most 366 days");
        }
        v.throwIfInvalid();
        return calendar.calendar().map(c -> c.days(f, t));
    }

    /** A loaded year, as the admin page lists it. */
    @Schema(name = "CalendarYear")
    public record YearView(int year, String source, int offDays, int makeupDays, String loadedAt, String loadedBy, List<String> papers) {}

    @GET
    @Path("/years")
    @PermitAll
    @Operation(summary = "Loaded years 已加载年份", description = "Years whose official list is loaded; other years are provisional.")
    public Uni<List<YearView>> years() {
        return calendar.years().map(l -> l.stream().map(CalendarResource::view).toList());
    }

    @POST
    @Path("/years")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a year 导入年度节假日安排", description = "One year in the holiday-cn JSON format; replaces that year if loaded.")
    @RequestBody(content = @Content(schema = @Schema(implementation = HolidayFile.class), examples = @ExampleObject(name = "2027",
            value = "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}")))
    @APIResponse(responseCode = "200", description = "The year as loaded")
    @APIResponse(responseCode = "400", description = "The file is not a valid holiday-cn year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Uni<YearView> importYear(@Valid @NotNull HolidayFile file) {
        return calendar.importYear(file, "IMPORTED", Actor.of(user)).map(CalendarResource::view);
    }

    static YearView view(org.gongkai.calendar.CalendarYear y) {
        return new YearView(y.year, y.source, y.offDays, y.makeupDays, String.valueOf(y.loadedAt), y.loadedBy,
                y.papers == null || y.papers.isBlank() ? List.of() : List.of(y.papers.split("\n")));
    }
}
