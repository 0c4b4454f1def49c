package org.gongkai.inspection.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.gongkai.common.error.Found;
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
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.inspection.InspectionMatter;
import org.gongkai.inspection.InspectionTarget;
import org.gongkai.inspection.InspectionTask;
import org.gongkai.inspection.Inspector;
import org.gongkai.inspection.service.InspectionService;

/** Random inspections for the staff (双随机一公开, R34): the list and directories (the legal section), draws, results. */
@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Random inspections 双随机一公开", description = "The list of matters, target and inspector directories, the seeded replayable draw, results within 20 working days (R34)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InspectionResource {
    @Inject
    InspectionService service;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;

    @Schema(name = "InspectionMatterRequest")
    public record MatterRequest(@Schema(examples = "JY-001") String code, @Schema(examples = "民办学校办学行为检查") String name,
                                @Schema(description = "KEY (重点) or GENERAL (一般)") InspectionMatter.Kind kind, String legalBasis,
                                @Schema(description = "the inspecting department") String departmentCode, String content,
                                @Schema(examples = "现场检查") String method, @Schema(description = "share of the targets drawn, %") Integer ratioPercent,
                                @Schema(examples = "每年一次") String frequency) {}

    @Schema(name = "InspectionMatter")
    public record MatterView(long id, String code, String name, InspectionMatter.Kind kind, String legalBasis, String departmentCode, String content,
                             String method, int ratioPercent, String frequency) {
        static MatterView of(InspectionMatter m) {
            return new MatterView(m.id, m.code, m.name, m.kind, m.legalBasis, m.departmentCode, m.content, m.method, m.ratioPercent, m.frequency);
        }
    }

    @Schema(name = "InspectionTargetRequest")
    public record TargetRequest(String name, String creditCode, @Schema(description = "stored encrypted") String legalRepresentative,
                                @Schema(description = "stored encrypted") String address, @Schema(examples = "民办学校") String category) {}

    @Schema(name = "InspectionTarget")
    public record TargetView(long id, String name, String creditCode, String category) {
        static TargetView of(InspectionTarget t) {
            return new TargetView(t.id, t.name, t.creditCode, t.category);
        }
    }

    @Schema(name = "InspectorRequest")
    public record InspectorRequest(String name, @Schema(description = "执法证号") String certificateNo, String field, String departmentCode) {}

    @Schema(name = "Inspector")
    public record InspectorView(long id, String name, String certificateNo, String field, String departmentCode) {
        static InspectorView of(Inspector p) {
            return new InspectorView(p.id, p.name, p.certificateNo, p.field, p.departmentCode);
        }
    }

    @Schema(name = "InspectorConflictRequest")
    public record ConflictRequest(Long inspectorId, Long targetId, @Schema(examples = "近亲属在该校任职") String reason) {}

    @Schema(name = "InspectionDrawRequest")
    public record DrawRequest(Long matterId, @Schema(examples = "民办学校") String category, LocalDate startsOn, LocalDate endsOn,
                              @Schema(description = "at least 2 (default)") Integer inspectorsPerTarget,
                              @Schema(description = "the draw's seed: given (e.g. drawn in public from a lottery number) or chosen at random; recorded") Long seed) {}

    @Schema(name = "InspectionAssignment")
    public record AssignmentView(long id, TargetView target, List<InspectorView> inspectors, String finding, String handling) {}

    @Schema(name = "InspectionTask")
    public record TaskView(long id, String refNo, MatterView matter, String departmentCode, String category, LocalDate startsOn, LocalDate endsOn,
                           int inspectorsPerTarget, @Schema(description = "as text: a 64-bit number") String seed, InspectionTask.State state,
                           Long resultsItemId, LocalDate resultsPublishedOn, List<AssignmentView> assignments,
                           @Schema(description = "the results clock (R34-RES)") List<ObligationView> obligations) {}

    @Schema(name = "InspectionReplay")
    public record ReplayView(String seed, @Schema(description = "the replay gives the recorded draw") boolean same,
                             Map<String, List<Long>> recorded, Map<String, List<Long>> replayed) {}

    @Schema(name = "InspectionResultRequest")
    public record ResultRequest(@Schema(examples = "未发现问题") String finding, @Schema(examples = "无需处理") String handling) {}

    public record ConflictDeclared(boolean declared) {}

    private void legal() {
        if (!user.hasAnyRole(Roles.LEGAL, Roles.OFFICE, Roles.OFFICE_HEAD)) throw ProblemException.forbidden("the legal section keeps the list of matters and the directories");
    }

    private void checkCanWork(String departmentCode, Object id) {
        user.checkSeesDepartmentsDocuments(departmentCode, "inspection", id);
        user.checkOfficeOrWorksIn(departmentCode, "the inspecting department, or the office");
    }

    @POST
    @Path("/matters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a matter to the list 新增抽查事项", description = "By the legal section.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "matter", value = """
            {"code":"JY-001","name":"民办学校办学行为检查","kind":"KEY","legalBasis":"《中华人民共和国民办教育促进法》第四十一条","departmentCode":"JCJY",
             "content":"办学许可、招生简章、收费公示","method":"现场检查","ratioPercent":20,"frequency":"每年一次"}""")))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> addMatter(@NotNull MatterRequest r) {
        legal();
        return service.addMatter(new InspectionService.MatterInput(r.code(), r.name(), r.kind(), r.legalBasis(), r.departmentCode(), r.content(), r.method(),
                r.ratioPercent(), r.frequency()), Actor.of(user)).map(m -> Response.status(201).entity(MatterView.of(m)).build());
    }

    @GET
    @Path("/matters")
    @Operation(summary = "The list of matters 随机抽查事项清单")
    @APIResponse(responseCode = "200", description = "The active matters")
    public Uni<List<MatterView>> matters() {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from InspectionMatter where active = true order by code", InspectionMatter.class)
                .getResultList())).map(l -> l.stream().map(MatterView::of).toList());
    }

    @PUT
    @Path("/matters/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a matter 修改抽查事项", description = "By the legal section; the code stays. Draws from now on use it as changed; "
            + "the published list shows it once drafted again, as a new version.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such matter on the list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MatterView> changeMatter(@PathParam("id") long id, @NotNull MatterRequest r) {
        legal();
        return service.changeMatter(id, new InspectionService.MatterInput(r.code(), r.name(), r.kind(), r.legalBasis(), r.departmentCode(), r.content(), r.method(),
                r.ratioPercent(), r.frequency()), Actor.of(user)).map(MatterView::of);
    }

    @Schema(name = "InspectionMatterRetirement")
    public record Retirement(@Schema(examples = "该事项已并入民办学校年度检查") String reason) {}

    @POST
    @Path("/matters/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a matter off the list 删除抽查事项", description = "By the legal section, with the reason: no new draw of it; draws made keep it.")
    @APIResponse(responseCode = "204", description = "Off the list")
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such matter on the list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retireMatter(@PathParam("id") long id, Retirement r) {
        legal();
        return service.retireMatter(id, r == null ? null : r.reason(), Actor.of(user)).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/targets")
    @Operation(summary = "The target directory 检查对象名录库", description = "Active targets; q: part of the name or the credit code; category. "
            + "The legal representative and the address are not listed (stored encrypted).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<TargetView>> targets(@QueryParam("q") String q, @QueryParam("category") String category, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id", "name"), "id,asc");
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        Where w = new Where().and("active = true").and(!Validation.blank(category), "category = :c", "c", category == null ? null : category.trim())
                .containsAny(List.of("name", "creditCode"), "q", q);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, InspectionTarget.class, Where.orderBy(page.sort()), page)))
                .map(p -> p.map(TargetView::of));
    }

    @GET
    @Path("/inspectors")
    @Operation(summary = "The inspector directory 执法检查人员名录库", description = "Active inspectors; q: part of the name or the certificate number; department.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<InspectorView>> inspectors(@QueryParam("q") String q, @QueryParam("department") String department, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id", "name"), "id,asc");
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        Where w = new Where().and("active = true").and(!Validation.blank(department), "departmentCode = :d", "d", department == null ? null : department.trim())
                .containsAny(List.of("name", "certificateNo"), "q", q);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, Inspector.class, Where.orderBy(page.sort()), page)))
                .map(p -> p.map(InspectorView::of));
    }

    public record ListReason(@Schema(examples = "新增民办学校办学行为检查事项") String reason) {}

    @POST
    @Path("/matters/list-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the list for publication 起草抽查事项清单公开稿", description = "By the legal section: the active matters as an INSPECTION_LIST item for "
            + "the review. Drafted again once published, the list is revised into a new version with the reason (what changed); earlier versions stay readable.")
    @APIResponse(responseCode = "200", description = "The item, a draft or its new version")
    @APIResponse(responseCode = "400", description = "A published list redrafted without a reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> listItem(ListReason r) {
        legal();
        return service.draftList(r == null ? null : r.reason(), Actor.of(user)).map(ItemView::of);
    }

    @POST
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a target 新增检查对象", description = "By the legal section; the legal representative and the address are stored encrypted.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "target", value = """
            {"name":"临沂市启航培训学校","creditCode":"91350100M000100Y43","legalRepresentative":"王建国","address":"兰山区通达路1号","category":"民办学校"}""")))
    @APIResponse(responseCode = "201", description = "Added")
    public Uni<Response> addTarget(@NotNull TargetRequest r) {
        legal();
        return service.addTarget(new InspectionService.TargetInput(r.name(), r.creditCode(), r.legalRepresentative(), r.address(), r.category()), Actor.of(user))
                .map(t -> Response.status(201).entity(TargetView.of(t)).build());
    }

    @POST
    @Path("/inspectors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an inspector 新增执法检查人员", description = "By the legal section.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "inspector", value = """
            {"name":"刘强","certificateNo":"鲁0113001","field":"民办教育","departmentCode":"JCJY"}""")))
    @APIResponse(responseCode = "201", description = "Added")
    public Uni<Response> addInspector(@NotNull InspectorRequest r) {
        legal();
        return service.addInspector(new InspectionService.InspectorInput(r.name(), r.certificateNo(), r.field(), r.departmentCode()), Actor.of(user))
                .map(p -> Response.status(201).entity(InspectorView.of(p)).build());
    }

    @POST
    @Path("/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest 登记回避", description = "By the legal section: the inspector is never drawn for that target.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "conflict", value = "{\"inspectorId\":3,\"targetId\":12,\"reason\":\"近亲属在该校任职\"}")))
    @APIResponse(responseCode = "200", description = "Declared")
    public Uni<ConflictDeclared> conflict(@NotNull ConflictRequest r) {
        legal();
        return service.declareConflict(r.inspectorId(), r.targetId(), r.reason(), Actor.of(user)).replaceWith(new ConflictDeclared(true));
    }

    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draw 随机抽取", description = "By the matter's department: targets of a category by the matter's ratio, at least two inspectors each without a conflict; "
            + "the seed and pools are recorded so that anyone can replay it; the results clock opens from the last day.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "draw", value = """
            {"matterId":1,"category":"民办学校","startsOn":"2026-12-14","endsOn":"2026-12-18","inspectorsPerTarget":2}""")))
    @APIResponse(responseCode = "201", description = "Drawn")
    @APIResponse(responseCode = "409", description = "Not enough inspectors without a conflict", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> draw(@NotNull DrawRequest r) {
        return service.draw(new InspectionService.DrawInput(r.matterId(), r.category(), r.startsOn(), r.endsOn(), r.inspectorsPerTarget(), r.seed()), Actor.of(user),
                m -> checkCanWork(m.departmentCode, m.id)).flatMap(t -> detail(t.id)).map(d -> Response.status(201).entity(d).build());
    }

    @Schema(name = "InspectionTaskSummary")
    public record TaskSummary(long id, String refNo, long matterId, String departmentCode, String category, LocalDate startsOn, LocalDate endsOn,
                              InspectionTask.State state, LocalDate resultsPublishedOn) {
        static TaskSummary of(InspectionTask t) {
            return new TaskSummary(t.id, t.refNo, t.matterId, t.departmentCode, t.category, t.startsOn, t.endsOn, t.state, t.resultsPublishedOn);
        }
    }

    @GET
    @Path("/tasks")
    @Operation(summary = "Inspections 抽查任务", description = "A department sees its own; the legal section, the office, leaders and administrators all. Newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<org.gongkai.common.paging.Page<TaskSummary>> tasks(@jakarta.ws.rs.BeanParam org.gongkai.common.paging.PageRequest paging) {
        org.gongkai.common.error.Validation v = new org.gongkai.common.error.Validation();
        org.gongkai.common.paging.PageRequest.Checked page = paging.check(v, java.util.Set.of("startsOn", "id"), "startsOn,desc");
        v.throwIfInvalid();
        String dept = user.departmentScope(null, user.seesEveryDepartmentsDocuments(), "inspections");
        return Panache.withSession(() -> org.gongkai.common.paging.Pages.of(dept == null ? tasks.findAll(page.sort()) : tasks.find("departmentCode", page.sort(), dept), page))
                .map(pg -> pg.map(TaskSummary::of));
    }

    @Inject
    org.gongkai.inspection.repository.InspectionTaskRepository tasks;

    @GET
    @Path("/tasks/{id}")
    @Operation(summary = "One inspection with its draw, results and clock")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No such inspection (or another department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TaskView> get(@PathParam("id") long id) {
        return Panache.withSession(() -> Found.require(InspectionTask.class, id, "inspection")).invoke(t -> {
            user.checkSeesDepartmentsDocuments(t.departmentCode, "inspection", t.id);
        }).flatMap(t -> detail(id));
    }

    @GET
    @Path("/tasks/{id}/replay")
    @Operation(summary = "Replay the draw 复核抽取结果", description = "From the recorded seed and pools: the same targets with the same inspectors.")
    @APIResponse(responseCode = "200", description = "The replay")
    public Uni<ReplayView> replay(@PathParam("id") long id) {
        return get(id).flatMap(t -> service.replay(id)).map(r -> new ReplayView(String.valueOf(r.seed()), r.same(), byString(r.recorded()), byString(r.replayed())));
    }

    @POST
    @Path("/tasks/{id}/assignments/{assignmentId}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a target's result 录入检查结果", description = "By the inspecting department: the finding and its handling.")
    @APIResponse(responseCode = "200", description = "The inspection now")
    public Uni<TaskView> result(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId, @NotNull ResultRequest r) {
        return service.recordResult(id, assignmentId, r.finding(), r.handling(), Actor.of(user), t -> checkCanWork(t.departmentCode, t.id)).flatMap(a -> detail(id));
    }

    @POST
    @Path("/tasks/{id}/results-item")
    @Operation(summary = "Draft the results for publication 起草抽查结果公开稿", description = "Every target's finding and handling as an INSPECTION_RESULTS item for the review; "
            + "its publication meets the results clock and counts towards the department's yearly quota (R34).")
    @APIResponse(responseCode = "200", description = "The item, a draft")
    @APIResponse(responseCode = "409", description = "A target has no finding yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> resultsItem(@PathParam("id") long id) {
        return service.draftResults(id, Actor.of(user), t -> checkCanWork(t.departmentCode, t.id)).map(ItemView::of);
    }

    static Map<String, List<Long>> byString(Map<Long, List<Long>> m) {
        Map<String, List<Long>> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private Uni<TaskView> detail(long id) {
        return Panache.withSession(() -> Found.require(InspectionTask.class, id, "inspection").flatMap(t -> Found.require(InspectionMatter.class, t.matterId, "matter")
                .flatMap(m -> service.assignments(id).flatMap(as -> Panache.getSession().flatMap(s -> s.createQuery("from InspectionTarget where id in :ids", InspectionTarget.class)
                        .setParameter("ids", as.isEmpty() ? List.of(-1L) : as.stream().map(a -> a.targetId).toList()).getResultList())
                        .flatMap(targets -> Panache.getSession().flatMap(s -> s.createQuery("from Inspector where id in :ids", Inspector.class)
                                .setParameter("ids", InspectionService.ids(t.inspectorPool).isEmpty() ? List.of(-1L) : InspectionService.ids(t.inspectorPool)).getResultList())
                                .flatMap(people -> obligations.rowsFor(InspectionService.SUBJECT, List.of(String.valueOf(id))).map(rows -> {
                                    Map<Long, InspectionTarget> tById = targets.stream().collect(Collectors.toMap(x -> x.id, x -> x));
                                    Map<Long, Inspector> pById = people.stream().collect(Collectors.toMap(x -> x.id, x -> x));
                                    List<AssignmentView> views = as.stream().map(a -> new AssignmentView(a.id, TargetView.of(tById.get(a.targetId)),
                                            InspectionService.ids(a.inspectorIds).stream().map(pid -> InspectorView.of(pById.get(pid))).toList(), a.finding, a.handling)).toList();
                                    return new TaskView(t.id, t.refNo, MatterView.of(m), t.departmentCode, t.category, t.startsOn, t.endsOn, t.inspectorsPerTarget,
                                            String.valueOf(t.seed), t.state, t.resultsItemId, t.resultsPublishedOn, views, rows.stream().map(ObligationView::of).toList());
                                })))))));
    }
}
