package org.gongkai.catalogue.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.gongkai.catalogue.CatalogueColumn;
import org.gongkai.catalogue.CatalogueVersion;
import org.gongkai.catalogue.service.CatalogueService;
import org.gongkai.common.error.Problem;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;

@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue 公开目录", description = "The disclosure catalogue: a versioned tree of columns (R6–R8)")
public class CatalogueResource {
    @Inject
    CatalogueService catalogue;
    @Inject
    CurrentUser user;
    @Inject
    org.gongkai.compliance.service.ObligationService obligations;

    @Schema(name = "CatalogueColumn")
    public record ColumnView(String code, String parentCode, String nameZh, String nameEn, int sortOrder, String departmentCode,
                             String responsiblePerson, Integer updateDays, String description, List<ColumnView> children) {}

    @Schema(name = "Catalogue")
    public record TreeView(int versionNo, String state, String reason, String publishedAt, List<ColumnView> columns) {}

    @Schema(name = "CatalogueVersion")
    public record VersionView(int versionNo, String state, String reason, String createdBy, String createdAt, String publishedAt, String publishedBy) {}

    static TreeView view(CatalogueService.Tree t) {
        return new TreeView(t.version().versionNo, t.version().state.name(), t.version().reason,
                t.version().publishedAt == null ? null : t.version().publishedAt.toString(), children(t.columns(), null));
    }

    static List<ColumnView> children(List<CatalogueColumn> all, String parent) {
        List<ColumnView> out = new ArrayList<>();
        all.stream().filter(c -> parent == null ? c.parentCode == null : parent.equals(c.parentCode))
                .sorted(Comparator.comparingInt((CatalogueColumn c) -> c.sortOrder).thenComparing(c -> c.code))
                .forEach(c -> out.add(column(c, children(all, c.code))));
        return out;
    }

    static ColumnView column(CatalogueColumn c, List<ColumnView> kids) {
        return new ColumnView(c.code, c.parentCode, c.nameZh, c.nameEn, c.sortOrder, c.departmentCode, c.responsiblePerson,
                c.updateDays, c.description, kids);
    }

    static VersionView version(CatalogueVersion v) {
        return new VersionView(v.versionNo, v.state.name(), v.reason, v.createdBy, String.valueOf(v.createdAt),
                v.publishedAt == null ? null : v.publishedAt.toString(), v.publishedBy);
    }

    @GET
    @PermitAll
    @Operation(summary = "The current catalogue 当前公开目录", description = "The portal's navigation: the latest published version as a tree.")
    public Uni<TreeView> current() {
        return catalogue.current().map(CatalogueResource::view);
    }

    @GET
    @Path("/versions")
    @PermitAll
    @Operation(summary = "All versions 目录版本", description = "Every version stays readable (R7).")
    public Uni<List<VersionView>> versions() {
        return catalogue.versions().map(l -> l.stream().map(CatalogueResource::version).toList());
    }

    @GET
    @Path("/versions/{no}")
    @PermitAll
    @Operation(summary = "One version 某一版本目录")
    @APIResponse(responseCode = "200", description = "The version as a tree")
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TreeView> version(@PathParam("no") int no) {
        return catalogue.version(no).map(CatalogueResource::view);
    }

    @GET
    @Path("/draft")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.ADMIN})
    @Operation(summary = "The draft being edited 编辑中的目录")
    @APIResponse(responseCode = "200", description = "The draft as a tree")
    @APIResponse(responseCode = "404", description = "No draft open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TreeView> draft() {
        return catalogue.draft().map(CatalogueResource::view);
    }

    @Schema(name = "CatalogueDraftRequest")
    public record DraftRequest(@NotBlank @Size(max = 500) @Schema(examples = "科室职责调整：新设督导室") String reason) {}

    @POST
    @Path("/draft")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a draft version 新建目录版本", description = "A copy of the current version to edit.")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "409", description = "A draft is already open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> openDraft(@Valid @NotNull DraftRequest r) {
        return catalogue.openDraft(r.reason(), Actor.of(user)).map(t -> Response.status(201).entity(view(t)).build());
    }

    @Schema(name = "CatalogueColumnRequest")
    public record ColumnRequest(@Size(max = 64) @Schema(examples = "XQHF") String code, @Size(max = 64) String parentCode,
                                @Schema(examples = "学区划分") String nameZh, @Schema(examples = "School districts") String nameEn,
                                Integer sortOrder, @Schema(examples = "JCJY") String departmentCode,
                                @Schema(examples = "张伟") String responsiblePerson, @Schema(examples = "180") Integer updateDays,
                                @Size(max = 500) String description) {
        CatalogueService.ColumnInput input() {
            return new CatalogueService.ColumnInput(code, parentCode, nameZh, nameEn, sortOrder, departmentCode, responsiblePerson, updateDays, description);
        }
    }

    @POST
    @Path("/draft/columns")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a column to the draft 新增栏目")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> addColumn(@Valid @NotNull ColumnRequest r) {
        return catalogue.addColumn(r.input(), Actor.of(user)).map(c -> Response.status(201).entity(column(c, List.of())).build());
    }

    @PUT
    @Path("/draft/columns/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a column of the draft 修改栏目")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such column in the draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ColumnView> updateColumn(@PathParam("code") String code, @Valid @NotNull ColumnRequest r) {
        return catalogue.updateColumn(code, r.input(), Actor.of(user)).map(c -> column(c, List.of()));
    }

    @DELETE
    @Path("/draft/columns/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Remove a column from the draft 删除栏目")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "It has sub-columns", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> removeColumn(@PathParam("code") String code) {
        return catalogue.removeColumn(code, Actor.of(user)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/draft/publication")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Publish the draft 发布目录", description = "Becomes the portal's navigation; fulfils open R7 obligations.")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "404", description = "No draft open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TreeView> publish() {
        return catalogue.publishDraft(Actor.of(user)).map(CatalogueResource::view);
    }

    @Schema(name = "DutyChangeRequest")
    public record DutyChange(@NotBlank @Size(max = 300) @Schema(examples = "职业教育与成人教育科职责划转") String description,
                             @NotNull @Schema(examples = "2026-11-27") LocalDate effective) {}

    @POST
    @Path("/duty-changes")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a change of duties 登记职责调整", description = "Opens the R7 obligation: adjust and re-publish the catalogue within 20 working days.")
    @APIResponse(responseCode = "201", description = "The obligation opened")
    public Uni<Response> dutyChange(@Valid @NotNull DutyChange r) {
        return catalogue.registerDutyChange(r.description(), r.effective(), Actor.of(user))
                .flatMap(o -> obligations.get(o.id)).map(row -> Response.status(201).entity(ObligationView.of(row)).build());
    }
}
