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
}
