package org.gongkai.disclosure.rest;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.repository.InfoItemRepository;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.disclosure.service.ItemService;

/** R9: the legal section's clean-up of normative documents (规范性文件清理). */
@Path("/api/v1/normative-documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LEGAL, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.ADMIN})
@Tag(name = "Normative documents 规范性文件", description = "Validity and the periodic clean-up (R9)")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not the legal section or the office",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NormativeResource {
    @Inject
    InfoItemRepository items;
    @Inject
    ItemService service;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "All normative documents 规范性文件清单", description = "With their validity, for a clean-up campaign.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<ItemView>> list(@QueryParam("validity") String validity, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        Validity val = validity == null || validity.isBlank() ? null : v.enumValue("validity", validity, Validity.class, null);
        PageRequest.Checked page = paging.check(v, Set.of("createdDate", "title", "updatedAt", "id"), "createdDate,desc");
        v.throwIfInvalid();
        return items.search(new InfoItemRepository.Filter(null, null, null, null, true, val == null ? null : val.name(), null, null), page)
                .map(p -> p.map(ItemView::of));
    }

    @Schema(name = "ValidityDecision")
    public record Decision(@NotNull Validity validity,
                           @NotBlank @Size(max = 500) @Schema(examples = "经2026年清理，该文件已被临教发〔2026〕3号废止") String note) {}

    @POST
    @Path("/{id}/validity")
    @RolesAllowed(Roles.LEGAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a document's validity 清理决定", description = "Repealed or invalid: the office must withdraw it from the portal within 20 working days (R9).")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "Not a normative document", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> decide(@PathParam("id") long id, @Valid @NotNull Decision d) {
        return service.decideValidity(id, d.validity(), d.note(), Actor.of(user)).map(ItemView::of);
    }
}
