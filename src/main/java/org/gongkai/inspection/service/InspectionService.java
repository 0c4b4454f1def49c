package org.gongkai.inspection.service;

import static org.gongkai.search.HtmlText.escape;
import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.crypto.PersonalDataCipher;
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
import org.gongkai.inspection.Draw;
import org.gongkai.inspection.InspectionAssignment;
import org.gongkai.inspection.InspectionMatter;
import org.gongkai.inspection.InspectionTarget;
import org.gongkai.inspection.InspectionTask;
import org.gongkai.inspection.Inspector;
import org.gongkai.organisation.repository.DepartmentRepository;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publicity.CreditCode;

/**
 * Random inspections (R34), one method per move. The legal section keeps the matters and the directories; a
 * department draws (the seed and the pools recorded, the draw an audit event), enters each target's finding and
 * handling, and drafts the results for the review; their publication meets the results clock (R34-RES, 20 working
 * days after the inspection ends, a setting) and counts towards the department's yearly quota (R34).
 */
@ApplicationScoped
public class InspectionService {
    public static final String SUBJECT = "inspection";
    public static final String RESULTS_RULE = "R34-RES";
    public static final String QUOTA = "R34";

    @ConfigProperty(name = "gongkai.inspection.results-working-days")
    int resultsDays;

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
    PersonalDataCipher cipher;
    @Inject
    TimeSource time;

    public record MatterInput(String code, String name, InspectionMatter.Kind kind, String legalBasis, String departmentCode, String content, String method,
                              Integer ratioPercent, String frequency) {}

    public record TargetInput(String name, String creditCode, String legalRepresentative, String address, String category) {}

    public record InspectorInput(String name, String certificateNo, String field, String departmentCode) {}

    public record DrawInput(Long matterId, String category, LocalDate startsOn, LocalDate endsOn, Integer inspectorsPerTarget, Long seed) {}

    // ------------------------------------------------------------------ the list and the directories (the legal section)

    /** Every failing field of a matter at once. */
    static void checkMatter(MatterInput in) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "code", in.code(), 32, true);
        Validation.text(e, "name", in.name(), 200, true);
        if (in.kind() == null) e.add(new FieldError("kind", "is required: KEY (重点) or GENERAL (一般)"));
        Validation.text(e, "legalBasis", in.legalBasis(), 5000, true);
        Validation.text(e, "content", in.content(), 5000, true);
        Validation.text(e, "method", in.method(), 500, true);
        Validation.text(e, "frequency", in.frequency(), 100, true);
        if (in.ratioPercent() == null || in.ratioPercent() < 1 || in.ratioPercent() > 100) e.add(new FieldError("ratioPercent", "a share of the targets, 1 to 100"));
        if (blank(in.departmentCode())) e.add(new FieldError("departmentCode", "the inspecting department"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
    }

    static void applyMatter(InspectionMatter m, MatterInput in, String departmentCode) {
        m.name = in.name().trim();
        m.kind = in.kind();
        m.legalBasis = in.legalBasis().trim();
        m.departmentCode = departmentCode;
        m.content = in.content().trim();
        m.method = in.method().trim();
        m.ratioPercent = in.ratioPercent();
        m.frequency = in.frequency().trim();
    }

    static Map<String, Object> matterSnapshot(InspectionMatter m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("code", m.code);
        x.put("name", m.name);
        x.put("kind", m.kind.name());
        x.put("department", m.departmentCode);
        x.put("ratioPercent", m.ratioPercent);
        x.put("frequency", m.frequency);
        return x;
    }

    public Uni<InspectionMatter> addMatter(MatterInput in, Actor actor) {
        checkMatter(in);
        return Panache.withTransaction(() -> departments.byCode(in.departmentCode().trim()).flatMap(dep -> {
            if (dep == null) throw ProblemException.badField("departmentCode", "no department " + in.departmentCode());
            return count("select count(*) from InspectionMatter where code = :v", in.code().trim()).flatMap(n -> {
                if (n > 0) throw ProblemException.conflict("matter " + in.code().trim() + " is on the list already");
                InspectionMatter m = new InspectionMatter();
                m.code = in.code().trim();
                applyMatter(m, in, dep.code);
                m.active = true;
                m.createdBy = actor.username();
                m.createdAt = time.now();
                return Panache.getSession().flatMap(s -> s.persist(m).call(s::flush))
                        .call(() -> audit.record(actor, "inspection.matter.added", "inspection-matter", m.id, null, Map.of("code", m.code, "name", m.name)))
                        .replaceWith(m);
            });
        }));
    }

    /**
     * A matter changed by the legal section (its code stays): draws from now on use it as it reads now; the published
     * list shows the change once it is drafted again (a new version with what changed).
     */
    public Uni<InspectionMatter> changeMatter(long id, MatterInput in, Actor actor) {
        checkMatter(in);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(InspectionMatter.class, id, org.hibernate.LockMode.PESSIMISTIC_WRITE)
                .flatMap(m -> {
                    if (m == null || !m.active) throw ProblemException.notFound("matter", id);
                    if (!m.code.equals(in.code().trim())) throw ProblemException.badField("code", "a matter keeps its code: retire it and add a new one");
                    return departments.byCode(in.departmentCode().trim()).flatMap(dep -> {
                        if (dep == null) throw ProblemException.badField("departmentCode", "no department " + in.departmentCode());
                        Map<String, Object> before = matterSnapshot(m);
                        applyMatter(m, in, dep.code);
                        return s.flush().call(() -> audit.record(actor, "inspection.matter.changed", "inspection-matter", m.id, before, matterSnapshot(m))).replaceWith(m);
                    });
                })));
    }

    /** A matter off the list, with the reason: no new draw of it; draws already made keep it. */
    public Uni<Void> retireMatter(long id, String reason, Actor actor) {
        if (blank(reason) || reason.length() > 500) throw ProblemException.badField("reason", "is required: why the matter leaves the list, at most 500 characters");
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(InspectionMatter.class, id, org.hibernate.LockMode.PESSIMISTIC_WRITE)
                .flatMap(m -> {
                    if (m == null || !m.active) throw ProblemException.notFound("matter", id);
                    m.active = false;
                    return s.flush().call(() -> audit.record(actor, "inspection.matter.retired", "inspection-matter", m.id, matterSnapshot(m), Map.of("reason", reason.trim())));
                }))).replaceWithVoid();
    }

    public Uni<InspectionTarget> addTarget(TargetInput in, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "name", in.name(), 200, true);
        if (blank(in.creditCode()) || !CreditCode.valid(in.creditCode().trim())) e.add(new FieldError("creditCode", "is a unified social credit code (GB 32100 check character)"));
        Validation.text(e, "legalRepresentative", in.legalRepresentative(), 50, true);
        Validation.text(e, "address", in.address(), 300, true);
        Validation.text(e, "category", in.category(), 100, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> count("select count(*) from InspectionTarget where creditCode = :v", in.creditCode().trim()).flatMap(n -> {
            if (n > 0) throw ProblemException.conflict("a target with credit code " + in.creditCode().trim() + " is in the directory already");
            InspectionTarget t = new InspectionTarget();
            t.name = in.name().trim();
            t.creditCode = in.creditCode().trim();
            t.legalRepEnc = cipher.encrypt(in.legalRepresentative().trim());
            t.addressEnc = cipher.encrypt(in.address().trim());
            t.category = in.category().trim();
            t.active = true;
            t.createdAt = time.now();
            return Panache.getSession().flatMap(s -> s.persist(t).call(s::flush))
                    .call(() -> audit.record(actor, "inspection.target.added", "inspection-target", t.id, null, Map.of("name", t.name, "category", t.category)))
                    .replaceWith(t);
        }));
    }

    public Uni<Inspector> addInspector(InspectorInput in, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "name", in.name(), 50, true);
        Validation.text(e, "certificateNo", in.certificateNo(), 50, true);
        Validation.text(e, "field", in.field(), 100, true);
        if (blank(in.departmentCode())) e.add(new FieldError("departmentCode", "is required"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> departments.byCode(in.departmentCode().trim()).flatMap(dep -> {
            if (dep == null) throw ProblemException.badField("departmentCode", "no department " + in.departmentCode());
            return count("select count(*) from Inspector where certificateNo = :v", in.certificateNo().trim()).flatMap(n -> {
                if (n > 0) throw ProblemException.conflict("certificate " + in.certificateNo().trim() + " is in the directory already");
                Inspector p = new Inspector();
                p.name = in.name().trim();
                p.certificateNo = in.certificateNo().trim();
                p.field = in.field().trim();
                p.departmentCode = dep.code;
                p.active = true;
                p.createdAt = time.now();
                return Panache.getSession().flatMap(s -> s.persist(p).call(s::flush))
                        .call(() -> audit.record(actor, "inspection.inspector.added", "inspector", p.id, null, Map.of("certificateNo", p.certificateNo, "department", p.departmentCode)))
                        .replaceWith(p);
            });
        }));
    }

    /** A conflict of interest declared (回避): the inspector is never drawn for that target. */
    public Uni<Void> declareConflict(Long inspectorId, Long targetId, String reason, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (inspectorId == null) e.add(new FieldError("inspectorId", "is required"));
        if (targetId == null) e.add(new FieldError("targetId", "is required"));
        Validation.text(e, "reason", reason, 500, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Found.require(Inspector.class, inspectorId, "inspector").flatMap(p -> Found.require(InspectionTarget.class, targetId, "target"))
                .flatMap(t -> Panache.getSession().flatMap(s -> s.createNativeQuery("insert into inspector_conflict (inspector_id, target_id, reason) values (:i, :t, :r) "
                        + "on conflict do nothing").setParameter("i", inspectorId).setParameter("t", targetId).setParameter("r", reason.trim()).executeUpdate()))
                .call(n -> audit.record(actor, "inspection.conflict.declared", "inspector", inspectorId, null, Map.of("target", targetId)))
                .replaceWithVoid());
    }

    // ------------------------------------------------------------------ the draw

    /**
     * A department draws under one of its matters: the targets of a category by the matter's ratio, at least two of its
     * inspectors each, none with a conflict. The seed (given, or a fresh random one) and the pools are recorded; the
     * results clock opens from the inspection's last day.
     */
    public Uni<InspectionTask> draw(DrawInput in, Actor actor, Consumer<InspectionMatter> may) {
        List<FieldError> e = new ArrayList<>();
        if (in.matterId() == null) e.add(new FieldError("matterId", "is required"));
        Validation.text(e, "category", in.category(), 100, true);
        if (in.startsOn() == null) e.add(new FieldError("startsOn", "is required"));
        if (in.endsOn() == null) e.add(new FieldError("endsOn", "is required"));
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) e.add(new FieldError("endsOn", "is before startsOn"));
        if (in.startsOn() != null && in.startsOn().isBefore(time.today())) e.add(new FieldError("startsOn", "is in the past: draw before inspecting"));
        int per = in.inspectorsPerTarget() == null ? 2 : in.inspectorsPerTarget();
        if (per < 2 || per > 10) e.add(new FieldError("inspectorsPerTarget", "at least 2 (R34), at most 10"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        long seed = in.seed() != null ? in.seed() : new java.security.SecureRandom().nextLong();
        return Panache.withTransaction(() -> Found.require(InspectionMatter.class, in.matterId(), "matter").invoke(may).flatMap(m -> {
            if (!m.active) throw ProblemException.conflict("matter " + m.code + " is no longer on the list");
            return Panache.getSession().flatMap(s -> s.createQuery("select id from InspectionTarget where active = true and category = :c order by id", Long.class)
                    .setParameter("c", in.category().trim()).getResultList()).flatMap(targets -> Panache.getSession().flatMap(s -> s.createQuery(
                            "select id from Inspector where active = true and departmentCode = :d order by id", Long.class).setParameter("d", m.departmentCode).getResultList())
                    .flatMap(people -> Panache.getSession().flatMap(s -> s.createNativeQuery("select inspector_id || ':' || target_id from inspector_conflict", String.class)
                            .getResultList()).flatMap(allConflicts -> {
                        if (targets.isEmpty()) throw ProblemException.badField("category", "no active target in category " + in.category().trim());
                        Set<String> relevant = allConflicts.stream().filter(c -> {
                            String[] ab = c.split(":");
                            return people.contains(Long.parseLong(ab[0])) && targets.contains(Long.parseLong(ab[1]));
                        }).collect(Collectors.toCollection(java.util.TreeSet::new));
                        Map<Long, List<Long>> drawn;
                        try {
                            drawn = Draw.of(seed, targets, people, relevant, m.ratioPercent, per);
                        } catch (Draw.NotEnoughInspectors x) {
                            throw ProblemException.conflict("not enough inspectors in " + m.departmentCode + " without a conflict: " + x.getMessage());
                        }
                        return numbers.next("SJCC", time.today().getYear()).flatMap(ref -> {
                            InspectionTask t = new InspectionTask();
                            t.refNo = ref;
                            t.matterId = m.id;
                            t.departmentCode = m.departmentCode;
                            t.category = in.category().trim();
                            t.startsOn = in.startsOn();
                            t.endsOn = in.endsOn();
                            t.inspectorsPerTarget = per;
                            t.seed = seed;
                            t.targetPool = join(targets);
                            t.inspectorPool = join(people);
                            t.conflicts = String.join(",", relevant);
                            t.state = InspectionTask.State.DRAWN;
                            t.drawnBy = actor.username();
                            t.drawnAt = time.now();
                            return Panache.getSession().flatMap(s -> s.persist(t).call(s::flush).flatMap(x -> {
                                Uni<Void> chain = Uni.createFrom().voidItem();
                                for (var entry : drawn.entrySet()) {
                                    InspectionAssignment a = new InspectionAssignment();
                                    a.taskId = t.id;
                                    a.targetId = entry.getKey();
                                    a.inspectorIds = join(entry.getValue());
                                    chain = chain.call(() -> s.persist(a));
                                }
                                return chain.call(s::flush);
                            })).call(() -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(t.id), RESULTS_RULE, "抽查结果公开：" + m.name,
                                            t.departmentCode, null, t.endsOn, resultsDays, CountUnit.WORKING, false), actor))
                                    .call(() -> audit.record(actor, "inspection.drawn", SUBJECT, t.id, null, drawSnapshot(t, drawn)))
                                    .replaceWith(t);
                        });
                    })));
        }));
    }

    public record Replay(long seed, boolean same, Map<Long, List<Long>> recorded, Map<Long, List<Long>> replayed) {}

    /** Anyone with the task can replay it: the same seed and the recorded pools give the recorded draw. */
    public Uni<Replay> replay(long taskId) {
        return Panache.withSession(() -> Found.require(InspectionTask.class, taskId, "inspection").flatMap(t -> assignments(taskId).map(as -> {
            Map<Long, List<Long>> recorded = new LinkedHashMap<>();
            for (InspectionAssignment a : as) recorded.put(a.targetId, ids(a.inspectorIds));
            return Map.entry(t, recorded);
        })).flatMap(tr -> Found.require(InspectionMatter.class, tr.getKey().matterId, "matter").map(m -> {
            InspectionTask t = tr.getKey();
            Set<String> conflicts = t.conflicts.isBlank() ? Set.of() : Set.of(t.conflicts.split(","));
            Map<Long, List<Long>> replayed = Draw.of(t.seed, ids(t.targetPool), ids(t.inspectorPool), conflicts, m.ratioPercent, t.inspectorsPerTarget);
            // the same targets with the same inspectors (the order in which they were drawn aside)
            boolean same = new java.util.TreeMap<>(replayed).equals(new java.util.TreeMap<>(tr.getValue()));
            return new Replay(t.seed, same, tr.getValue(), replayed);
        })));
    }

    // ------------------------------------------------------------------ results

    public Uni<InspectionAssignment> recordResult(long taskId, long assignmentId, String finding, String handling, Actor actor, Consumer<InspectionTask> may) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "finding", finding, 5000, true);
        Validation.text(e, "handling", handling, 5000, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Found.require(InspectionTask.class, taskId, "inspection").invoke(may).flatMap(t -> {
            if (t.resultsItemId != null) throw ProblemException.conflict("inspection " + t.refNo + "'s results are drafted for publication");
            return Found.require(InspectionAssignment.class, assignmentId, "assignment").flatMap(a -> {
                if (!a.taskId.equals(t.id)) throw ProblemException.notFound("assignment", assignmentId);
                a.finding = finding.trim();
                a.handling = handling.trim();
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> audit.record(actor, "inspection.result.recorded", SUBJECT, t.id, null, Map.of("assignment", a.id, "target", a.targetId)))
                        .replaceWith(a);
            });
        }));
    }

    /** The results (every target's finding and handling) drafted as an INSPECTION_RESULTS item for the review. */
    public Uni<InfoItem> draftResults(long taskId, Actor actor, Consumer<InspectionTask> may) {
        return Panache.withSession(() -> Found.require(InspectionTask.class, taskId, "inspection").invoke(may).flatMap(t -> assignments(taskId).flatMap(as -> {
            List<InspectionAssignment> open = as.stream().filter(a -> a.finding == null).toList();
            if (!open.isEmpty()) throw ProblemException.conflict(open.size() + " of " + as.size() + " targets have no finding yet");
            if (t.resultsItemId != null) throw ProblemException.conflict("inspection " + t.refNo + "'s results are drafted already (item " + t.resultsItemId + ")");
            return Found.require(InspectionMatter.class, t.matterId, "matter").flatMap(m -> Panache.getSession().flatMap(s -> s.createQuery(
                    "from InspectionTarget where id in :ids", InspectionTarget.class).setParameter("ids", as.stream().map(a -> a.targetId).toList()).getResultList())
                    .map(targets -> Map.entry(m, resultsBody(t, m, as, targets))));
        }).map(mb -> Map.entry(t, mb)))).flatMap(tmb -> {
            InspectionTask t = tmb.getKey();
            InspectionMatter m = tmb.getValue().getKey();
            ItemInput in = new ItemInput(null, null, m.name + "随机抽查结果（" + t.refNo + "）", null, t.departmentCode, t.endsOn, List.of("双随机一公开"),
                    "抽查事项：" + m.name + "；抽查时间：" + t.startsOn + "至" + t.endsOn + "。", tmb.getValue().getValue(), DisclosureAttribute.PUBLIC, null, null, null,
                    false, null, null, null, null, List.of(), ItemType.INSPECTION_RESULTS, SUBJECT, String.valueOf(t.id), null, null, null);
            return items.create(in, actor).call(item -> Panache.withTransaction(() -> Found.require(InspectionTask.class, taskId, "inspection").flatMap(fresh -> {
                fresh.resultsItemId = item.id;
                fresh.state = InspectionTask.State.RESULTS_IN;
                fresh.resultsInAt = time.now();
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> audit.record(actor, "inspection.results.drafted", SUBJECT, fresh.id, null, Map.of("item", item.id)));
            })));
        });
    }

    /** The results went live: the clock is met and the department's yearly quota counts the inspection. */
    public Uni<Void> published(InspectionTask t, Actor actor) {
        if (t.resultsPublishedOn != null) return Uni.createFrom().voidItem();
        t.resultsPublishedOn = time.today();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> obligations.running(SUBJECT, String.valueOf(t.id), RESULTS_RULE)
                        .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                .call(() -> quotas.recordQualifying(QUOTA, t.departmentCode, t.endsOn, "随机抽查：" + t.refNo, actor))
                .call(() -> audit.record(actor, "inspection.results.published", SUBJECT, t.id, null, Map.of("publishedOn", t.resultsPublishedOn.toString())))
                .replaceWithVoid();
    }

    // ------------------------------------------------------------------ the list, published (R34)

    static final String LIST_SUBJECT = "inspection-list";

    /**
     * The list of matters drafted as an INSPECTION_LIST item for the review, by the legal section. Drafted again after
     * the list changed, the published list is revised into a new version with the reason; earlier versions stay.
     */
    public Uni<InfoItem> draftList(String reason, Actor actor) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from InspectionMatter where active = true order by code", InspectionMatter.class)
                .getResultList().flatMap(ms -> s.createQuery("from InfoItem where featureType = :f and featureId = 'list'", InfoItem.class)
                        .setParameter("f", LIST_SUBJECT).getResultList().map(found -> {
                            if (ms.isEmpty()) throw ProblemException.conflict("the list has no matter");
                            ItemInput in = new ItemInput(null, null, "随机抽查事项清单", null, "ZCFG", time.today(), List.of("双随机一公开"),
                                    "本局随机抽查事项共" + ms.size() + "项，列明抽查依据、主体、内容、方式、比例和频次。", listBody(ms), DisclosureAttribute.PUBLIC,
                                    null, null, null, false, null, null, null, null, List.of(), ItemType.INSPECTION_LIST, LIST_SUBJECT, "list", null, null, null);
                            return Map.entry(found, in);
                        })))).flatMap(fi -> {
            if (fi.getKey().isEmpty()) {
                return items.create(fi.getValue(), actor).call(i -> audit.record(actor, "inspection.list.drafted", LIST_SUBJECT, i.id, null, Map.of("item", i.id)));
            }
            InfoItem i = fi.getKey().get(0);
            if (!i.state.editable() && blank(reason)) throw ProblemException.badField("reason", "the list is published: say what changed");
            return items.redraft(i, fi.getValue(), i.state.editable() ? null : "清单调整：" + reason.trim(), actor)
                    .call(x -> audit.record(actor, "inspection.list.redrafted", LIST_SUBJECT, i.id, null, Map.of("item", i.id, "reason", blank(reason) ? "" : reason.trim())));
        });
    }

    static String listBody(List<InspectionMatter> ms) {
        StringBuilder b = new StringBuilder("<table><thead><tr><th>编号</th><th>抽查事项</th><th>类别</th><th>抽查依据</th><th>抽查主体</th><th>抽查内容</th>"
                + "<th>抽查方式</th><th>抽查比例</th><th>抽查频次</th></tr></thead><tbody>");
        for (InspectionMatter m : ms) {
            b.append("<tr><td>").append(escape(m.code)).append("</td><td>").append(escape(m.name)).append("</td><td>").append(m.kind == InspectionMatter.Kind.KEY ? "重点" : "一般")
                    .append("</td><td>").append(escape(m.legalBasis)).append("</td><td>").append(escape(m.departmentCode)).append("</td><td>").append(escape(m.content))
                    .append("</td><td>").append(escape(m.method)).append("</td><td>").append(m.ratioPercent).append("%</td><td>").append(escape(m.frequency)).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    // ------------------------------------------------------------------ reading

    @WithSession
    public Uni<List<InspectionAssignment>> assignments(long taskId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from InspectionAssignment where taskId = :t order by id", InspectionAssignment.class)
                .setParameter("t", taskId).getResultList());
    }

    private static Uni<Long> count(String hql, String value) {
        return Panache.getSession().flatMap(s -> s.createQuery(hql, Long.class).setParameter("v", value).getSingleResult());
    }

    static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Long> ids(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(Long::parseLong).toList();
    }

    static Map<String, Object> drawSnapshot(InspectionTask t, Map<Long, List<Long>> drawn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refNo", t.refNo);
        m.put("matter", t.matterId);
        m.put("seed", String.valueOf(t.seed));
        m.put("targets", t.targetPool);
        m.put("inspectors", t.inspectorPool);
        m.put("conflicts", t.conflicts);
        Map<String, String> d = new LinkedHashMap<>();
        drawn.forEach((k, v) -> d.put(String.valueOf(k), join(v)));
        m.put("drawn", d);
        return m;
    }


    static String resultsBody(InspectionTask t, InspectionMatter m, List<InspectionAssignment> as, List<InspectionTarget> targets) {
        Map<Long, InspectionTarget> byId = targets.stream().collect(Collectors.toMap(x -> x.id, x -> x));
        StringBuilder b = new StringBuilder("<p>抽查事项：").append(escape(m.name)).append("（").append(escape(m.code)).append("）</p><p>抽查依据：")
                .append(escape(m.legalBasis)).append("</p><p>抽查方式：").append(escape(m.method)).append("；抽查比例：").append(m.ratioPercent)
                .append("%；抽查时间：").append(t.startsOn).append("至").append(t.endsOn).append("。</p>")
                .append("<table><thead><tr><th>检查对象</th><th>统一社会信用代码</th><th>检查结果</th><th>处理情况</th></tr></thead><tbody>");
        for (InspectionAssignment a : as) {
            InspectionTarget x = byId.get(a.targetId);
            b.append("<tr><td>").append(escape(x == null ? "" : x.name)).append("</td><td>").append(escape(x == null ? "" : x.creditCode)).append("</td><td>")
                    .append(escape(a.finding)).append("</td><td>").append(escape(a.handling)).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
