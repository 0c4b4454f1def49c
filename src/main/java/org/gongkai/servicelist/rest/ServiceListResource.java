package org.gongkai.servicelist.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.publication.PublicationState;
import org.gongkai.servicelist.ServiceEntry;
import org.gongkai.servicelist.ServiceList;
import org.gongkai.servicelist.ServiceList.Kind;
import org.gongkai.servicelist.ServiceListVersion;
import org.gongkai.servicelist.service.ServiceListService;

/**
 * The service lists for the staff (R35): 权责清单 (POWER), 公共服务事项清单 (PUBLIC_SERVICE) and 办事指南 (GUIDE), kept by
 * the legal section; every member of staff reads them. An entry is addressed by its code within its list.
 */
@Path("/api/v1/service-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service lists 政务服务清单", description = "权责清单, 公共服务事项清单 and 办事指南 kept by the legal section, versioned, published through the review; "
        + "a change opens the R35-LIST clock (republish within 20 working days)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ServiceListResource {
    @Inject
    ServiceListService service;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;

    @Schema(name = "ServiceEntryRequest", description = "The fields of the list's kind: POWER needs responsibility and accountability; PUBLIC_SERVICE "
            + "serviceObject and channel; GUIDE conditions, materials (one a line), procedure, statutoryDays, venue, hours and phone. Others are ignored.")
    public record EntryRequest(@Schema(examples = "QZ-XK-001") String code, @Schema(examples = "民办学校设立审批") String name,
                               @Schema(description = "POWER: 行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决 or 其他行政权力; otherwise free text") String category,
                               @Schema(description = "the department that carries it out (实施主体)") String departmentCode, String legalBasis,
                               @Schema(description = "POWER: 责任事项") String responsibility, @Schema(description = "POWER: 追责情形") String accountability,
                               @Schema(description = "POWER: 监督电话") String supervisionPhone,
                               @Schema(description = "PUBLIC_SERVICE: 服务对象") String serviceObject, @Schema(description = "PUBLIC_SERVICE: 办理渠道") String channel,
                               @Schema(description = "GUIDE: the public service it guides") String serviceCode, @Schema(description = "GUIDE: 受理条件") String conditions,
                               @Schema(description = "GUIDE: 申请材料, one a line") String materials, @Schema(description = "GUIDE: 办理流程") String procedure,
                               @Schema(description = "GUIDE: 法定办结时限, working days") Integer statutoryDays,
                               @Schema(description = "GUIDE: 承诺办结时限, working days, at most the statutory") Integer promisedDays,
                               @Schema(description = "GUIDE: 办理地点") String venue, @Schema(description = "GUIDE: 办理时间") String hours,
                               @Schema(description = "GUIDE: 咨询电话") String phone, @Schema(description = "GUIDE: 网上办理 address") String onlineUrl,
                               @Schema(description = "PUBLIC_SERVICE, GUIDE: 收费 (default 不收费)") String fee) {
        ServiceListService.EntryInput input() {
            return new ServiceListService.EntryInput(code, name, category, departmentCode, legalBasis, responsibility, accountability, supervisionPhone,
                    serviceObject, channel, serviceCode, conditions, materials, procedure, statutoryDays, promisedDays, venue, hours, phone, onlineUrl, fee);
        }
    }

    @Schema(name = "ServiceEntry")
    public record EntryView(long id, Kind kind, String code, String name, String category, String departmentCode, String legalBasis,
                            String responsibility, String accountability, String supervisionPhone, String serviceObject, String channel,
                            String serviceCode, String conditions, @Schema(description = "one a line") List<String> materials, String procedure,
                            Integer statutoryDays, Integer promisedDays, String venue, String hours, String phone, String onlineUrl, String fee,
                            @Schema(description = "the first version it is in as it reads now") int fromVersion,
                            @Schema(description = "as it reads now, it is in a published version") boolean published, Instant updatedAt) {
        public static EntryView of(ServiceEntry e, int publishedVersion) {
            return new EntryView(e.id, e.kind, e.code, e.name, e.category, e.departmentCode, e.legalBasis, e.responsibility, e.accountability, e.supervisionPhone,
                    e.serviceObject, e.channel, e.serviceCode, e.conditions, e.materials == null ? null : Arrays.asList(e.materials.split("\n")), e.procedure,
                    e.statutoryDays, e.promisedDays, e.venue, e.hours, e.phone, e.onlineUrl, e.fee, e.fromVersion, e.fromVersion <= publishedVersion, e.updatedAt);
        }
    }

    @Schema(name = "ServiceListVersion")
    public record VersionView(int version, java.time.LocalDate publishedOn, long itemId, int itemVersion, String reason, int entries) {
        public static VersionView of(ServiceListVersion v) {
            return new VersionView(v.version, v.publishedOn, v.itemId, v.itemVersion, v.reason, v.entries);
        }
    }

    @Schema(name = "ServiceList")
    public record ListView(Kind kind, String nameZh, String nameEn, String columnCode, int publishedVersion, int editingVersion,
                           @Schema(description = "entries on the list as it is being edited") long entries,
                           @Schema(description = "entries added, changed or retired since the published version") long pendingChanges,
                           @Schema(description = "changed since it was last drafted for the review: draft it again before submitting") boolean changedSinceDrafted,
                           Long itemId, PublicationState itemState, @Schema(description = "the R35-LIST clock, while one runs") ObligationView obligation,
                           List<VersionView> versions) {}

    @Schema(name = "ServiceEntryRetirement")
    public record Retirement(@Schema(examples = "该事项已由市政府取消") String reason) {}

    @Schema(name = "ServiceListDraftRequest")
    public record DraftRequest(@Schema(description = "what changed: required once the list is published", examples = "新增民办学校分立、合并审批事项") String reason) {}

    static Kind kind(String value) {
        try {
            return Kind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("service list", value);
        }
    }

    private void legal() {
        if (!user.hasAnyRole(Roles.LEGAL, Roles.OFFICE, Roles.OFFICE_HEAD)) throw ProblemException.forbidden("the legal section keeps the service lists");
    }

    @GET
    @Operation(summary = "The service lists 政务服务清单", description = "The three lists: versions, what is pending, the item in the review and the R35-LIST clock.")
    @APIResponse(responseCode = "200", description = "The lists")
    public Uni<List<ListView>> lists() {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from ServiceList", ServiceList.class).getResultList()
                .flatMap(ls -> views(s, ls))));
    }

    @GET
    @Path("/{kind}")
    @Operation(summary = "One service list 清单概况")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No such list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ListView> list(@PathParam("kind") String kind) {
        Kind k = kind(kind);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(ServiceList.class, k).flatMap(l -> views(s, List.of(l))).map(l -> l.get(0))));
    }

    private Uni<List<ListView>> views(org.hibernate.reactive.mutiny.Mutiny.Session s, List<ServiceList> ls) {
        return s.createQuery("select kind, count(*) from ServiceEntry where toVersion is null group by kind", Object[].class).getResultList()
                .flatMap(counts -> s.createQuery("select e.kind, count(distinct e.code) from ServiceEntry e, ServiceList l where l.kind = e.kind "
                        + "and (e.fromVersion = l.publishedVersion + 1 or e.toVersion = l.publishedVersion + 1) group by e.kind", Object[].class).getResultList()
                        .flatMap(pending -> s.createQuery("from ServiceListVersion order by kind, version desc", ServiceListVersion.class).getResultList()
                                .flatMap(vs -> s.createQuery("from InfoItem where id in :ids", InfoItem.class)
                                        .setParameter("ids", ls.stream().map(l -> l.itemId == null ? -1L : l.itemId).toList()).getResultList()
                                        .flatMap(is -> obligations.rowsFor(ServiceListService.SUBJECT, ls.stream().map(l -> l.kind.name()).toList()).map(os -> {
                                            Map<Object, Long> open = counts.stream().collect(Collectors.toMap(r -> r[0], r -> (Long) r[1]));
                                            Map<Object, Long> changed = pending.stream().collect(Collectors.toMap(r -> r[0], r -> (Long) r[1]));
                                            Map<Long, PublicationState> states = is.stream().collect(Collectors.toMap(i -> i.id, i -> i.state));
                                            return ls.stream().sorted(java.util.Comparator.comparing(l -> l.kind)).map(l -> new ListView(l.kind, l.kind.zh, l.kind.en,
                                                    l.kind.column, l.publishedVersion, l.editingVersion(), open.getOrDefault(l.kind, 0L), changed.getOrDefault(l.kind, 0L),
                                                    l.changedSinceDrafted(), l.itemId, l.itemId == null ? null : states.get(l.itemId),
                                                    os.stream().filter(o -> o.obligation().subjectId.equals(l.kind.name())
                                                            && o.obligation().state == org.gongkai.compliance.ObligationState.OPEN).findFirst().map(ObligationView::of).orElse(null),
                                                    vs.stream().filter(v -> v.kind == l.kind).map(VersionView::of).toList())).toList();
                                        })))));
    }

    @GET
    @Path("/{kind}/entries")
    @Operation(summary = "The list's entries as being edited 清单事项", description = "q: part of the name or code; department: carried out by it; category.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<EntryView>> entries(@PathParam("kind") String kind, @QueryParam("q") String q, @QueryParam("department") String department,
                                        @QueryParam("category") String category, @BeanParam PageRequest paging) {
        Kind k = kind(kind);
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("code", "name", "updatedAt"), "code,asc");
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        Where w = new Where("kind = :k", "k", k).and("toVersion is null")
                .and(!Validation.blank(department), "departmentCode = :d", "d", department == null ? null : department.trim())
                .and(!Validation.blank(category), "category = :c", "c", category == null ? null : category.trim())
                .containsAny(List.of("name", "code"), "q", q);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(ServiceList.class, k).flatMap(l -> w.page(s, ServiceEntry.class,
                Where.orderBy(page.sort()), page).map(p -> p.map(e -> EntryView.of(e, l.publishedVersion))))));
    }

    @POST
    @Path("/{kind}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an entry 新增清单事项", description = "By the legal section: into the version being edited; opens the R35-LIST clock if none runs.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "guide", value = """
            {"code":"BS-001","name":"民办学校设立审批","category":"行政许可","departmentCode":"ZCFG","legalBasis":"《中华人民共和国民办教育促进法》第十二条",
             "conditions":"举办者具备相应条件","materials":"申办报告\\n举办者资格证明","procedure":"受理—审查—决定—送达","statutoryDays":20,"promisedDays":15,
             "venue":"市政务服务中心教育窗口","hours":"工作日9:00-17:00","phone":"0539-8123456"}""")))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken, or the list is in the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> add(@PathParam("kind") String kind, EntryRequest r) {
        legal();
        Kind k = kind(kind);
        return service.add(k, r == null ? null : r.input(), Actor.of(user)).map(e -> Response.status(201).entity(EntryView.of(e, e.fromVersion - 1)).build());
    }

    @PUT
    @Path("/{kind}/entries/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry 修改清单事项", description = "By the legal section. A published entry keeps what it said in the published versions; "
            + "the change goes into the version being edited. The code does not change.")
    @APIResponse(responseCode = "200", description = "Changed (or the same: nothing to change)")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry on the list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The list is in the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EntryView> change(@PathParam("kind") String kind, @PathParam("code") String code, EntryRequest r) {
        legal();
        Kind k = kind(kind);
        return service.change(k, code, r == null ? null : r.input(), Actor.of(user)).map(e -> EntryView.of(e, e.fromVersion - 1));
    }

    @POST
    @Path("/{kind}/entries/{code}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an entry off the list 删除清单事项", description = "By the legal section, with the reason: from the version being edited; "
            + "the published versions keep it.")
    @APIResponse(responseCode = "204", description = "Off the list being edited")
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry on the list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retire(@PathParam("kind") String kind, @PathParam("code") String code, Retirement r) {
        legal();
        Kind k = kind(kind);
        return service.retire(k, code, r == null ? null : r.reason(), Actor.of(user)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{kind}/list-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the list for publication 起草清单公开稿", description = "By the legal section: the list as being edited, as its SERVICE_LIST item for "
            + "the review. Once published, drafting again revises it into a new version, with what changed.")
    @APIResponse(responseCode = "200", description = "The item, drafted")
    @APIResponse(responseCode = "400", description = "No reason for a published list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No entry, nothing changed since the published version, or the list is in the review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> draft(@PathParam("kind") String kind, DraftRequest r) {
        legal();
        Kind k = kind(kind);
        return service.draft(k, r == null ? null : r.reason(), Actor.of(user)).map(ItemView::of);
    }
}
