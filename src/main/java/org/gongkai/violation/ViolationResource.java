package org.gongkai.violation;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;

/**
 * The violations register for the office (R45): derived from the ledger, filtered by year, department, person, kind
 * and decision; the office confirms or dismisses each with a reason. The leaders and the administrators read it too.
 */
@Path("/api/v1/violations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@Tag(name = "Violations 违规情形", description = "The seven violations of R45 from the ledger, with their evidence and the office's decisions")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ViolationResource {
    @Inject
    ViolationService service;
    @Inject
    CurrentUser user;
    @Inject
    org.gongkai.files.AttachmentService attachments;

    @GET
    @Operation(summary = "The violations 违规情形登记", description = "year: of the due date; department; person: the responsible person; kind: one of the seven; "
            + "decision: PENDING, CONFIRMED or DISMISSED. Newest due first.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ViolationService.Violation>> list(@QueryParam("year") String year, @QueryParam("department") String department, @QueryParam("person") String person,
                                                     @QueryParam("kind") String kind, @QueryParam("decision") String decision, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("dueDate"), "dueDate,desc");
        Integer y = Validation.blank(year) ? null : v.integer("year", year, null, 2008, 2100);
        ViolationKind k = Validation.blank(kind) ? null : v.enumValue("kind", kind, ViolationKind.class, null);
        ViolationService.Decision d = Validation.blank(decision) ? null : v.enumValue("decision", decision, ViolationService.Decision.class, null);
        v.check(department == null || department.length() <= 32, "department", "at most 32 characters");
        v.check(person == null || person.length() <= 128, "person", "at most 128 characters");
        v.throwIfInvalid();
        return service.list(new ViolationService.Filter(y, Validation.blank(department) ? null : department.trim(), Validation.blank(person) ? null : person.trim(), k, d), page);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Violations by department and kind 违规情形统计", description = "Of a year (default this one): pending and confirmed; dismissed ones do not count.")
    @APIResponse(responseCode = "200", description = "The counts")
    public Uni<List<ViolationService.Count>> summary(@QueryParam("year") String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, java.time.LocalDate.now(org.gongkai.common.time.TimeSource.ZONE).getYear(), 2008, 2100);
        v.throwIfInvalid();
        return service.summary(y);
    }

    @GET
    @Path("/{obligationId}")
    @Operation(summary = "One violation 违规情形详情", description = "With its evidence: the obligation and its subject.")
    @APIResponse(responseCode = "200", description = "The violation")
    @APIResponse(responseCode = "404", description = "Not a violation (the clock was kept, or is of no kind)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ViolationService.Violation> one(@PathParam("obligationId") long id) {
        return service.one(id);
    }

    @Schema(name = "ViolationDecision")
    public record DecisionRequest(ViolationService.Decision decision, @Schema(examples = "经核实，系科室未及时报送") String reason,
                                  @Schema(description = "e.g. 全局通报批评; the head's written self-examination (书面检查) submitted") String followUp, Boolean escalated) {}

    @POST
    @Path("/{obligationId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or dismiss 认定或排除", description = "By the office, with the reason; a confirmed one may carry its follow-up and be escalated.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "No reason, or a follow-up on a dismissal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a violation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ViolationService.Violation> decide(@PathParam("obligationId") long id, DecisionRequest r) {
        if (!user.office()) throw ProblemException.forbidden("the office confirms or dismisses violations");
        if (r == null) throw ProblemException.badField("decision", "is required");
        return service.decide(id, r.decision(), r.reason(), r.followUp(), Boolean.TRUE.equals(r.escalated()), Actor.of(user));
    }

    @GET
    @Path("/refusals")
    @Operation(summary = "The pipeline's refusals 流程拦截记录", description = "Every move the review pipeline refused because a step was missing (an interpretation "
            + "not drafted with its document, a consultation not closed, a catalogue or list changed after its draft…): who tried, on what item, when. "
            + "year: of the refusal; department: the item's; person: who tried; kind: one of the seven. Newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ViolationService.Refusal>> refusals(@QueryParam("year") String year, @QueryParam("department") String department, @QueryParam("person") String person,
                                                      @QueryParam("kind") String kind, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("at"), "at,desc");
        Integer y = Validation.blank(year) ? null : v.integer("year", year, null, 2008, 2100);
        ViolationKind k = Validation.blank(kind) ? null : v.enumValue("kind", kind, ViolationKind.class, null);
        v.check(department == null || department.length() <= 32, "department", "at most 32 characters");
        v.check(person == null || person.length() <= 128, "person", "at most 128 characters");
        v.throwIfInvalid();
        return service.refusals(y, Validation.blank(department) ? null : department.trim(), Validation.blank(person) ? null : person.trim(), k, page);
    }

    @jakarta.ws.rs.POST
    @Path("/{obligationId}/self-examination")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.DEPARTMENT_HEAD})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach the written self-examination 上传书面检查", description = "On a confirmed violation: by the office, or by the head of the department "
            + "responsible. At most 20 MB; PDF, Word or a scan; stored encrypted.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "Empty, too large or of a type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a confirmed violation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<jakarta.ws.rs.core.Response> selfExamination(@PathParam("obligationId") long id,
                                                           @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return service.one(id).invoke(v -> {
            if (!user.office() && !user.worksIn(v.departmentCode())) throw ProblemException.forbidden("the office or the head of the department responsible attaches it");
        }).flatMap(v -> attachments.upload(ViolationService.SELF_EXAMINATION, file, p -> service.addSelfExamination(id, p, Actor.of(user))))
                .map(a -> jakarta.ws.rs.core.Response.status(201).entity(org.gongkai.files.AttachmentService.View.of(a)).build());
    }

    @GET
    @Path("/{obligationId}/self-examination")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.DEPARTMENT_HEAD, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The written self-examinations 书面检查", description = "The files attached to a violation.")
    @APIResponse(responseCode = "200", description = "The files")
    public Uni<List<org.gongkai.files.AttachmentService.View>> selfExaminations(@PathParam("obligationId") long id) {
        return seen(id).flatMap(v -> attachments.list(ViolationService.SELF_EXAMINATION, String.valueOf(id)))
                .map(l -> l.stream().map(org.gongkai.files.AttachmentService.View::of).toList());
    }

    @GET
    @Path("/{obligationId}/self-examination/{attachmentId}")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.DEPARTMENT_HEAD, Roles.LEADER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a self-examination 下载书面检查")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> download(@PathParam("obligationId") long id, @PathParam("attachmentId") long attachmentId) {
        return attachments.download(seen(id).flatMap(v -> attachments.one(ViolationService.SELF_EXAMINATION, String.valueOf(id), attachmentId)));
    }

    /** The office, the leaders and the administrators see every violation; a department head those of the department. */
    private Uni<ViolationService.Violation> seen(long id) {
        return service.one(id).invoke(v -> {
            if (!user.office() && !user.hasAnyRole(Roles.LEADER, Roles.ADMIN) && !user.worksIn(v.departmentCode())) throw ProblemException.notFound("violation", id);
        });
    }
}
