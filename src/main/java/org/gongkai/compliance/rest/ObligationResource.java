package org.gongkai.compliance.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.ObligationPause;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.rest.dto.ObligationRequests;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationPolicy;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.compliance.service.ObligationSweep;
import org.gongkai.calendar.CountUnit;

@Path("/api/v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations 时限台账", description = "The obligation ledger: every legal clock, due soon and overdue")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role or department not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ObligationResource {
    static final Set<String> SORTABLE = Set.of("dueDate", "startDate", "ruleId", "departmentCode", "createdAt", "id");

    @Inject
    ObligationService obligations;
    @Inject
    ObligationSweep sweep;
    @Inject
    ObligationPolicy policy;
    @Inject
    org.gongkai.compliance.service.QuotaService quotas;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "List obligations 时限台账",
            description = "Filter by department, rule, kind (DEADLINE, MINIMUM, HOURS, QUOTA), derived status (OPEN, DUE_SOON, OVERDUE, PAUSED, MET, "
                    + "MET_LATE, CUT_SHORT, CANCELLED) and due window. "
                    + "Staff see their own department; the office, leaders and administrators see all.")
    @APIResponse(responseCode = "200", description = "One page of obligations")
    @APIResponse(responseCode = "400", description = "A filter is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ObligationView>> list(@QueryParam("department") String department, @QueryParam("rule") String rule,
                                          @QueryParam("status") String status, @QueryParam("dueFrom") String dueFrom,
                                          @QueryParam("dueTo") String dueTo, @QueryParam("subjectType") String subjectType,
                                          @QueryParam("subjectId") String subjectId, @QueryParam("kind") String kind,
                                          @BeanParam PageRequest paging) {
        Validation v = new Validation();
        org.gongkai.compliance.ObligationKind k = kind == null || kind.isBlank() ? null
                : v.enumValue("kind", kind, org.gongkai.compliance.ObligationKind.class, null);
        ObligationStatus st = status == null || status.isBlank() ? null : v.enumValue("status", status, ObligationStatus.class, null);
        LocalDate from = v.date("dueFrom", dueFrom, false);
        LocalDate to = v.date("dueTo", dueTo, false);
        PageRequest.Checked page = paging.check(v, SORTABLE, "dueDate,asc");
        v.throwIfInvalid();
        String dept = policy.departmentScope(department);
        return obligations.find(new ObligationService.Query(dept, blankToNull(rule), st, from, to, blankToNull(subjectType),
                blankToNull(subjectId), k), page).map(p -> p.map(ObligationView::of));
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Counts by status 台账统计", description = "How many obligations are open, due soon, overdue, met, met late … for a department (own by default).")
    @APIResponse(responseCode = "200", description = "Counts per derived status",
            content = @Content(schema = @Schema(implementation = StatusCounts.class)))
    public Uni<StatusCounts> summary(@QueryParam("department") String department) {
        return obligations.summary(policy.departmentScope(department)).map(StatusCounts::of);
    }

    /** How many obligations are in each derived status. */
    @Schema(name = "ObligationStatusCounts")
    public record StatusCounts(long open, long dueSoon, long overdue, long paused, long met, long metLate,
                               @Schema(description = "minimum durations ended before they had run") long cutShort, long cancelled) {
        static StatusCounts of(Map<ObligationStatus, Long> m) {
            return new StatusCounts(m.getOrDefault(ObligationStatus.OPEN, 0L), m.getOrDefault(ObligationStatus.DUE_SOON, 0L),
                    m.getOrDefault(ObligationStatus.OVERDUE, 0L), m.getOrDefault(ObligationStatus.PAUSED, 0L),
                    m.getOrDefault(ObligationStatus.MET, 0L), m.getOrDefault(ObligationStatus.MET_LATE, 0L),
                    m.getOrDefault(ObligationStatus.CUT_SHORT, 0L), m.getOrDefault(ObligationStatus.CANCELLED, 0L));
        }
    }

    @Schema(name = "ObligationDetail")
    public record Detail(ObligationView obligation, List<ObligationPause> pauses,
                         @Schema(description = "a quota's qualifying events") List<EventView> events,
                         List<HistoryEntry> history) {}

    @Schema(name = "ObligationEvent", description = "A qualifying event counted towards a quota")
    public record EventView(LocalDate occurredOn, String reference, String recordedBy) {
        static EventView of(org.gongkai.compliance.ObligationEvent e) {
            return new EventView(e.occurredOn, e.reference, e.recordedBy);
        }
    }

    @Schema(name = "HistoryEntry")
    public record HistoryEntry(long eventId, String at, String actor, String action, String before, String after) {}

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "One obligation with its pauses and history")
    @APIResponse(responseCode = "200", description = "The obligation")
    @APIResponse(responseCode = "404", description = "No such obligation, or one of another department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return obligations.get(id).invoke(r -> policy.checkCanSee(r.obligation()))
                .flatMap(r -> obligations.pauses(id).flatMap(p -> quotas.events(id).flatMap(counted -> audit.forSubject("obligation", String.valueOf(id))
                        .map(events -> new Detail(ObligationView.of(r), p, counted.stream().map(EventView::of).toList(), events.stream()
                                .map(e -> new HistoryEntry(e.id, e.occurredAt.toString(), e.actor, e.action, e.beforeState, e.afterState))
                                .toList())))));
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an obligation 登记时限", description = "For clocks that no feature opens by itself yet (the office registers them).")
    @APIResponse(responseCode = "201", description = "Opened; the due date comes from the working-day calendar")
    @APIResponse(responseCode = "400", description = "A field is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> open(@Valid @NotNull ObligationRequests.Open r) {
        obligations.ownerOf(r.subjectType()).ifPresent(owner -> {
            throw ProblemException.badField("subjectType", "clocks about '" + r.subjectType() + "' are opened by " + owner.feature() + " itself");
        });
        var cmd = new ObligationService.OpenCommand(r.subjectType(), r.subjectId(), r.ruleId(), r.title(), r.departmentCode(),
                r.responsiblePerson(), r.start(), r.days(), r.unit() == null ? CountUnit.WORKING : r.unit(), Boolean.TRUE.equals(r.countStartDay()));
        return created(Boolean.TRUE.equals(r.minimum()) ? obligations.openMinimum(cmd, Actor.of(user)) : obligations.open(cmd, Actor.of(user)));
    }

    @POST
    @Path("/hours")
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an hour clock 登记小时时限", description = "Due so many calendar hours after it started (舆情 48 hours, a press "
            + "conference within 24 hours); due soon from the first reminder share (gongkai.obligations.hour-reminder-percents) on.")
    @APIResponse(responseCode = "201", description = "Opened, with dueAt")
    @APIResponse(responseCode = "400", description = "A field is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> openHours(@Valid @NotNull ObligationRequests.OpenHours r) {
        obligations.ownerOf(r.subjectType()).ifPresent(owner -> {
            throw ProblemException.badField("subjectType", "clocks about '" + r.subjectType() + "' are opened by " + owner.feature() + " itself");
        });
        return created(obligations.openHours(new ObligationService.OpenHours(r.subjectType(), r.subjectId(), r.ruleId(), r.title(),
                r.departmentCode(), r.responsiblePerson(), r.startedAt() == null ? null : r.startedAt().toInstant(), r.hours()), Actor.of(user)));
    }

    @POST
    @Path("/{id}/events")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.DEPARTMENT_HEAD, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a qualifying event 登记完成事项", description = "Counts towards a quota (at least N a year …); the N-th event meets it. "
            + "A department head records for their own department.")
    @APIResponse(responseCode = "200", description = "Counted; MET once the number is reached")
    @APIResponse(responseCode = "409", description = "Not a quota, or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> recordEvent(@PathParam("id") long id, @Valid @NotNull ObligationRequests.Event r) {
        return obligations.get(id).invoke(row -> policy.checkCanSee(row.obligation()))
                .flatMap(row -> quotas.record(id, r.on(), r.reference(), Actor.of(user))).flatMap(o -> view(id));
    }

    private Uni<Response> created(Uni<org.gongkai.compliance.Obligation> opened) {
        return opened.flatMap(o -> obligations.get(o.id))
                .map(row -> Response.created(java.net.URI.create("/api/v1/obligations/" + row.obligation().id))
                        .entity(ObligationView.of(row)).build());
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop the clock 中止计时")
    @APIResponse(responseCode = "200", description = "Paused")
    @APIResponse(responseCode = "409", description = "Not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> pause(@PathParam("id") long id, @Valid @NotNull ObligationRequests.Reason r) {
        return obligations.manual(id, "pause").flatMap(m -> obligations.pause(id, r.on(), r.reason(), Actor.of(user)).flatMap(o -> view(id)));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restart the clock after a pause 恢复计时")
    @APIResponse(responseCode = "200", description = "Resumed, with the new due date")
    @APIResponse(responseCode = "409", description = "Not paused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> resume(@PathParam("id") long id, ObligationRequests.Day r) {
        return obligations.manual(id, "resume").flatMap(m -> obligations.resume(id, r == null ? null : r.on(), Actor.of(user)).flatMap(o -> view(id)));
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed({Roles.OFFICE_HEAD, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend the period 延期", description = "Approved by the head of the office (R19).")
    @APIResponse(responseCode = "200", description = "Extended")
    @APIResponse(responseCode = "409", description = "Not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> extend(@PathParam("id") long id, @Valid @NotNull ObligationRequests.Extend r) {
        return obligations.manual(id, "extend").flatMap(m -> obligations.extend(id, r.days(), r.reason(), Actor.of(user)).flatMap(o -> view(id)));
    }

    @POST
    @Path("/{id}/restart")
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the period again 重新起算", description = "The whole period counts again from a new start (Art. 30: a corrected application arrives).")
    @APIResponse(responseCode = "200", description = "Restarted, with the new due date")
    @APIResponse(responseCode = "409", description = "Completed or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> restart(@PathParam("id") long id, @Valid @NotNull ObligationRequests.Restart r) {
        return obligations.manual(id, "restart").flatMap(m -> obligations.restart(id, r.start(), r.reason(), Actor.of(user)).flatMap(o -> view(id)));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark as done 办结")
    @APIResponse(responseCode = "200", description = "Completed: MET or MET_LATE")
    @APIResponse(responseCode = "409", description = "Already completed or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> complete(@PathParam("id") long id, ObligationRequests.Day r) {
        return obligations.manual(id, "complete").flatMap(m -> obligations.complete(id, r == null ? null : r.on(),
                r == null || r.at() == null ? null : r.at().toInstant(), Actor.of(user)).flatMap(o -> view(id)));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.OFFICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel 撤销")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Already completed or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObligationView> cancel(@PathParam("id") long id, @Valid @NotNull ObligationRequests.Reason r) {
        return obligations.manual(id, "cancel").flatMap(m -> obligations.cancel(id, r.reason(), Actor.of(user)).flatMap(o -> view(id)));
    }

    @POST
    @Path("/sweep")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the reminder sweep now 立即执行提醒扫描", description = "Opens the quota periods that have begun and marks "
            + "due-soon, overdue and hour-clock reminders.")
    @APIResponse(responseCode = "200", description = "How many reminders were marked")
    public Uni<ObligationSweep.Result> runSweep() {
        return sweep.sweep(obligationsToday());
    }

    private LocalDate obligationsToday() {
        return policy.today();
    }

    private Uni<ObligationView> view(long id) {
        return obligations.get(id).map(ObligationView::of);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
