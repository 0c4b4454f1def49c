package org.gongkai.publicity.rest;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.Panache;
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
import org.gongkai.common.web.PublicCache;
import org.gongkai.publicity.AdminDecision;
import org.gongkai.publicity.service.PublicityService;

/**
 * The portal's 双公示 column (R35): licensing and penalty decisions whose publicity item was published and whose
 * publicity has not ended; searchable by the party's name or the document number. Never a natural person's name in
 * full, never an ID number, never a decision shared only.
 */
@Path("/api/v1/portal/double-publicity")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalPublicityResource {
    @Inject
    PublicityService service;
    @Inject
    PublicCache cache;

    @Schema(name = "PortalAdminDecision")
    public record PortalDecision(long id, AdminDecision.Kind kind, @Schema(description = "a natural person's masked") String partyName, String documentNumber,
                                 LocalDate decisionDate, String authority, @Schema(description = "the published item") Long itemId,
                                 @Schema(description = "the public fields, in the national standard's order") Map<String, String> fields) {
        static PortalDecision of(AdminDecision d) {
            return new PortalDecision(d.id, d.kind, d.partyNamePublic, d.documentNumber, d.decisionDate, d.authority, d.itemId, PublicityService.publicFields(d));
        }
    }

    @GET
    @Operation(summary = "Licensing and penalty decisions 双公示", description = "kind=LICENSING or PENALTY (default: both); q: part of the party's name or the document number. Newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong kind", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<PortalDecision>> list(@QueryParam("kind") String kind, @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        AdminDecision.Kind k = blank(kind) ? null : v.enumValue("kind", kind, AdminDecision.Kind.class, null);
        PageRequest.Checked page = paging.check(v, java.util.Set.of("decisionDate"), "decisionDate,desc");
        String text = blank(q) ? null : q.trim();
        v.check(text == null || text.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        return cache.get(List.of("portal-double-publicity", String.valueOf(k), String.valueOf(text), page.page(), page.size()), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            return new org.gongkai.common.paging.Where("state = :published", "published", AdminDecision.State.PUBLISHED).and("shareOnly = false")
                    .and(k != null, "kind = :kind", "kind", k).containsAny(List.of("partyNamePublic", "documentNumber"), "q", text)
                    .page(s, AdminDecision.class, "order by decisionDate desc, id desc", page).map(p -> p.map(PortalDecision::of));
        })));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One decision 双公示详情")
    @APIResponse(responseCode = "200", description = "The decision's public fields")
    @APIResponse(responseCode = "404", description = "No such decision on the portal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortalDecision> get(@PathParam("id") long id) {
        return Panache.withSession(() -> service.decision(id)).map(d -> {
            if (d.state != AdminDecision.State.PUBLISHED || d.shareOnly) throw ProblemException.notFound("decision", id);
            return PortalDecision.of(d);
        });
    }
}
