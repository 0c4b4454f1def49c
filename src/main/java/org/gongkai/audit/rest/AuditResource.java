package org.gongkai.audit.rest;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.AuditEvent;
import org.gongkai.audit.repository.AuditRepository;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit 审计", description = "The hash-chained audit trail")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class AuditResource {
    @Inject
    AuditService audit;
    @Inject
    AuditRepository repository;

    @GET
    @Path("/verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify the chain 校验审计链", description = "Recomputes every SM3 hash; reports the chain intact or the first broken event.")
    @APIResponse(responseCode = "200", description = "The verification result")
    public Uni<AuditService.Verification> verify() {
        return audit.verify();
    }

    @Schema(name = "AuditEvent")
    public record EventView(long id, String occurredAt, String actor, String roles, String department, String action,
                            String subjectType, String subjectId, String before, String after, String hash) {
        static EventView of(AuditEvent e) {
            return new EventView(e.id, e.occurredAt.toString(), e.actor, e.roles, e.department, e.action, e.subjectType,
                    e.subjectId, e.beforeState, e.afterState, e.hash);
        }
    }

    @GET
    @Path("/events")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List events 审计事件", description = "Newest first by default; filter by subject or actor.")
    @APIResponse(responseCode = "200", description = "One page of events")
    public Uni<Page<EventView>> events(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                                       @QueryParam("actor") String actor, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id", "occurredAt"), "id,desc");
        v.throwIfInvalid();
        return repository.search(subjectType, subjectId, actor, page).map(p -> p.map(EventView::of));
    }
}
