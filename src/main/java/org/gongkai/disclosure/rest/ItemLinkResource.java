package org.gongkai.disclosure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.gongkai.disclosure.InfoItemLink;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.publication.PublicationState;

/** Links between items (issue 10): an interpretation and its document, related items, publication together. */
@Path("/api/v1/items/{id}/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items 信息发布")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such item (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ItemLinkResource {
    @Inject
    org.gongkai.disclosure.service.ItemService items;
    @Inject
    org.gongkai.disclosure.service.ItemPolicy policy;
    @Inject
    ItemLinkService links;
    @Inject
    CurrentUser user;

    @Schema(name = "ItemLinkRequest")
    public record LinkRequest(@NotNull @Schema(description = "the other item") Long itemId,
                              @NotNull @Schema(description = "INTERPRETS (this item, an interpretation, interprets the other) or RELATED") InfoItemLink.Relation relation,
                              @Schema(description = "publish together (同步发布): both go live in one transaction, or neither") Boolean together) {}

    @Schema(name = "ItemLink")
    public record LinkView(long itemId, String title, ItemType type, PublicationState state, boolean live,
                           @Schema(description = "INTERPRETS, INTERPRETED_BY or RELATED, seen from this item") String direction,
                           boolean together) {
        static LinkView of(ItemLinkService.Linked l) {
            return new LinkView(l.other().id, l.other().title, l.other().itemType, l.other().state, l.other().live(), l.direction(), l.link().together);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link to another item 关联信息", description = "By the department that may edit this item; an audit event.")
    @APIResponse(responseCode = "201", description = "Linked: the item's links now",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Linked already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> link(@PathParam("id") long id, @Valid @NotNull LinkRequest r) {
        return editable(id).flatMap(from -> links.link(from, r.itemId(), r.relation(), Boolean.TRUE.equals(r.together()), Actor.of(user)))
                .flatMap(l -> links.of(id)).map(ls -> Response.status(201).entity(ls.stream().map(LinkView::of).toList()).build());
    }

    @DELETE
    @Path("/{otherId}")
    @Operation(summary = "Remove a link 取消关联")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> unlink(@PathParam("id") long id, @PathParam("otherId") long otherId) {
        return editable(id).flatMap(from -> links.unlink(id, otherId, Actor.of(user))).replaceWith(Response.noContent().build());
    }

    private Uni<org.gongkai.disclosure.InfoItem> editable(long id) {
        return items.find(id).invoke(i -> {
            policy.checkCanSee(i);
            policy.checkCanEdit(i);
        });
    }
}
