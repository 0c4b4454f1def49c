package org.gongkai.compliance.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.ObligationQuota;
import org.gongkai.compliance.rest.dto.ObligationRequests;
import org.gongkai.compliance.service.QuotaService;

@Path("/api/v1/obligation-quotas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations 时限台账")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class QuotaResource {
    @Inject
    QuotaService quotas;
    @Inject
    CurrentUser user;

    @Schema(name = "QuotaRule", description = "At least N qualifying events in each period, or a fixed-date deadline (issue 10)")
    public record QuotaView(@Schema(examples = "R34") String ruleId, @Schema(examples = "开展“双随机”抽查") String title,
                            ObligationQuota.Period period, @Schema(examples = "1") int required, ObligationQuota.Scope scope,
                            @Schema(description = "BUREAU: the department that answers for it") String departmentCode,
                            @Schema(description = "MM-DD: the day of the period it is due (else the period's last day)", examples = "03-31") String dueDay,
                            @Schema(description = "MM-DD: events count from this day of the period", examples = "07-01") String opensDay,
                            boolean enabled) {
        static QuotaView of(ObligationQuota q) {
            return new QuotaView(q.ruleId, q.title, q.period, q.required, q.scope, q.departmentCode, q.dueDay, q.opensDay, q.enabled);
        }
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Quota and fixed-date rules 频次与固定日期要求", description = "R2, R11, R26, R33, R34, R36, R40 with their legal defaults.")
    @APIResponse(responseCode = "200", description = "Every rule")
    public Uni<List<QuotaView>> list() {
        return quotas.definitions().map(l -> l.stream().map(QuotaView::of).toList());
    }

    @PUT
    @Path("/{ruleId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule's number or switch it off 调整频次要求", description = "Applies from the next period opened; an audit event.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<QuotaView> change(@PathParam("ruleId") String ruleId, @Valid @NotNull ObligationRequests.QuotaChange r) {
        return quotas.update(ruleId, r.required(), r.enabled(), r.dueDay(), Actor.of(user)).map(QuotaView::of);
    }
}
