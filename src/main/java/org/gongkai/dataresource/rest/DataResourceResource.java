package org.gongkai.dataresource.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.paging.Where;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.dataresource.DataCatalogue;
import org.gongkai.dataresource.DataResource;
import org.gongkai.dataresource.service.DataCatalogueService;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.publication.PublicationState;

/**
 * The data resource catalogue for the staff (R37–R39): the info section and the office keep it; a department
 * describes the resources it provides; every member of staff reads it. A resource is addressed by its code.
 */
@Path("/api/v1/data-resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data resources 信息数据资源", description = "The resource catalogue with fields, sensitivity and masking rules, share and open types; versioned, "
        + "published through the review; a change opens R39 (republish within 20 working days)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DataResourceResource {
    @Inject
    DataCatalogueService service;
    @Inject
    ObligationService obligations;
    @Inject
    org.gongkai.dataresource.service.DataReleaseService releases;
    @Inject
    CurrentUser user;

    @Schema(name = "DataResourceRequest")
    public record ResourceRequest(@Schema(examples = "01.02-0001") String code, @Schema(description = "类/项/目/细目, two digits each", examples = "01.02") String classification,
                                  @Schema(examples = "全市中小学学校名录") String name, String providerDepartmentCode, String summary,
                                  DataResource.Format format, DataResource.ShareType shareType,
                                  @Schema(description = "the condition or the legal basis, unless UNCONDITIONAL") String shareCondition,
                                  DataResource.OpenType openType, @Schema(description = "the condition or the legal basis, unless OPEN") String openCondition,
                                  DataResource.Cycle updateCycle, @Schema(description = "the information system that carries it, if one does") String systemName,
                                  List<String> relatedCodes, List<DataCatalogueService.Field> fields) {
        DataCatalogueService.ResourceInput input() {
            return new DataCatalogueService.ResourceInput(code, classification, name, providerDepartmentCode, summary, format, shareType, shareCondition, openType,
                    openCondition, updateCycle, systemName, relatedCodes, fields);
        }
    }

    @Schema(name = "DataCatalogueVersion")
    public record VersionView(int version, java.time.LocalDate publishedOn, long itemId, String reason, int resources) {
        /** The versions, newest first, without their snapshots. */
        static final String QUERY = "select new org.gongkai.dataresource.rest.DataResourceResource$VersionView(version, publishedOn, itemId, reason, resources) "
                + "from DataCatalogueVersion order by version desc";
    }

    @Schema(name = "DataCatalogue")
    public record CatalogueView(int publishedVersion, long resources, @Schema(description = "changed since it was last drafted for the review") boolean changedSinceDrafted,
                                Long itemId, PublicationState itemState, @Schema(description = "the R39 clock, while one runs") ObligationView obligation,
                                List<VersionView> versions) {}

    public record Reason(@Schema(examples = "职责调整，该资源改由信息科提供") String reason) {}

    /** The info section and the office describe any resource; a department's staff the ones it provides. */
    private void mayDescribe(String providerDepartmentCode) {
        if (user.hasAnyRole(Roles.INFO_SECTION, Roles.OFFICE, Roles.OFFICE_HEAD)) return;
        if (user.hasAnyRole(Roles.STAFF, Roles.DEPARTMENT_HEAD) && user.worksIn(providerDepartmentCode)) return;
        throw ProblemException.forbidden("the info section and the office keep the catalogue; a department describes the resources it provides");
    }

    private void keeper() {
        if (!user.hasAnyRole(Roles.INFO_SECTION, Roles.OFFICE, Roles.OFFICE_HEAD)) throw ProblemException.forbidden("the info section and the office publish the catalogue");
    }

    @GET
    @Operation(summary = "The resources as being edited 资源目录（编辑中）", description = "q: part of the name or code; department: provided by it; shareType; openType.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<PublicResource>> list(@QueryParam("q") String q, @QueryParam("department") String department, @QueryParam("shareType") String shareType,
                                          @QueryParam("openType") String openType, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("code", "name", "updatedAt"), "code,asc");
        DataResource.ShareType st = Validation.blank(shareType) ? null : v.enumValue("shareType", shareType, DataResource.ShareType.class, null);
        DataResource.OpenType ot = Validation.blank(openType) ? null : v.enumValue("openType", openType, DataResource.OpenType.class, null);
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        Where w = new Where().and(!Validation.blank(department), "providerDepartmentCode = :d", "d", department == null ? null : department.trim())
                .and(st != null, "shareType = :st", "st", st).and(ot != null, "openType = :ot", "ot", ot).containsAny(List.of("name", "code"), "q", q);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, DataResource.class, Where.orderBy(page.sort()), page)))
                .map(p -> p.map(PublicResource::of));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a resource 新增资源", description = "Into the register being edited; opens the R39 clock if none runs.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "school directory", value = """
            {"code":"01.02-0001","classification":"01.02","name":"全市中小学学校名录","providerDepartmentCode":"JCJY","summary":"全市中小学校名称、地址、办学类型",
             "format":"SHEET","shareType":"UNCONDITIONAL","openType":"OPEN","updateCycle":"YEARLY","systemName":"教育管理信息系统",
             "fields":[{"name":"学校名称","type":"STRING","sensitivity":"PUBLIC"},{"name":"校长姓名","type":"STRING","sensitivity":"MASKED","mask":"KEEP_ENDS:1,0"}]}""")))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken, or the catalogue is in the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> add(ResourceRequest r) {
        return service.add(r == null ? null : r.input(), Actor.of(user), this::mayDescribe).map(x -> Response.status(201).entity(PublicResource.of(x)).build());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a resource 修改资源", description = "Its code stays; the published versions keep what they said.")
    @APIResponse(responseCode = "200", description = "Changed (or the same: nothing to change)")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PublicResource> change(@PathParam("code") String code, ResourceRequest r) {
        return service.change(code, r == null ? null : r.input(), Actor.of(user), this::mayDescribe).map(PublicResource::of);
    }

    @POST
    @Path("/{code}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a resource off the catalogue 删除资源", description = "With the reason, from the next version; the published versions keep it.")
    @APIResponse(responseCode = "204", description = "Off the register")
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resource", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retire(@PathParam("code") String code, Reason r) {
        return service.retire(code, r == null ? null : r.reason(), Actor.of(user), this::mayDescribe).replaceWith(Response.noContent().build());
    }

    @Schema(name = "DataChange")
    public record Change(@Schema(description = "the day the data changed (default today)") java.time.LocalDate changedOn) {}

    @Schema(name = "DataRelease")
    public record ReleaseView(int seq, java.time.LocalDate changedOn, List<String> columns, int rows, String receivedBy, java.time.Instant receivedAt) {
        static ReleaseView of(org.gongkai.dataresource.DataRelease x) {
            return new ReleaseView(x.seq, x.changedOn, java.util.Arrays.asList(x.columns.split(",")), x.rowsCount, x.receivedBy, x.receivedAt);
        }
    }

    @POST
    @Path("/{code}/data-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the data changed 登记数据变化", description = "For a resource no system carries (R40): its department reports the new "
            + "data within 20 working days (a setting); the clock opens now, from the day given.")
    @APIResponse(responseCode = "204", description = "Recorded; the R40 clock runs")
    @APIResponse(responseCode = "404", description = "No such resource", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A system carries it: shared by API call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> changed(@PathParam("code") String code, Change c) {
        return releases.changed(code, c == null ? null : c.changedOn(), Actor.of(user), this::mayDescribe).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{code}/releases")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Report the data 报送数据", description = "A CSV (UTF-8 or GB 18030) or an XLSX workbook (its first sheet) whose header names the resource's fields; stored encrypted; "
            + "meets the R40 clock. An open resource's newest release is downloadable on the portal, desensitised by its fields' rules.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "学校名称,校长姓名\n临沂第一中学,王建国\n")))
    @APIResponse(responseCode = "201", description = "Received")
    @APIResponse(responseCode = "400", description = "A column is not a field, or a row is short", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> release(@PathParam("code") String code, @QueryParam("changedOn") String changedOn, byte[] body) {
        Validation v = new Validation();
        java.time.LocalDate day = v.date("changedOn", changedOn, false);
        v.throwIfInvalid();
        return releases.release(code, body, day, Actor.of(user), this::mayDescribe).map(x -> Response.status(201).entity(ReleaseView.of(x)).build());
    }

    @GET
    @Path("/{code}/releases")
    @Operation(summary = "A resource's releases 数据报送记录", description = "Newest first (at most 20): when, which columns, how many rows — never the data.")
    @APIResponse(responseCode = "200", description = "The releases")
    public Uni<List<ReleaseView>> releaseList(@PathParam("code") String code) {
        return releases.releases(code).map(l -> l.stream().map(ReleaseView::of).toList());
    }

    @GET
    @Path("/catalogue")
    @Operation(summary = "Where the catalogue stands 资源目录公布情况", description = "Its versions, whether it changed since it was drafted, its item and the R39 clock.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public Uni<CatalogueView> catalogue() {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(DataCatalogue.class, DataCatalogue.ID).flatMap(c -> s.createQuery(
                        "select count(*) from DataResource", Long.class).getSingleResult()
                .flatMap(n -> s.createQuery(VersionView.QUERY, VersionView.class).getResultList()
                        .flatMap(vs -> (c.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : s.find(InfoItem.class, c.itemId))
                                .flatMap(i -> obligations.rowsFor(DataCatalogueService.SUBJECT, List.of("catalogue")).map(os -> new CatalogueView(c.publishedVersion, n,
                                        c.changedSinceDrafted(), c.itemId, i == null ? null : i.state,
                                        os.stream().filter(o -> o.obligation().state == org.gongkai.compliance.ObligationState.OPEN).findFirst().map(ObligationView::of).orElse(null),
                                        vs))))))));
    }

    @POST
    @Path("/catalogue/list-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the catalogue for publication 起草资源目录公开稿", description = "By the info section or the office: the register as its "
            + "DATA_CATALOGUE item for the review; once published, drafting again revises it into a new version, with what changed.")
    @APIResponse(responseCode = "200", description = "The item, drafted")
    @APIResponse(responseCode = "400", description = "No reason for a published catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No resource, or nothing changed since the published version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> draft(Reason r) {
        keeper();
        return service.draft(r == null ? null : r.reason(), Actor.of(user)).map(ItemView::of);
    }
}
