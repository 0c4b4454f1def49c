package org.gongkai.keytask.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.gongkai.keytask.KeyTask;
import org.gongkai.keytask.KeyTaskMilestone;
import org.gongkai.keytask.KeyTaskProgress;
import org.gongkai.keytask.KeyTaskRectification;
import org.gongkai.keytask.KeyTaskRound;
import org.gongkai.keytask.service.KeyTaskService;

/**
 * The portal's key-tasks column (R33): the tasks of the years whose division is published, with the progress of the
 * published inspection rounds only (a report in an open round stays inside), a parent's progress its sub-tasks'
 * weighted, and each department's share as a chart that is also a table.
 */
@Path("/api/v1/portal/key-tasks")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalKeyTaskResource {
    @Inject
    KeyTaskService service;
    @Inject
    PublicCache cache;

    @Schema(name = "PortalKeyTaskChild")
    public record Child(long id, String refNo, String title, String leadDepartmentCode, int weight, Integer percent) {}

    @Schema(name = "PortalKeyTask")
    public record PublicTask(long id, String refNo, int year, Long parentId, KeyTask.Source source, String title, String measures, String leadDepartmentCode,
                             List<String> supportingDepartmentCodes, String leader, @Schema(description = "of the latest published round; a parent's, its sub-tasks' weighted") Integer percent,
                             List<KeyTaskResource.MilestoneView> milestones, List<Child> children) {}

    @Schema(name = "PortalKeyTaskHistory")
    public record HistoryEntry(int year, int half, LocalDate publishedOn, Long itemId, int percent, String progress, String problems,
                               List<PublicRectification> rectifications) {}

    @Schema(name = "PortalKeyTaskRectification")
    public record PublicRectification(String problem, String measure, LocalDate dueOn) {}

    @Schema(name = "PortalKeyTaskDetail")
    public record PublicDetail(PublicTask task, List<HistoryEntry> history) {}

    @Schema(name = "PortalKeyTaskDepartment")
    public record DepartmentShare(String departmentCode, String nameZh, String nameEn, long tasks, int percent, long done) {}

    @Schema(name = "PortalKeyTaskSummary")
    public record Summary(@Schema(description = "the years with a published division, newest first") List<Integer> years, Integer year,
                          List<DepartmentShare> departments) {}

    @GET
    @Path("/summary")
    @Operation(summary = "Key tasks by department 重点工作进展（按牵头单位）", description = "The years with a published division; for one year (default the newest), "
            + "each lead department's tasks (without sub-tasks: a parent counts through its sub-tasks), weighted progress and tasks done.")
    @APIResponse(responseCode = "200", description = "The summary")
    public Uni<Summary> summary(@QueryParam("year") Integer year) {
        return cache.get(List.of("portal-key-tasks-summary", String.valueOf(year)), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery(
                "select year from KeyTaskPlan where publishedOn is not null order by year desc", Integer.class).getResultList().flatMap(years -> {
                    Integer y = year != null ? (years.contains(year) ? year : null) : (years.isEmpty() ? null : years.get(0));
                    if (y == null) return Uni.createFrom().item(new Summary(years, null, List.of()));
                    return s.createNativeQuery("with latest as (select distinct on (p.task_id) p.task_id, p.percent from key_task_progress p "
                                    + "join key_task_round r on r.id = p.round_id and r.state = 'PUBLISHED' where r.year = :y order by p.task_id, r.half desc) "
                                    + "select t.lead_department_code, d.name_zh, d.name_en, count(*), "
                                    + "cast(round(sum(t.weight * coalesce(l.percent, 0))::numeric / sum(t.weight)) as int), count(*) filter (where l.percent = 100) "
                                    + "from key_task t join department d on d.code = t.lead_department_code left join latest l on l.task_id = t.id "
                                    + "where t.year = :y and t.state = 'ACTIVE' and not exists (select 1 from key_task c where c.parent_id = t.id and c.state = 'ACTIVE') "
                                    + "group by t.lead_department_code, d.name_zh, d.name_en, d.sort_order order by d.sort_order, t.lead_department_code", Object[].class)
                            .setParameter("y", y).getResultList().map(rows -> new Summary(years, y, rows.stream().map(r -> new DepartmentShare((String) r[0], (String) r[1],
                                    (String) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).intValue(), ((Number) r[5]).longValue())).toList()));
                }))));
    }

    @GET
    @Operation(summary = "Key tasks 重点工作", description = "A year's tasks at the top (default the newest year with a published division), each with its sub-tasks; "
            + "department: led by it; q: part of the title.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<PublicTask>> list(@QueryParam("year") Integer year, @QueryParam("department") String department, @QueryParam("q") String q,
                                      @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,asc");
        v.check(year == null || (year >= 2000 && year <= 2100), "year", "between 2000 and 2100");
        String text = Validation.blank(q) ? null : q.trim();
        v.check(text == null || text.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        String dept = Validation.blank(department) ? null : department.trim();
        return cache.get(List.of("portal-key-tasks", String.valueOf(year), String.valueOf(dept), String.valueOf(text), page.page(), page.size()),
                () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> publishedYear(s, year).flatMap(y -> {
                    if (y == null) return Uni.createFrom().item(Page.of(List.<PublicTask>of(), page, 0));
                    return new org.gongkai.common.paging.Where("year = :y", "y", y).and(true, "state = :a", "a", KeyTask.State.ACTIVE).and("parentId is null")
                            .and(dept != null, "leadDepartmentCode = :d", "d", dept).contains("title", "q", text)
                            .page(s, KeyTask.class, "order by id", page)
                            .flatMap(p -> publicTasks(s, p.items()).map(l -> new Page<>(l, p.page(), p.size(), p.total(), p.totalPages())));
                }))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One key task with its published progress 重点工作详情")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No such task on the portal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PublicDetail> get(@PathParam("id") long id) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(KeyTask.class, id).flatMap(t -> {
            if (t == null || t.state != KeyTask.State.ACTIVE) throw ProblemException.notFound("key task", id);
            return publishedYear(s, t.year).flatMap(y -> {
                if (y == null || y != t.year) throw ProblemException.notFound("key task", id);
                return publicTasks(s, List.of(t)).flatMap(pt -> s.createQuery("select r from KeyTaskRound r where r.year = :y and r.state = :p order by r.half", KeyTaskRound.class)
                        .setParameter("y", t.year).setParameter("p", KeyTaskRound.State.PUBLISHED).getResultList()
                        .flatMap(rounds -> service.history(id).flatMap(ps -> service.rectifications(id).map(xs -> {
                            Map<Long, KeyTaskProgress> byRound = ps.stream().collect(Collectors.toMap(p -> p.roundId, p -> p));
                            List<HistoryEntry> h = rounds.stream().filter(r -> byRound.containsKey(r.id)).map(r -> {
                                KeyTaskProgress p = byRound.get(r.id);
                                return new HistoryEntry(r.year, r.half, r.publishedOn, r.itemId, p.percent, p.progress, p.problems,
                                        xs.stream().filter(x -> x.roundId.equals(r.id)).map(PortalKeyTaskResource::rect).toList());
                            }).toList();
                            return new PublicDetail(pt.get(0), h);
                        }))));
            });
        })));
    }

    private static PublicRectification rect(KeyTaskRectification x) {
        return new PublicRectification(x.problem, x.measure, x.dueOn);
    }

    /** The year asked if its division is published, else null; no year: the newest published. */
    private static Uni<Integer> publishedYear(org.hibernate.reactive.mutiny.Mutiny.Session s, Integer year) {
        var query = s.createQuery("select year from KeyTaskPlan where publishedOn is not null" + (year == null ? "" : " and year = :y") + " order by year desc", Integer.class)
                .setMaxResults(1);
        if (year != null) query.setParameter("y", year);
        return query.getResultList().map(l -> l.isEmpty() ? null : l.get(0));
    }

    private Uni<List<PublicTask>> publicTasks(org.hibernate.reactive.mutiny.Mutiny.Session s, List<KeyTask> ts) {
        if (ts.isEmpty()) return Uni.createFrom().item(List.of());
        return s.createQuery("from KeyTask where parentId in :ids and state = :a order by id", KeyTask.class).setParameter("ids", ts.stream().map(t -> t.id).toList())
                .setParameter("a", KeyTask.State.ACTIVE).getResultList().flatMap(kids -> {
                    List<KeyTask> all = new java.util.ArrayList<>(ts);
                    all.addAll(kids);
                    return service.milestonesOfAll(ts).flatMap(ms -> service.latestPercents(all, true).map(pc -> {
                        Map<Long, List<KeyTaskMilestone>> byTask = ms.stream().collect(Collectors.groupingBy(m -> m.taskId));
                        return ts.stream().map(t -> new PublicTask(t.id, t.refNo, t.year, t.parentId, t.source, t.title, t.measures, t.leadDepartmentCode, t.supporting(),
                                t.leader, pc.get(t.id), byTask.getOrDefault(t.id, List.of()).stream().map(KeyTaskResource.MilestoneView::of).toList(),
                                kids.stream().filter(k -> t.id.equals(k.parentId)).map(k -> new Child(k.id, k.refNo, k.title, k.leadDepartmentCode, k.weight, pc.get(k.id))).toList()))
                                .toList();
                    }));
                });
    }
}
