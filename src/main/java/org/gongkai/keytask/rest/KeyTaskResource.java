package org.gongkai.keytask.rest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.worker.Workers;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.keytask.KeyTask;
import org.gongkai.keytask.KeyTaskMilestone;
import org.gongkai.keytask.KeyTaskPlan;
import org.gongkai.keytask.KeyTaskProgress;
import org.gongkai.keytask.KeyTaskRectification;
import org.gongkai.keytask.KeyTaskRound;
import org.gongkai.keytask.service.KeyTaskService;
import org.gongkai.keytask.service.KeyTaskSheet;

/** The key-task ledger for the staff (重点工作台账, R33): the office keeps it; lead departments report progress and rectifications. */
@Path("/api/v1/key-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key tasks 重点工作", description = "The ledger, the division published in the first quarter, half-yearly inspections with progress, problems and rectifications (R33)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class KeyTaskResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    KeyTaskService service;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;
    @Inject
    Workers workers;

    @Schema(name = "KeyTaskMilestoneInput")
    public record MilestoneRequest(@Schema(examples = "出台实施方案") String title, @Schema(examples = "2027-03-31") LocalDate dueOn) {}

    @Schema(name = "KeyTaskRequest")
    public record TaskRequest(@Schema(examples = "2027") Integer year, @Schema(description = "a task of the same year, at the top: this one is its sub-task") Long parentId,
                              KeyTask.Source source, @Schema(examples = "推进义务教育优质均衡发展") String title, String measures,
                              @Schema(examples = "JCJY") String leadDepartmentCode, List<String> supportingDepartmentCodes,
                              @Schema(description = "the leader in charge (分管领导)", examples = "张明") String leader,
                              @Schema(description = "1–100, default 10: how much it counts in its parent's progress") Integer weight,
                              List<MilestoneRequest> milestones) {
        KeyTaskService.TaskInput input() {
            return new KeyTaskService.TaskInput(year, parentId, source, title, measures, leadDepartmentCode, supportingDepartmentCodes, leader, weight,
                    milestones == null ? null : milestones.stream().map(m -> m == null ? null : new KeyTaskService.MilestoneInput(m.title(), m.dueOn())).toList());
        }
    }

    @Schema(name = "KeyTaskMilestone")
    public record MilestoneView(long id, int seq, String title, LocalDate dueOn, LocalDate doneOn) {
        public static MilestoneView of(KeyTaskMilestone m) {
            return new MilestoneView(m.id, m.seq, m.title, m.dueOn, m.doneOn);
        }
    }

    @Schema(name = "KeyTask")
    public record TaskView(long id, String refNo, int year, Long parentId, KeyTask.Source source, String title, String measures, String leadDepartmentCode,
                           List<String> supportingDepartmentCodes, String leader, int weight, KeyTask.State state,
                           @Schema(description = "the latest reported progress, %; a parent's is its sub-tasks' weighted") Integer percent,
                           List<MilestoneView> milestones) {
        static TaskView of(KeyTask t, List<KeyTaskMilestone> ms, Integer percent) {
            return new TaskView(t.id, t.refNo, t.year, t.parentId, t.source, t.title, t.measures, t.leadDepartmentCode, t.supporting(), t.leader, t.weight, t.state,
                    percent, ms.stream().map(MilestoneView::of).toList());
        }
    }

    @Schema(name = "KeyTaskRound")
    public record RoundView(long id, int year, int half, KeyTaskRound.State state, Long itemId, LocalDate publishedOn) {
        static RoundView of(KeyTaskRound r) {
            return new RoundView(r.id, r.year, r.half, r.state, r.itemId, r.publishedOn);
        }
    }

    @Schema(name = "KeyTaskProgress")
    public record ProgressView(long id, long roundId, int percent, String progress, String problems, String reportedBy, String reportedAt) {
        static ProgressView of(KeyTaskProgress p) {
            return new ProgressView(p.id, p.roundId, p.percent, p.progress, p.problems, p.reportedBy, p.reportedAt.toString());
        }
    }

    @Schema(name = "KeyTaskRectification")
    public record RectificationView(long id, long roundId, String problem, String measure, LocalDate dueOn, KeyTaskRectification.State state, String evidence,
                                    String doneAt, @Schema(description = "its clock (R33-RECT)") ObligationView obligation) {
        static RectificationView of(KeyTaskRectification x, ObligationView o) {
            return new RectificationView(x.id, x.roundId, x.problem, x.measure, x.dueOn, x.state, x.evidence, x.doneAt == null ? null : x.doneAt.toString(), o);
        }
    }

    @Schema(name = "KeyTaskDetail")
    public record Detail(TaskView task, List<TaskView> children, List<ProgressView> progress, List<RectificationView> rectifications, List<RoundView> rounds) {}

    @Schema(name = "KeyTaskYear")
    public record YearView(int year, @Schema(description = "the division's item, once drafted") Long planItemId, LocalDate planPublishedOn,
                           List<RoundView> rounds, @Schema(description = "the division's fixed date (R33) and the half-year inspections (R33-INSP)") List<ObligationView> obligations) {}

    @Schema(name = "KeyTaskImport")
    public record Imported(int created, List<TaskView> tasks) {}

    public record Reason(@Schema(examples = "根据市政府工作报告调整") String reason) {}

    public record RoundRequest(@Schema(examples = "2027") Integer year, @Schema(description = "1 the first half, 2 the second") Integer half) {}

    @Schema(name = "KeyTaskProgressRequest")
    public record ProgressRequest(Long roundId, @Schema(examples = "60") Integer percent, @Schema(examples = "已完成3所学校改扩建") String progress,
                                  @Schema(examples = "部分项目用地审批滞后") String problems) {}

    @Schema(name = "KeyTaskRectificationRequest")
    public record RectificationRequest(Long roundId, String problem, String measure, LocalDate dueOn) {}

    public record Evidence(@Schema(examples = "已完成用地审批，项目开工") String evidence) {}

    public record MilestoneDone(@Schema(description = "default today") LocalDate doneOn) {}

    private void office() {
        if (!user.office()) throw ProblemException.forbidden("the office keeps the key-task ledger");
    }

    private void lead(KeyTask t) {
        user.checkOfficeOrWorksIn(t.leadDepartmentCode, "the lead department, or the office");
    }

    // ------------------------------------------------------------------ the ledger

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a task 新增重点工作任务", description = "By the office.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "task", value = """
            {"year":2027,"source":"CITY_REPORT","title":"推进义务教育优质均衡发展","measures":"新建改扩建中小学10所，新增学位1.2万个。",
             "leadDepartmentCode":"JCJY","supportingDepartmentCodes":["ZCFG"],"leader":"张明","weight":20,
             "milestones":[{"title":"出台实施方案","dueOn":"2027-03-31"},{"title":"完成年度建设任务","dueOn":"2027-12-31"}]}""")))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull TaskRequest r) {
        office();
        return service.create(r.input(), Actor.of(user)).flatMap(st -> detail(st.task().id)).map(d -> Response.status(201).entity(d).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a task 修改任务", description = "By the office; milestones already reached keep their date. The published division changes only when drafted again.")
    @APIResponse(responseCode = "200", description = "The task now")
    public Uni<Detail> update(@PathParam("id") long id, @NotNull TaskRequest r) {
        office();
        return service.update(id, r.input(), Actor.of(user)).flatMap(st -> detail(id));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop a task 撤销任务", description = "By the office, with the reason; its history stays, its open rectifications' clocks end.")
    @APIResponse(responseCode = "200", description = "The task now")
    public Uni<Detail> cancel(@PathParam("id") long id, @NotNull Reason r) {
        office();
        return service.cancel(id, r.reason(), Actor.of(user)).flatMap(t -> detail(id));
    }

    @GET
    @Operation(summary = "The ledger 重点工作台账", description = "A year's tasks (default this year), parents before their sub-tasks; department: led or supported by it.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<TaskView>> list(@QueryParam("year") Integer year, @QueryParam("department") String department, @QueryParam("state") String state,
                                    @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,asc");
        KeyTask.State st = Validation.blank(state) ? null : v.enumValue("state", state, KeyTask.State.class, null);
        v.check(year == null || (year >= 2000 && year <= 2100), "year", "between 2000 and 2100");
        v.throwIfInvalid();
        int y = year == null ? java.time.Year.now().getValue() : year;
        String dept = Validation.blank(department) ? null : department.trim();
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            var w = new org.gongkai.common.paging.Where("year = :y", "y", y)
                    .and(dept != null, "(leadDepartmentCode = :d or concat(',', supportingDepartments, ',') like :dl)",
                            dept == null ? Map.of() : Map.of("d", dept, "dl", "%," + dept + ",%"))
                    .and(st != null, "state = :st", "st", st);
            return w.page(s, KeyTask.class, "order by coalesce(parentId, id), parentId nulls first, id", page).flatMap(p -> service.milestonesOfAll(p.items())
                    .flatMap(ms -> service.latestPercents(p.items(), false).map(pc -> {
                        Map<Long, List<KeyTaskMilestone>> byTask = ms.stream().collect(Collectors.groupingBy(m -> m.taskId));
                        return p.map(t -> TaskView.of(t, byTask.getOrDefault(t.id, List.of()), pc.get(t.id)));
                    })));
        }));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One task with its sub-tasks, progress, rectifications and clocks")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A milestone reached 节点完成", description = "By the lead department or the office.")
    @APIResponse(responseCode = "200", description = "The task now")
    public Uni<Detail> milestoneDone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, MilestoneDone r) {
        return service.milestoneDone(id, milestoneId, r == null ? null : r.doneOn(), Actor.of(user), this::lead).flatMap(m -> detail(id));
    }

    @POST
    @Path("/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress 报送进展", description = "By the lead department (or the office) in an open inspection round; reported again, it replaces the report.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "progress", value = """
            {"roundId":1,"percent":60,"progress":"已完成3所学校改扩建，新增学位4800个。","problems":"部分项目用地审批滞后"}""")))
    @APIResponse(responseCode = "200", description = "The task now")
    public Uni<Detail> progress(@PathParam("id") long id, @NotNull ProgressRequest r) {
        return service.report(id, new KeyTaskService.ProgressInput(r.roundId(), r.percent(), r.progress(), r.problems()), Actor.of(user), this::lead)
                .flatMap(p -> detail(id));
    }

    @POST
    @Path("/{id}/rectifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Require a rectification 督查问题整改", description = "By the office: a problem found in a round, the measure, due on a day (R33-RECT on the lead department, "
            + "moved to the next working day when it falls on a day off).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rectification", value = """
            {"roundId":1,"problem":"部分项目用地审批滞后","measure":"会同自然资源部门建立用地审批专班","dueOn":"2027-08-31"}""")))
    @APIResponse(responseCode = "201", description = "Recorded; the task now")
    public Uni<Response> rectify(@PathParam("id") long id, @NotNull RectificationRequest r) {
        office();
        return service.rectify(id, new KeyTaskService.RectificationInput(r.roundId(), r.problem(), r.measure(), r.dueOn()), Actor.of(user))
                .flatMap(x -> detail(id)).map(d -> Response.status(201).entity(d).build());
    }

    @POST
    @Path("/{id}/rectifications/{rectificationId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rectification done 整改完成", description = "By the lead department (or the office), with its evidence: meets its clock, on time or late.")
    @APIResponse(responseCode = "200", description = "The task now")
    public Uni<Detail> rectified(@PathParam("id") long id, @PathParam("rectificationId") long rectificationId, @NotNull Evidence r) {
        return service.rectified(id, rectificationId, r.evidence(), Actor.of(user), this::lead).flatMap(x -> detail(id));
    }

    // ------------------------------------------------------------------ the year: division and rounds

    @GET
    @Path("/years/{year}")
    @Operation(summary = "A year's division and inspection rounds, with their clocks")
    @APIResponse(responseCode = "200", description = "The year")
    public Uni<YearView> year(@PathParam("year") int year) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(KeyTaskPlan.class, year)).flatMap(p -> service.rounds(year)
                .flatMap(rs -> obligations.rowsFor(org.gongkai.compliance.service.QuotaService.SUBJECT, List.of(KeyTaskService.PLAN_QUOTA + ":" + year + "-01-01",
                                KeyTaskService.ROUND_QUOTA + ":" + year + "-01-01", KeyTaskService.ROUND_QUOTA + ":" + year + "-07-01"))
                        .map(os -> new YearView(year, p == null ? null : p.itemId, p == null ? null : p.publishedOn, rs.stream().map(RoundView::of).toList(),
                                os.stream().map(ObligationView::of).toList())))));
    }

    @POST
    @Path("/years/{year}/plan-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the division 起草任务分解公开稿", description = "By the office: the year's tasks as a KEY_TASK_PLAN item for the review; its publication "
            + "makes them public and meets the R33 fixed date (31 March). Drafted again after the ledger changed, the published division is revised with the reason.")
    @APIResponse(responseCode = "200", description = "The item, a draft")
    @APIResponse(responseCode = "409", description = "No task of the year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> planItem(@PathParam("year") int year, Reason r) {
        office();
        return service.draftPlan(year, r == null ? null : r.reason(), Actor.of(user)).map(ItemView::of);
    }

    @POST
    @Path("/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a half-yearly inspection 启动督查", description = "By the office, once the year's division is published; the lead departments are told to report.")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "409", description = "Open already, or the division not published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> openRound(@NotNull RoundRequest r) {
        office();
        return service.openRound(r.year(), r.half(), Actor.of(user)).map(x -> Response.status(201).entity(RoundView.of(x)).build());
    }

    @POST
    @Path("/rounds/{roundId}/progress-item")
    @Operation(summary = "Draft the round's progress 起草督查情况公开稿", description = "By the office, once every task of the year has reported: a KEY_TASK_PROGRESS item for "
            + "the review; its publication makes the progress public and counts towards the half-year inspection (R33-INSP).")
    @APIResponse(responseCode = "200", description = "The item, a draft")
    @APIResponse(responseCode = "409", description = "A task has not reported", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> roundItem(@PathParam("roundId") long roundId) {
        office();
        return service.draftRound(roundId, Actor.of(user)).map(ItemView::of);
    }

    // ------------------------------------------------------------------ the sheet

    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "Export the ledger 导出台账", description = "format=csv (default) or xlsx: the year's tasks in the import's columns, with the latest reported progress.")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Uni<Response> export(@QueryParam("year") Integer year, @QueryParam("format") String format) {
        Validation v = new Validation();
        v.check(year != null && year >= 2000 && year <= 2100, "year", "is required");
        v.check(format == null || format.equals("csv") || format.equals("xlsx"), "format", "csv or xlsx");
        v.throwIfInvalid();
        boolean xlsx = "xlsx".equals(format);
        String name = "key-tasks-" + year + (xlsx ? ".xlsx" : ".csv");
        return Panache.withSession(() -> service.exportRows(year)).flatMap(rows -> workers.run(() -> xlsx ? (Object) KeyTaskSheet.xlsx(year, rows) : KeyTaskSheet.csv(rows)))
                .map(body -> Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build());
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", XLSX})
    @Operation(summary = "Import tasks 导入任务", description = "By the office: a CSV or XLSX sheet in the export's columns (编号 empty; 上级任务 a task's number or #n, "
            + "the row of a parent above; 时间节点 lines \"2027-03-31 完成方案\"). Every failing cell is named (rows[n].field); one failing row and nothing is stored.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = """
            编号,年度,上级任务,来源,任务名称,主要措施,牵头单位,配合单位,分管领导,权重,时间节点,最新进度
            ,2027,,市政府工作报告,推进义务教育优质均衡发展,新建改扩建中小学10所,JCJY,ZCFG,张明,20,2027-03-31 出台实施方案,
            """)))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A cell is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importSheet(byte[] body, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        office();
        if (body == null || body.length == 0) throw ProblemException.badField("file", "is empty");
        if (body.length > 5 * 1024 * 1024) throw ProblemException.badField("file", "at most 5 MB");
        boolean xlsx = headers.getMediaType() != null && XLSX.equals(headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype());
        return workers.run(() -> KeyTaskSheet.tasks(KeyTaskSheet.read(body, xlsx)))
                .flatMap(rows -> service.importTasks(rows, Actor.of(user)))
                .map(st -> Response.status(201).entity(new Imported(st.size(), st.stream().map(x -> TaskView.of(x.task(), x.milestones(), null)).toList())).build());
    }

    // ------------------------------------------------------------------ reading

    private Uni<Detail> detail(long id) {
        return Panache.withSession(() -> Found.require(KeyTask.class, id, "key task").flatMap(t -> service.milestonesOf(id).flatMap(ms -> service.children(id)
                .flatMap(kids -> service.milestonesOfAll(kids).flatMap(kms -> service.latestPercents(concat(t, kids), false).flatMap(pc -> service.history(id)
                        .flatMap(hs -> service.rectifications(id).flatMap(xs -> obligations.rowsFor("key-task-rectification", xs.stream().map(x -> String.valueOf(x.id)).toList())
                                .flatMap(os -> service.rounds(t.year).map(rs -> {
                                    Map<String, ObligationView> byX = new HashMap<>();
                                    for (var o : os) byX.put(o.obligation().subjectId, ObligationView.of(o));
                                    Map<Long, List<KeyTaskMilestone>> kidMs = kms.stream().collect(Collectors.groupingBy(m -> m.taskId));
                                    return new Detail(TaskView.of(t, ms, pc.get(t.id)),
                                            kids.stream().map(k -> TaskView.of(k, kidMs.getOrDefault(k.id, List.of()), pc.get(k.id))).toList(),
                                            hs.stream().map(ProgressView::of).toList(),
                                            xs.stream().map(x -> RectificationView.of(x, byX.get(String.valueOf(x.id)))).toList(),
                                            rs.stream().map(RoundView::of).toList());
                                }))))))))));
    }

    static List<KeyTask> concat(KeyTask t, List<KeyTask> kids) {
        List<KeyTask> all = new java.util.ArrayList<>(kids);
        all.add(0, t);
        return all;
    }
}
