package org.gongkai.dataresource.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.dataresource.sharing.SharingService;

/**
 * The sharing call for other bodies' systems (R40): a Keycloak client with the client-credentials grant and the
 * {@code data-consumer} role calls a resource it holds a grant for and gets one page of records with the grant's fields,
 * masked by the published rules. Over the daily quota: 429; no grant, revoked or expired: 403; every call is logged.
 */
@Path("/api/v1/share")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DATA_CONSUMER)
@Tag(name = "Data sharing 数据共享调用", description = "For consumer systems (client-credentials tokens): one page of a granted resource, masked; every call logged")
@APIResponse(responseCode = "401", description = "No token")
@APIResponse(responseCode = "403", description = "Not a consumer system, or no valid grant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ShareApiResource {
    @Inject
    SharingService sharing;
    @Inject
    JsonWebToken jwt;

    /** The calling system: the token's authorised party (the client of a client-credentials token). */
    String clientId() {
        String azp = jwt.getClaim("azp");
        if (azp == null) azp = jwt.getClaim("client_id");
        if (azp == null) throw ProblemException.forbidden("the token names no client");
        return azp;
    }

    @GET
    @Operation(summary = "What this system may call 可调用的资源", description = "The resources granted to the calling client, with their fields, quota and expiry.")
    @APIResponse(responseCode = "200", description = "The grants in force")
    public Uni<List<SharingService.Callable>> callable() {
        return sharing.callable(clientId());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Call a shared resource 调用共享资源", description = "One page (size at most 100: no bulk export) of the resource's records, "
            + "the grant's fields only, masked by the published catalogue's rules. X-Quota-Remaining says how many calls are left today.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not in the published catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The grant's daily quota is used up", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The system that carries it failed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> call(@PathParam("code") String code, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,asc");
        v.throwIfInvalid();
        return sharing.call(clientId(), code, page.page(), page.size())
                .map(a -> Response.ok(a).header("X-Quota-Remaining", a.remainingToday()).header("Cache-Control", "no-store").build());
    }
}
