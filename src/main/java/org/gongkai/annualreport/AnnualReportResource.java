package org.gongkai.annualreport;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;

/**
 * The annual report's figures for the staff (R11): computed from the records for a calendar year, in the national
 * template's tables, with what does not add up; each cell opens on the records it counts.
 */
@Path("/api/v1/annual-reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
@Tag(name = "Annual report 年度报告", description = "The figures of 《政府信息公开工作年度报告》 (国办公开办函〔2021〕30号) from the records, with their checks and drill-down")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AnnualReportResource {
    @Inject
    AnnualFiguresService figures;
    @Inject
    TimeSource time;
    @Inject
    AnnualReportService reports;
    @Inject
    org.gongkai.disclosure.service.ItemService items;
    @Inject
    org.gongkai.common.security.CurrentUser user;

    private void office() {
        if (!user.office()) throw ProblemException.forbidden("the office writes, drafts and files the annual report");
    }

    @Schema(name = "AnnualReport")
    public record ReportView(int year, AnnualReportText.Sections sections, Long itemId, org.gongkai.publication.PublicationState itemState, int publishedVersion,
                             java.time.LocalDate filedOn, String filedRef, String filedBy, String updatedBy, java.time.Instant updatedAt) {}

    @Schema(name = "AnnualReportFiling")
    public record Filing(java.time.LocalDate filedOn, @Schema(examples = "报市政府办公室备案（临政办字〔2027〕5号）") String reference) {}

    @Schema(name = "AnnualReportReason")
    public record Reason(@Schema(examples = "更正表三第二项上年结转数") String reason) {}

    @GET
    @Path("/{year}")
    @Operation(summary = "The year's report 年度报告", description = "The office's text sections, the item and its state, the filing.")
    @APIResponse(responseCode = "200", description = "The report (empty sections when none is written yet)")
    public Uni<ReportView> report(@PathParam("year") String year) {
        int y = year(year);
        return reports.get(y).flatMap(r -> (r.itemId == null ? Uni.createFrom().<org.gongkai.disclosure.InfoItem>nullItem()
                        : io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> items.find(r.itemId)))
                .map(i -> new ReportView(y, r.sections(), r.itemId, i == null ? null : i.state, i == null ? 0 : i.publishedVersion, r.filedOn, r.filedRef, r.filedBy,
                        r.updatedBy, r.updatedAt)));
    }

    @jakarta.ws.rs.PUT
    @Path("/{year}/text")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the text sections 编写报告正文", description = "By the office: 一 总体情况 and 五 存在的主要问题及改进情况 required; 二, 三, 四, 六 "
            + "may add words to their tables. Not while the report is in the review.")
    @APIResponse(responseCode = "200", description = "Written")
    @APIResponse(responseCode = "400", description = "A section missing or too long (which one)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "In the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReportView> write(@PathParam("year") String year, AnnualReportText.Sections in) {
        office();
        int y = year(year);
        return reports.write(y, in, org.gongkai.audit.Actor.of(user)).flatMap(x -> report(String.valueOf(y)));
    }

    @jakarta.ws.rs.POST
    @Path("/{year}/list-item")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the report for the review 生成年度报告", description = "By the office, once the year is over: the text with the figures as the records "
            + "give them, as the year's ANNUAL_REPORT item (column 政府信息公开年报); refused while the figures do not add up. Published already: a corrected "
            + "report, with the reason.")
    @APIResponse(responseCode = "200", description = "The item, drafted")
    @APIResponse(responseCode = "400", description = "No reason for a corrected report", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is not over, no text yet, or the figures do not add up", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<org.gongkai.disclosure.rest.dto.ItemView> draft(@PathParam("year") String year, Reason r) {
        office();
        return reports.draft(year(year), r == null ? null : r.reason(), org.gongkai.audit.Actor.of(user)).map(org.gongkai.disclosure.rest.dto.ItemView::of);
    }

    @Schema(name = "AnnualReportManualFigures")
    public record ManualFigures(@Schema(description = "行政强制 decisions of the year") Integer enforcementDecisions,
                                @Schema(description = "行政事业性收费 of the year, in 万元 (4 decimals)", examples = "1.2345") java.math.BigDecimal administrativeFees) {}

    @jakarta.ws.rs.PUT
    @Path("/{year}/manual-figures")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter the figures without records 录入行政强制和收费", description = "By the office: table 二's 行政强制 decisions and 行政事业性收费 amount, which "
            + "the platform has no records of. Not while the report is in the review.")
    @APIResponse(responseCode = "200", description = "The year's figures with them")
    @APIResponse(responseCode = "400", description = "A negative or malformed figure", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "In the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AnnualFigures> manualFigures(@PathParam("year") String year, ManualFigures in) {
        office();
        int y = year(year);
        if (in == null) throw ProblemException.badField("enforcementDecisions", "is required");
        return reports.manualFigures(y, in.enforcementDecisions(), in.administrativeFees(), org.gongkai.audit.Actor.of(user)).flatMap(x -> figures(String.valueOf(y)));
    }

    @jakarta.ws.rs.POST
    @Path("/{year}/filing")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the filing 登记报备", description = "The published report filed with the city government's office.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Not published yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReportView> file(@PathParam("year") String year, Filing f) {
        office();
        int y = year(year);
        return reports.filed(y, f == null ? null : f.filedOn(), f == null ? null : f.reference(), org.gongkai.audit.Actor.of(user)).flatMap(x -> report(String.valueOf(y)));
    }

    private int year(String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, null, 2008, time.today().getYear());
        v.throwIfInvalid();
        if (y == null) throw ProblemException.badField("year", "is required");
        return y;
    }

    @GET
    @Path("/{year}/figures")
    @Operation(summary = "The year's figures 年度报告数据", description = "Tables II, III, IV and the fee line of section VI, computed from the records; "
            + "problems lists what does not add up (per column 一 + 二 = 三（七）+ 四; every 总计 the sum of its parts).")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "A year before 2008 (the Regulations) or after this one", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AnnualFigures> figures(@PathParam("year") String year) {
        return figures.figures(year(year));
    }

    @GET
    @Path("/{year}/figures/{cell}/records")
    @Operation(summary = "The records a figure counts 数据明细", description = "cell: III.<row>.<column> (row NEW, CARRIED_IN, an outcome, OUTCOME_TOTAL, "
            + "CARRIED_OUT; column an applicant type or TOTAL), IV.<kind>.<result>, II.<figure> (normativeIssued, normativeRepealed, normativeInForce, licensing, penalties).")
    @APIResponse(responseCode = "200", description = "One page of the records")
    @APIResponse(responseCode = "400", description = "No such cell", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<AnnualFiguresService.Counted>> records(@PathParam("year") String year, @PathParam("cell") String cell, @BeanParam PageRequest paging) {
        int y = year(year);
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,asc");
        v.throwIfInvalid();
        return figures.records(y, cell, page);
    }
}
