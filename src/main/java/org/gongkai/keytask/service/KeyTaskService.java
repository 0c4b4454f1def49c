package org.gongkai.keytask.service;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.Found;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.compliance.service.QuotaService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.keytask.KeyTask;
import org.gongkai.keytask.KeyTaskMilestone;
import org.gongkai.keytask.KeyTaskPlan;
import org.gongkai.keytask.KeyTaskProgress;
import org.gongkai.keytask.KeyTaskRectification;
import org.gongkai.keytask.KeyTaskRound;
import org.gongkai.notifications.Notice;
import org.gongkai.notifications.NotificationService;
import org.gongkai.organisation.repository.DepartmentRepository;
import org.gongkai.publication.DisclosureAttribute;

/**
 * Key tasks (重点工作台账, R33), one method per move. The office keeps the ledger and drafts the year's division of tasks
 * for the review (its publication meets the R33 fixed date, 31 March by default, and makes the year's tasks public);
 * it opens a half-yearly inspection round, in which each lead department reports its tasks' progress; the office
 * records the problems found with a rectification due on a day (the R33-RECT clock on the lead department) and drafts
 * the round's progress for the review (its publication counts towards the half-year quota R33-INSP).
 */
@ApplicationScoped
public class KeyTaskService {
    public static final String SUBJECT = "key-task";
    public static final String ROUND_SUBJECT = "key-task-round";
    public static final String PLAN_SUBJECT = "key-task-plan";
    public static final String PLAN_QUOTA = "R33";
    public static final String ROUND_QUOTA = "R33-INSP";
    public static final String RECTIFICATION_RULE = "R33-RECT";
    static final String RECTIFICATION = "key-task-rectification";
    /** The office: the ledger's keeper, whose items the division and the progress are. */
    static final String OFFICE_DEPARTMENT = "BGS";

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    QuotaService quotas;
    @Inject
    ItemService items;
    @Inject
    DepartmentRepository departments;
    @Inject
    TrackingNumbers numbers;
    @Inject
    NotificationService notices;
    @Inject
    TimeSource time;

    public record MilestoneInput(String title, LocalDate dueOn) {}

    public record TaskInput(Integer year, Long parentId, KeyTask.Source source, String title, String measures, String leadDepartmentCode,
                            List<String> supportingDepartmentCodes, String leader, Integer weight, List<MilestoneInput> milestones) {}

    /** A task and its milestones, as stored. */
    public record Stored(KeyTask task, List<KeyTaskMilestone> milestones) {}

    // ------------------------------------------------------------------ the ledger (the office)

    /** The fields of a task, every failing one named; {@code prefix} names the row of an import ("rows[3]."). */
    static List<FieldError> check(TaskInput in, String prefix) {
        List<FieldError> e = new ArrayList<>();
        if (in.year() == null || in.year() < 2000 || in.year() > 2100) e.add(new FieldError(prefix + "year", "is required: the year of the tasks"));
        if (in.source() == null) e.add(new FieldError(prefix + "source", "is required: NATIONAL_REPORT, PROVINCIAL_REPORT, CITY_REPORT, BUREAU_POINTS or OTHER"));
        Validation.text(e, prefix + "title", in.title(), 300, true);
        Validation.text(e, prefix + "measures", in.measures(), 10000, true);
        if (blank(in.leadDepartmentCode())) e.add(new FieldError(prefix + "leadDepartmentCode", "is required: the department that leads it"));
        Validation.text(e, prefix + "leader", in.leader(), 50, true);
        if (in.weight() != null && (in.weight() < 1 || in.weight() > 100)) e.add(new FieldError(prefix + "weight", "between 1 and 100"));
        List<String> support = in.supportingDepartmentCodes() == null ? List.of() : in.supportingDepartmentCodes();
        if (support.size() > 20) e.add(new FieldError(prefix + "supportingDepartmentCodes", "at most 20"));
        if (!blank(in.leadDepartmentCode()) && support.stream().anyMatch(c -> in.leadDepartmentCode().trim().equals(c == null ? null : c.trim()))) {
            e.add(new FieldError(prefix + "supportingDepartmentCodes", "the lead department does not also support"));
        }
        List<MilestoneInput> ms = in.milestones() == null ? List.of() : in.milestones();
        if (ms.size() > 24) e.add(new FieldError(prefix + "milestones", "at most 24"));
        for (int i = 0; i < ms.size(); i++) {
            MilestoneInput m = ms.get(i);
            Validation.text(e, prefix + "milestones[" + i + "].title", m == null ? null : m.title(), 200, true);
            if (m == null || m.dueOn() == null) e.add(new FieldError(prefix + "milestones[" + i + "].dueOn", "is required"));
            else if (in.year() != null && (m.dueOn().getYear() < in.year() || m.dueOn().getYear() > in.year() + 1)) {
                e.add(new FieldError(prefix + "milestones[" + i + "].dueOn", "falls in " + in.year() + " (or early in the next year)"));
            }
        }
        return e;
    }

    public Uni<Stored> create(TaskInput in, Actor actor) {
        List<FieldError> e = check(in, "");
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> insert(in, "", actor));
    }

    /** Inside the caller's transaction: the departments and the parent checked, the task and its milestones stored. */
    Uni<Stored> insert(TaskInput in, String prefix, Actor actor) {
        return departmentsExist(in, prefix).flatMap(support -> parent(in, prefix).flatMap(p -> numbers.sequence("ZDGZ", in.year()).flatMap(seq -> {
            KeyTask t = new KeyTask();
            t.refNo = "ZDGZ%d-%03d".formatted(in.year(), seq);
            t.year = in.year();
            t.parentId = p == null ? null : p.id;
            t.state = KeyTask.State.ACTIVE;
            t.createdBy = actor.username();
            t.createdAt = time.now();
            t.updatedAt = t.createdAt;
            apply(t, in, support);
            return Panache.getSession().flatMap(s -> s.persist(t).call(s::flush))
                    .flatMap(x -> milestones(t, in.milestones(), List.of()))
                    .call(ms -> audit.record(actor, "key-task.created", SUBJECT, t.id, null, snapshot(t, ms)))
                    .map(ms -> new Stored(t, ms));
        })));
    }

    /**
     * The office adds the tasks of a sheet (CSV or XLSX, read by {@link KeyTaskSheet}) in one transaction: a row's parent
     * is a task on the ledger by its number, or a row above by "#n"; one failing row and nothing is stored.
     */
    public Uni<List<Stored>> importTasks(List<KeyTaskSheet.Imported> rows, Actor actor) {
        return Panache.withTransaction(() -> {
            Map<Integer, Long> created = new java.util.HashMap<>();
            List<Stored> out = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (KeyTaskSheet.Imported r : rows) {
                String prefix = "rows[" + r.row() + "].";
                chain = chain.call(() -> parentId(r, prefix, created).flatMap(pid -> {
                    KeyTaskService.TaskInput t = r.task();
                    TaskInput in = new TaskInput(t.year(), pid, t.source(), t.title(), t.measures(), t.leadDepartmentCode(), t.supportingDepartmentCodes(),
                            t.leader(), t.weight(), t.milestones());
                    return insert(in, prefix, actor).invoke(st -> {
                        created.put(r.row(), st.task().id);
                        out.add(st);
                    });
                }));
            }
            return chain.map(x -> out);
        });
    }

    private Uni<Long> parentId(KeyTaskSheet.Imported r, String prefix, Map<Integer, Long> created) {
        if (blank(r.parent())) return Uni.createFrom().nullItem();
        if (r.parent().startsWith("#")) return Uni.createFrom().item(created.get(Integer.parseInt(r.parent().substring(1))));
        return Panache.getSession().flatMap(s -> s.createQuery("select id from KeyTask where refNo = :r", Long.class).setParameter("r", r.parent()).getResultList())
                .map(l -> {
                    if (l.isEmpty()) throw ProblemException.badField(prefix + "parentId", "no key task " + r.parent() + " on the ledger");
                    return l.get(0);
                });
    }

    /** The year's ledger as sheet rows (the latest reported progress), for the CSV and XLSX export. */
    @WithSession
    public Uni<List<List<String>>> exportRows(int year) {
        return tasksOf(year).flatMap(ts -> milestonesOfAll(ts).flatMap(ms -> latestPercents(ts, false).map(pc -> {
            Map<Long, String> refs = ts.stream().collect(java.util.stream.Collectors.toMap(t -> t.id, t -> t.refNo));
            Map<Long, List<KeyTaskMilestone>> byTask = ms.stream().collect(java.util.stream.Collectors.groupingBy(m -> m.taskId));
            return ts.stream().filter(t -> t.state == KeyTask.State.ACTIVE)
                    .map(t -> KeyTaskSheet.row(t, t.parentId == null ? null : refs.get(t.parentId), byTask.getOrDefault(t.id, List.of()), pc.get(t.id))).toList();
        })));
    }

    /**
     * Each task's latest progress (of published rounds only, for the public), by task id; a parent with sub-tasks shows
     * its sub-tasks' progress, weighted by their weights.
     */
    @WithSession
    public Uni<Map<Long, Integer>> latestPercents(List<KeyTask> ts, boolean publishedOnly) {
        if (ts.isEmpty()) return Uni.createFrom().item(Map.of());
        List<Long> ids = ts.stream().map(t -> t.id).toList();
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTask where parentId in :ids and state = :a", KeyTask.class).setParameter("ids", ids)
                .setParameter("a", KeyTask.State.ACTIVE).getResultList().flatMap(kids -> {
                    List<Long> all = new ArrayList<>(ids);
                    kids.forEach(k -> all.add(k.id));
                    return s.createNativeQuery("select distinct on (p.task_id) p.task_id, p.percent from key_task_progress p "
                                    + "join key_task_round r on r.id = p.round_id where p.task_id in (:ids)" + (publishedOnly ? " and r.state = 'PUBLISHED'" : "")
                                    + " order by p.task_id, r.year desc, r.half desc", Object[].class)
                            .setParameter("ids", all).getResultList().map(rows -> {
                                Map<Long, Integer> latest = new java.util.HashMap<>();
                                for (Object[] r : rows) latest.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
                                return Progress.rollUp(ts, kids, latest);
                            });
                }));
    }

    /** The office changes a task; milestones already reached keep their date. */
    public Uni<Stored> update(long id, TaskInput in, Actor actor) {
        List<FieldError> e = check(in, "");
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Found.require(KeyTask.class, id, "key task").flatMap(t -> {
            if (t.state == KeyTask.State.CANCELLED) throw ProblemException.illegalTransition("key task " + t.refNo, t.state, "change");
            if (in.year() != t.year) throw ProblemException.badField("year", "a task stays in its year (" + t.year + ")");
            if (in.parentId() != null && in.parentId() == id) throw ProblemException.badField("parentId", "a task is not its own parent");
            return departmentsExist(in, "").flatMap(support -> parent(in, "").flatMap(p -> children(id).flatMap(kids -> {
                if (p != null && !kids.isEmpty()) throw ProblemException.badField("parentId", "this task has sub-tasks: it stays at the top");
                return milestonesOf(id).flatMap(old -> {
                    Map<String, Object> before = snapshot(t, old);
                    t.parentId = p == null ? null : p.id;
                    apply(t, in, support);
                    t.updatedAt = time.now();
                    return Panache.getSession().flatMap(s -> s.createQuery("delete from KeyTaskMilestone where taskId = :t").setParameter("t", id).executeUpdate())
                            .flatMap(x -> milestones(t, in.milestones(), old))
                            .call(ms -> audit.record(actor, "key-task.changed", SUBJECT, t.id, before, snapshot(t, ms)))
                            .map(ms -> new Stored(t, ms));
                });
            })));
        }));
    }

    /** The office drops a task from the year's ledger, with the reason; its history stays. */
    public Uni<KeyTask> cancel(long id, String reason, Actor actor) {
        if (blank(reason) || reason.length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        return Panache.withTransaction(() -> Found.require(KeyTask.class, id, "key task").flatMap(t -> {
            if (t.state == KeyTask.State.CANCELLED) throw ProblemException.illegalTransition("key task " + t.refNo, t.state, "cancel");
            return children(id).flatMap(kids -> {
                if (kids.stream().anyMatch(k -> k.state == KeyTask.State.ACTIVE)) throw ProblemException.conflict("key task " + t.refNo + " has sub-tasks still on the ledger");
                t.state = KeyTask.State.CANCELLED;
                t.updatedAt = time.now();
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> rectifications(id).flatMap(xs -> {
                            Uni<Void> ended = Uni.createFrom().voidItem();
                            for (KeyTaskRectification x : xs) {
                                if (x.state != KeyTaskRectification.State.OPEN) continue;
                                ended = ended.call(() -> obligations.running(RECTIFICATION, String.valueOf(x.id), RECTIFICATION_RULE)
                                        .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.cancel(o.id, "任务已撤销：" + reason.trim(), actor).replaceWithVoid()));
                            }
                            return ended;
                        }))
                        .call(() -> audit.record(actor, "key-task.cancelled", SUBJECT, t.id, Map.of("state", "ACTIVE"), Map.of("state", "CANCELLED", "reason", reason.trim())))
                        .replaceWith(t);
            });
        }));
    }

    private static void apply(KeyTask t, TaskInput in, String support) {
        t.source = in.source();
        t.title = in.title().trim();
        t.measures = in.measures().trim();
        t.leadDepartmentCode = in.leadDepartmentCode().trim();
        t.supportingDepartments = support;
        t.leader = in.leader().trim();
        t.weight = in.weight() == null ? 10 : in.weight();
    }

    /** Every named department exists; the supporting ones, comma-joined in ascending order. */
    private Uni<String> departmentsExist(TaskInput in, String prefix) {
        TreeSet<String> codes = new TreeSet<>();
        if (in.supportingDepartmentCodes() != null) for (String c : in.supportingDepartmentCodes()) if (!blank(c)) codes.add(c.trim());
        return departments.active().map(all -> {
            var known = all.stream().map(d -> d.code).collect(java.util.stream.Collectors.toSet());
            List<FieldError> e = new ArrayList<>();
            if (!known.contains(in.leadDepartmentCode().trim())) e.add(new FieldError(prefix + "leadDepartmentCode", "no department " + in.leadDepartmentCode().trim()));
            for (String c : codes) if (!known.contains(c)) e.add(new FieldError(prefix + "supportingDepartmentCodes", "no department " + c));
            if (!e.isEmpty()) throw ProblemException.badFields(e);
            return String.join(",", codes);
        });
    }

    private Uni<KeyTask> parent(TaskInput in, String prefix) {
        if (in.parentId() == null) return Uni.createFrom().nullItem();
        return Panache.getSession().flatMap(s -> s.find(KeyTask.class, in.parentId())).map(p -> {
            if (p == null) throw ProblemException.badField(prefix + "parentId", "no key task " + in.parentId());
            if (p.year != in.year()) throw ProblemException.badField(prefix + "parentId", "the parent is a task of " + p.year);
            if (p.parentId != null) throw ProblemException.badField(prefix + "parentId", "the parent is itself a sub-task: two levels at most");
            if (p.state != KeyTask.State.ACTIVE) throw ProblemException.badField(prefix + "parentId", "the parent is cancelled");
            return p;
        });
    }

    private Uni<List<KeyTaskMilestone>> milestones(KeyTask t, List<MilestoneInput> in, List<KeyTaskMilestone> old) {
        List<KeyTaskMilestone> ms = new ArrayList<>();
        List<MilestoneInput> given = in == null ? List.of() : in;
        for (int i = 0; i < given.size(); i++) {
            KeyTaskMilestone m = new KeyTaskMilestone();
            m.taskId = t.id;
            m.seq = i + 1;
            m.title = given.get(i).title().trim();
            m.dueOn = given.get(i).dueOn();
            m.doneOn = old.stream().filter(o -> o.title.equals(m.title) && o.doneOn != null).map(o -> o.doneOn).findFirst().orElse(null);
            ms.add(m);
        }
        if (ms.isEmpty()) return Uni.createFrom().item(ms);
        return Panache.getSession().flatMap(s -> s.persistAll(ms.toArray()).call(s::flush)).replaceWith(ms);
    }

    /** The lead department (or the office) reports a milestone reached, on a day not in the future. */
    public Uni<KeyTaskMilestone> milestoneDone(long id, long milestoneId, LocalDate doneOn, Actor actor, Consumer<KeyTask> may) {
        LocalDate on = doneOn == null ? time.today() : doneOn;
        if (on.isAfter(time.today())) throw ProblemException.badField("doneOn", "is in the future");
        return Panache.withTransaction(() -> Found.require(KeyTask.class, id, "key task").invoke(may).flatMap(t -> Found.require(KeyTaskMilestone.class, milestoneId, "milestone").flatMap(m -> {
            if (!m.taskId.equals(t.id)) throw ProblemException.notFound("milestone", milestoneId);
            if (m.doneOn != null) throw ProblemException.conflict("milestone " + m.seq + " was reached on " + m.doneOn);
            m.doneOn = on;
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "key-task.milestone.reached", SUBJECT, t.id, null, Map.of("milestone", m.seq, "doneOn", on.toString())))
                    .replaceWith(m);
        })));
    }

    // ------------------------------------------------------------------ the division of tasks (R33, first quarter)

    /**
     * The year's division of tasks drafted as a KEY_TASK_PLAN item for the review. Drafted again after the ledger
     * changed, the published division is revised into a new version with the reason (an adjustment).
     */
    public Uni<InfoItem> draftPlan(int year, String reason, Actor actor) {
        return Panache.withSession(() -> tasksOf(year).flatMap(ts -> {
            List<KeyTask> active = ts.stream().filter(t -> t.state == KeyTask.State.ACTIVE).toList();
            if (active.isEmpty()) throw ProblemException.conflict("no key task of " + year + " on the ledger");
            return Panache.getSession().flatMap(s -> s.find(KeyTaskPlan.class, year)).flatMap(plan -> milestonesOfAll(active).map(ms -> {
                ItemInput in = new ItemInput(null, null, year + "年度重点工作任务分解", null, OFFICE_DEPARTMENT, time.today(), List.of("重点工作"),
                        year + "年度重点工作任务分解：共" + active.size() + "项任务，明确牵头单位、配合单位、分管领导和完成时限。",
                        KeyTaskText.plan(year, active, ms), DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(),
                        ItemType.KEY_TASK_PLAN, PLAN_SUBJECT, String.valueOf(year), null, null, null);
                return Map.entry(plan == null ? java.util.Optional.<KeyTaskPlan>empty() : java.util.Optional.of(plan), in);
            }));
        })).flatMap(pi -> {
            if (pi.getKey().isEmpty()) {
                return items.create(pi.getValue(), actor).call(item -> Panache.withTransaction(() -> {
                    KeyTaskPlan p = new KeyTaskPlan();
                    p.year = year;
                    p.itemId = item.id;
                    p.draftedBy = actor.username();
                    p.draftedAt = time.now();
                    return Panache.getSession().flatMap(s -> s.persist(p).call(s::flush))
                            .call(() -> audit.record(actor, "key-task.plan.drafted", PLAN_SUBJECT, year, null, Map.of("item", item.id)));
                }));
            }
            KeyTaskPlan p = pi.getKey().get();
            return Panache.withSession(() -> items.find(p.itemId)).flatMap(i -> {
                if (!i.state.editable() && blank(reason)) throw ProblemException.badField("reason", "the division is published: say why it is adjusted");
                return items.redraft(i, pi.getValue(), i.state.editable() ? null : "调整：" + reason.trim(), actor)
                        .call(x -> audit.record(actor, "key-task.plan.redrafted", PLAN_SUBJECT, year, null, Map.of("item", i.id, "reason", blank(reason) ? "" : reason.trim())));
            });
        });
    }

    /** The division went live: the year's tasks are public, and the R33 fixed date is met (late after 31 March). */
    public Uni<Void> planPublished(KeyTaskPlan p, Actor actor) {
        if (p.publishedOn != null) return Uni.createFrom().voidItem();
        p.publishedOn = time.today();
        return Panache.getSession().flatMap(s -> s.flush())
                // published ahead (in December for the next year) it counts for its own year, on its first day
                .call(() -> quotas.recordQualifying(PLAN_QUOTA, OFFICE_DEPARTMENT, p.publishedOn.getYear() < p.year ? LocalDate.of(p.year, 1, 1)
                        : p.publishedOn.getYear() > p.year ? LocalDate.of(p.year, 12, 31) : p.publishedOn, "重点工作任务分解：" + p.year + "年度", actor))
                .call(() -> audit.record(actor, "key-task.plan.published", PLAN_SUBJECT, p.year, null, Map.of("publishedOn", p.publishedOn.toString())))
                .replaceWithVoid();
    }

    // ------------------------------------------------------------------ half-yearly inspections (督查, R33-INSP)

    public Uni<KeyTaskRound> openRound(Integer year, Integer half, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) e.add(new FieldError("year", "is required"));
        if (half == null || (half != 1 && half != 2)) e.add(new FieldError("half", "1 (the first half) or 2 (the second)"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(KeyTaskPlan.class, year)).flatMap(plan -> {
            if (plan == null || plan.publishedOn == null) throw ProblemException.conflict("the division of " + year + "'s key tasks is not published yet");
            return Panache.getSession().flatMap(s -> s.createQuery("select count(*) from KeyTaskRound where year = :y and half = :h", Long.class)
                    .setParameter("y", year).setParameter("h", half).getSingleResult()).flatMap(n -> {
                if (n > 0) throw ProblemException.conflict("the inspection of " + year + (half == 1 ? "'s first half" : "'s second half") + " is open already");
                KeyTaskRound r = new KeyTaskRound();
                r.year = year;
                r.half = half;
                r.state = KeyTaskRound.State.OPEN;
                r.openedBy = actor.username();
                r.openedAt = time.now();
                return Panache.getSession().flatMap(s -> s.persist(r).call(s::flush))
                        .call(() -> tasksOf(year).flatMap(ts -> {
                            Uni<Void> told = Uni.createFrom().voidItem();
                            for (String dep : ts.stream().filter(t -> t.state == KeyTask.State.ACTIVE).map(t -> t.leadDepartmentCode).distinct().toList()) {
                                told = told.call(() -> notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, dep, null,
                                        "重点工作督查（" + r.label() + "）：请报送牵头任务进展", "Key-task inspection (" + r.year + " H" + r.half + "): report your tasks' progress",
                                        "/console/key-tasks?year=" + r.year, ROUND_SUBJECT, String.valueOf(r.id), "key-task-round:" + r.id + ":" + dep)));
                            }
                            return told;
                        }))
                        .call(() -> audit.record(actor, "key-task.round.opened", ROUND_SUBJECT, r.id, null, Map.of("year", year, "half", half)))
                        .replaceWith(r);
            });
        }));
    }

    public record ProgressInput(Long roundId, Integer percent, String progress, String problems) {}

    /** The lead department (or the office) reports a task's progress in an open round; reported again, it replaces it. */
    public Uni<KeyTaskProgress> report(long id, ProgressInput in, Actor actor, Consumer<KeyTask> may) {
        List<FieldError> e = new ArrayList<>();
        if (in.roundId() == null) e.add(new FieldError("roundId", "is required"));
        if (in.percent() == null || in.percent() < 0 || in.percent() > 100) e.add(new FieldError("percent", "between 0 and 100"));
        Validation.text(e, "progress", in.progress(), 5000, true);
        Validation.text(e, "problems", in.problems(), 5000, false);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Found.require(KeyTask.class, id, "key task").invoke(may).flatMap(t -> Found.require(KeyTaskRound.class, in.roundId(), "round").flatMap(r -> {
            if (r.year != t.year) throw ProblemException.badField("roundId", "round " + r.id + " inspects " + r.year + "'s tasks");
            if (r.state != KeyTaskRound.State.OPEN) throw ProblemException.illegalTransition("round " + r.label(), r.state, "report progress in");
            if (t.state != KeyTask.State.ACTIVE) throw ProblemException.illegalTransition("key task " + t.refNo, t.state, "report progress on");
            return children(t.id).flatMap(kids -> {
                if (kids.stream().anyMatch(k -> k.state == KeyTask.State.ACTIVE)) throw ProblemException.conflict("key task " + t.refNo + "'s progress is its sub-tasks': report on them");
                return Panache.getSession().flatMap(s -> s.createQuery("from KeyTaskProgress where taskId = :t and roundId = :r", KeyTaskProgress.class)
                    .setParameter("t", t.id).setParameter("r", r.id).getResultList()).flatMap(found -> {
                KeyTaskProgress p = found.isEmpty() ? new KeyTaskProgress() : found.get(0);
                Map<String, Object> before = found.isEmpty() ? null : Map.of("percent", p.percent);
                p.taskId = t.id;
                p.roundId = r.id;
                p.percent = in.percent();
                p.progress = in.progress().trim();
                p.problems = blank(in.problems()) ? null : in.problems().trim();
                p.reportedBy = actor.username();
                p.reportedAt = time.now();
                return Panache.getSession().flatMap(s -> (found.isEmpty() ? s.persist(p) : Uni.createFrom().voidItem()).call(s::flush))
                        .call(() -> audit.record(actor, "key-task.progress.reported", SUBJECT, t.id, before, Map.of("round", r.id, "percent", p.percent)))
                        .replaceWith(p);
            });
            });
        })));
    }

    public record RectificationInput(Long roundId, String problem, String measure, LocalDate dueOn) {}

    /** The office records a problem found in a round and its rectification, due on a day: a clock on the lead department. */
    public Uni<KeyTaskRectification> rectify(long id, RectificationInput in, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (in.roundId() == null) e.add(new FieldError("roundId", "is required"));
        Validation.text(e, "problem", in.problem(), 5000, true);
        Validation.text(e, "measure", in.measure(), 5000, true);
        if (in.dueOn() == null) e.add(new FieldError("dueOn", "is required"));
        else if (!in.dueOn().isAfter(time.today())) e.add(new FieldError("dueOn", "must be after today"));
        else if (in.dueOn().isAfter(time.today().plusYears(1))) e.add(new FieldError("dueOn", "at most a year ahead"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Found.require(KeyTask.class, id, "key task").flatMap(t -> Found.require(KeyTaskRound.class, in.roundId(), "round").flatMap(r -> {
            if (r.year != t.year) throw ProblemException.badField("roundId", "round " + r.id + " inspects " + r.year + "'s tasks");
            if (r.state == KeyTaskRound.State.PUBLISHED) throw ProblemException.illegalTransition("round " + r.label(), r.state, "record problems in");
            KeyTaskRectification x = new KeyTaskRectification();
            x.taskId = t.id;
            x.roundId = r.id;
            x.problem = in.problem().trim();
            x.measure = in.measure().trim();
            x.dueOn = in.dueOn();
            x.state = KeyTaskRectification.State.OPEN;
            x.createdBy = actor.username();
            x.createdAt = time.now();
            return Panache.getSession().flatMap(s -> s.persist(x).call(s::flush))
                    .call(() -> obligations.openDueOn(RECTIFICATION, String.valueOf(x.id), RECTIFICATION_RULE, "重点工作整改：" + t.refNo + " " + abbreviate(x.problem),
                            t.leadDepartmentCode, x.dueOn, actor).call(o -> {
                                if (o.dueDate.equals(x.dueOn)) return Uni.createFrom().voidItem();
                                x.dueOn = o.dueDate;
                                return Panache.getSession().flatMap(s -> s.flush());
                            }))
                    .call(() -> notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, t.leadDepartmentCode, null,
                            "重点工作整改（" + x.dueOn + "前完成）：" + abbreviate(x.problem), "Key-task rectification due " + x.dueOn + ": " + abbreviate(x.problem),
                            "/console/key-tasks/" + t.id, SUBJECT, String.valueOf(t.id), "key-task-rectification:" + x.id)))
                    .call(() -> audit.record(actor, "key-task.rectification.required", SUBJECT, t.id, null,
                            Map.of("rectification", x.id, "round", r.id, "dueOn", x.dueOn.toString())))
                    .replaceWith(x);
        })));
    }

    /** The lead department reports the rectification done, with its evidence; its clock is met, on time or late. */
    public Uni<KeyTaskRectification> rectified(long id, long rectificationId, String evidence, Actor actor, Consumer<KeyTask> may) {
        if (blank(evidence) || evidence.length() > 5000) throw ProblemException.badField("evidence", "is required, at most 5000 characters: what was done");
        return Panache.withTransaction(() -> Found.require(KeyTask.class, id, "key task").invoke(may).flatMap(t -> Found.require(KeyTaskRectification.class, rectificationId, "rectification").flatMap(x -> {
            if (!x.taskId.equals(t.id)) throw ProblemException.notFound("rectification", rectificationId);
            if (x.state != KeyTaskRectification.State.OPEN) throw ProblemException.illegalTransition("rectification " + x.id, x.state, "complete");
            x.state = KeyTaskRectification.State.DONE;
            x.evidence = evidence.trim();
            x.doneBy = actor.username();
            x.doneAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> obligations.running(RECTIFICATION, String.valueOf(x.id), RECTIFICATION_RULE)
                            .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                    .call(() -> audit.record(actor, "key-task.rectification.done", SUBJECT, t.id, Map.of("rectification", x.id, "state", "OPEN"),
                            Map.of("rectification", x.id, "state", "DONE")))
                    .replaceWith(x);
        })));
    }

    /**
     * The round's progress drafted as a KEY_TASK_PROGRESS item for the review: every task of the year on the ledger
     * has reported, or the draft is refused with how many have not.
     */
    public Uni<InfoItem> draftRound(long roundId, Actor actor) {
        return Panache.withSession(() -> Found.require(KeyTaskRound.class, roundId, "round").flatMap(r -> {
            if (r.state != KeyTaskRound.State.OPEN) throw ProblemException.illegalTransition("round " + r.label(), r.state, "draft the progress of");
            return tasksOf(r.year).flatMap(ts -> progressOf(r.id).flatMap(ps -> rectificationsOfYear(r.year).map(xs -> {
                List<KeyTask> active = ts.stream().filter(t -> t.state == KeyTask.State.ACTIVE).toList();
                // a parent reports through its sub-tasks
                var parents = active.stream().filter(t -> t.parentId != null).map(t -> t.parentId).collect(java.util.stream.Collectors.toSet());
                var reported = ps.stream().map(p -> p.taskId).collect(java.util.stream.Collectors.toSet());
                List<String> missing = active.stream().filter(t -> !parents.contains(t.id) && !reported.contains(t.id)).map(t -> t.refNo).toList();
                if (!missing.isEmpty()) {
                    throw ProblemException.conflict(missing.size() + " of " + (active.size() - parents.size()) + " tasks have not reported their progress: " + String.join(", ", missing));
                }
                return new ItemInput(null, null, r.label() + "重点工作落实情况", null, OFFICE_DEPARTMENT, time.today(), List.of("重点工作"),
                        r.label() + "重点工作督查：" + active.size() + "项任务的进展、存在问题及整改情况。", KeyTaskText.round(r, active, ps, xs),
                        DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(),
                        ItemType.KEY_TASK_PROGRESS, ROUND_SUBJECT, String.valueOf(r.id), null, null, null);
            })));
        })).flatMap(in -> items.create(in, actor).call(item -> Panache.withTransaction(() -> Found.require(KeyTaskRound.class, roundId, "round").flatMap(r -> {
            r.state = KeyTaskRound.State.DRAFTED;
            r.itemId = item.id;
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "key-task.round.drafted", ROUND_SUBJECT, r.id, Map.of("state", "OPEN"), Map.of("state", "DRAFTED", "item", item.id)));
        }))));
    }

    /** The round's progress went live: it is public, and counts towards the half-year quota (R33-INSP). */
    public Uni<Void> roundPublished(KeyTaskRound r, Actor actor) {
        if (r.state == KeyTaskRound.State.PUBLISHED) return Uni.createFrom().voidItem();
        r.state = KeyTaskRound.State.PUBLISHED;
        r.publishedOn = time.today();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> countRound(r, actor))
                .call(() -> audit.record(actor, "key-task.round.published", ROUND_SUBJECT, r.id, Map.of("state", "DRAFTED"),
                        Map.of("state", "PUBLISHED", "publishedOn", r.publishedOn.toString())))
                .replaceWithVoid();
    }

    /**
     * A round counts for its own half-year: published within it, on its day; published after it, on its half's row
     * on the day it was published, so that the half shows as met late (when the sweep has not opened that row, on the
     * half's last day).
     */
    private Uni<Void> countRound(KeyTaskRound r, Actor actor) {
        LocalDate start = LocalDate.of(r.year, r.half == 1 ? 1 : 7, 1);
        LocalDate end = start.plusMonths(6).minusDays(1);
        String ref = "重点工作督查：" + r.label();
        if (!r.publishedOn.isAfter(end)) {
            return quotas.recordQualifying(ROUND_QUOTA, OFFICE_DEPARTMENT, r.publishedOn.isBefore(start) ? start : r.publishedOn, ref, actor).replaceWithVoid();
        }
        return obligations.forSubject(QuotaService.SUBJECT, ROUND_QUOTA + ":" + start).flatMap(os -> os.isEmpty()
                ? quotas.recordQualifying(ROUND_QUOTA, OFFICE_DEPARTMENT, end, ref, actor).replaceWithVoid()
                : quotas.record(os.get(0).id, r.publishedOn, ref, actor).replaceWithVoid());
    }

    // ------------------------------------------------------------------ reading

    @WithSession
    public Uni<List<KeyTask>> tasksOf(int year) {
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTask where year = :y order by coalesce(parentId, id), parentId nulls first, id", KeyTask.class)
                .setParameter("y", year).getResultList());
    }

    @WithSession
    public Uni<List<KeyTask>> children(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTask where parentId = :p order by id", KeyTask.class).setParameter("p", id).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskMilestone>> milestonesOf(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTaskMilestone where taskId = :t order by seq", KeyTaskMilestone.class)
                .setParameter("t", id).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskMilestone>> milestonesOfAll(List<KeyTask> ts) {
        if (ts.isEmpty()) return Uni.createFrom().item(List.of());
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTaskMilestone where taskId in :t order by taskId, seq", KeyTaskMilestone.class)
                .setParameter("t", ts.stream().map(t -> t.id).toList()).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskProgress>> progressOf(long roundId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTaskProgress where roundId = :r order by taskId", KeyTaskProgress.class)
                .setParameter("r", roundId).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskProgress>> history(long taskId) {
        return Panache.getSession().flatMap(s -> s.createQuery("select p from KeyTaskProgress p, KeyTaskRound r where r.id = p.roundId and p.taskId = :t order by r.year, r.half",
                KeyTaskProgress.class).setParameter("t", taskId).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskRectification>> rectifications(long taskId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTaskRectification where taskId = :t order by id", KeyTaskRectification.class)
                .setParameter("t", taskId).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskRectification>> rectificationsOfYear(int year) {
        return Panache.getSession().flatMap(s -> s.createQuery("select x from KeyTaskRectification x, KeyTask t where t.id = x.taskId and t.year = :y order by x.id",
                KeyTaskRectification.class).setParameter("y", year).getResultList());
    }

    @WithSession
    public Uni<List<KeyTaskRound>> rounds(int year) {
        return Panache.getSession().flatMap(s -> s.createQuery("from KeyTaskRound where year = :y order by half", KeyTaskRound.class).setParameter("y", year).getResultList());
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    static Map<String, Object> snapshot(KeyTask t, List<KeyTaskMilestone> ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refNo", t.refNo);
        m.put("year", t.year);
        m.put("parent", t.parentId == null ? "" : String.valueOf(t.parentId));
        m.put("source", t.source.name());
        m.put("title", t.title);
        m.put("lead", t.leadDepartmentCode);
        m.put("supporting", t.supportingDepartments);
        m.put("leader", t.leader);
        m.put("weight", t.weight);
        m.put("milestones", ms.stream().map(x -> x.dueOn + " " + x.title).toList());
        return m;
    }
}
