package org.gongkai.assessment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.annualreport.ReportDocuments;
import org.gongkai.audit.Actor;
import org.gongkai.common.csv.Sheets;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.worker.Workers;

/**
 * The yearly assessment of openness work (R44). The office sets the scheme and enters the manual items; the office,
 * its head, the leaders, the administrators and the personnel section (a setting, default 人事科) read the scores,
 * the comparison and the score sheet.
 */
@Path("/api/v1/assessment/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@Tag(name = "Assessment 绩效考核", description = "The yearly assessment of openness work per department, computed from the records and explained (R44)")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Neither the office, the leaders nor the personnel section", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "400", description = "A wrong year or field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AssessmentResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AssessmentService service;
    @Inject
    CurrentUser user;
    @Inject
    Workers workers;
    @ConfigProperty(name = "gongkai.assessment.personnel-department", defaultValue = "RSK")
    String personnel;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureau;
    @ConfigProperty(name = "gongkai.letters.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String font;

    int read(String year) {
        if (!(user.office() || user.hasAnyRole(Roles.LEADER, Roles.ADMIN) || user.worksIn(personnel)))
            throw ProblemException.forbidden("the assessment is read by the office, the leaders and the personnel section");
        Validation v = new Validation();
        Integer y = v.integer("year", year, null, 2008, 2100);
        v.throwIfInvalid();
        return y;
    }

    int write(String year) {
        int y = read(year);
        if (!user.office()) throw ProblemException.forbidden("the office sets the assessment");
        return y;
    }

    @GET
    @Path("/scheme")
    @Operation(summary = "The year's scheme 考核方案", description = "As stored, or the default proposal (stored: false) until the office saves one.")
    @APIResponse(responseCode = "200", description = "The scheme")
    public Uni<AssessmentScheme> scheme(@PathParam("year") String year) {
        return service.scheme(read(year));
    }

    @PUT
    @Path("/scheme")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the year's scheme 设定考核方案", description = "By the office. The total is at least 4 of 100 points; the indicators' points add up to "
            + "it. Give back the version read (0 for a first scheme).")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Changed by someone else in between", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AssessmentScheme> save(@PathParam("year") String year, AssessmentScheme in) {
        int y = write(year);
        if (in == null) throw ProblemException.badField("totalPoints", "is required");
        if (in.year() != 0 && in.year() != y) throw ProblemException.badField("year", "is the year of the path, " + y);
        return service.save(new AssessmentScheme(y, in.totalPoints(), in.note(), in.indicators(), true, in.version()), Actor.of(user));
    }

    @Schema(name = "AssessmentManualEntry")
    public record ManualEntry(Double points, @Schema(examples = "按时报送政务公开工作总结") String reason) {}

    @PUT
    @Path("/manual/{indicatorCode}/{departmentCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a manual item 录入人工评分", description = "By the office: from 0 to the indicator's points, with the reason.")
    @APIResponse(responseCode = "200", description = "Entered")
    @APIResponse(responseCode = "404", description = "No such indicator in the year's scheme", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year's scheme is not yet set", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AssessmentService.Manual> manual(@PathParam("year") String year, @PathParam("indicatorCode") String code, @PathParam("departmentCode") String department,
                                                ManualEntry in) {
        int y = write(year);
        if (in == null) throw ProblemException.badField("points", "is required");
        return service.enter(y, code, department, in.points(), in.reason(), Actor.of(user));
    }

    @GET
    @Path("/scores")
    @Operation(summary = "Every department's score 各单位得分", description = "Computed from the ledger and the records now, each point explained with the records that cost it.")
    @APIResponse(responseCode = "200", description = "The scores")
    public Uni<AssessmentService.Scores> scores(@PathParam("year") String year) {
        return service.scores(read(year));
    }

    @GET
    @Path("/comparison")
    @Operation(summary = "Year on year 同比", description = "Each department's share of its points this year and the year before.")
    @APIResponse(responseCode = "200", description = "The comparison")
    public Uni<List<AssessmentService.Comparison>> comparison(@PathParam("year") String year) {
        return service.comparison(read(year));
    }

    @GET
    @Path("/scores.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The score sheet as XLSX 评分表", description = "For the personnel section: a row per department and indicator, with the explanation.")
    @APIResponse(responseCode = "200", description = "The workbook")
    public Uni<Response> xlsx(@PathParam("year") String year) {
        int y = read(year);
        return service.scores(y).flatMap(s -> workers.run(() -> Sheets.xlsx(y + "年度考核", AssessmentSheet.HEADER, AssessmentSheet.rows(s), new int[] {16, 18, 30, 8, 8, 60, 60})))
                .map(b -> Response.ok(b, XLSX).header("Content-Disposition", "attachment; filename=\"assessment-" + y + ".xlsx\"").header("Cache-Control", "no-store").build());
    }

    @GET
    @Path("/scores.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The score sheet as PDF 评分表 PDF", description = "The summary table, then each department's lines with their explanation; the CJK font embedded.")
    @APIResponse(responseCode = "200", description = "The PDF")
    public Uni<Response> pdf(@PathParam("year") String year) {
        int y = read(year);
        return service.scores(y).flatMap(s -> workers.run(() -> ReportDocuments.pdf(AssessmentSheet.title(bureau, y), AssessmentSheet.html(s), font)))
                .map(b -> Response.ok(b, "application/pdf").header("Content-Disposition", "attachment; filename=\"assessment-" + y + ".pdf\"").header("Cache-Control", "no-store").build());
    }
}
