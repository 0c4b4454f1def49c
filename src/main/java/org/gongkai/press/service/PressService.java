package org.gongkai.press.service;

import static org.gongkai.search.HtmlText.escape;
import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemLink;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.notifications.Notice;
import org.gongkai.notifications.NotificationService;
import org.gongkai.organisation.repository.DepartmentRepository;
import org.gongkai.press.PressConference;
import org.gongkai.press.PressMaterial;
import org.gongkai.press.PressPlan;
import org.gongkai.press.PressPlanEntry;
import org.gongkai.press.PressTopic;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;

/**
 * The press workflow, one method per move (validate → transition → audit → obligations → notify) in one transaction.
 * The plan and the records are items: they reach the portal only through the review (R12).
 */
@ApplicationScoped
public class PressService {
    public static final String TOPIC = "press-topic";
    public static final String CONFERENCE = "press-conference";
    public static final String PLAN = "press-plan";
    /** Each material's clock is its own subject on the ledger (one per department and kind). */
    public static final String MATERIAL = "press-material";
    public static final String MATERIAL_RULE = "R28";
    static final ObjectMapper JSON = new ObjectMapper();

    /** R28: each department's materials are due this many working days before the conference (a setting). */
    @ConfigProperty(name = "gongkai.press.materials-working-days-before")
    int materialsDaysBefore;
    @ConfigProperty(name = "gongkai.bureau.office-department", defaultValue = "BGS")
    String officeDepartment;

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    CalendarService calendars;
    @Inject
    NotificationService notices;
    @Inject
    DepartmentRepository departments;
    @Inject
    ItemService items;
    @Inject
    ItemLinkService links;
    @Inject
    TimeSource time;

    /** A speaker with their post; {@code head}: the bureau's head (the conference counts towards R26). */
    public record Speaker(String name, String post, String departmentCode, boolean head) {}

    public record TopicCommand(Integer year, String title, String reason, String speakers, String materials, Integer preferredMonth) {}

    public record ConferenceCommand(String title, PressConference.Kind kind, Long planEntryId, Instant startsAt, String venue, String host,
                                    List<Speaker> speakers, String liveUrl, List<Long> documentIds, List<MaterialAsk> materials) {}

    public record MaterialAsk(String departmentCode, PressMaterial.Kind kind) {}

    // ------------------------------------------------------------------ topics and the plan (R28)

    public Uni<PressTopic> propose(TopicCommand c, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        int thisYear = time.today().getYear();
        if (c.year() == null || c.year() < thisYear || c.year() > thisYear + 1) e.add(new FieldError("year", "this year or the next"));
        org.gongkai.common.error.Validation.text(e, "title", c.title(), 200, true);
        org.gongkai.common.error.Validation.text(e, "reason", c.reason(), 2000, true);
        org.gongkai.common.error.Validation.text(e, "speakers", c.speakers(), 500, false);
        org.gongkai.common.error.Validation.text(e, "materials", c.materials(), 1000, false);
        if (c.preferredMonth() != null && (c.preferredMonth() < 1 || c.preferredMonth() > 12)) e.add(new FieldError("preferredMonth", "1 to 12"));
        if (actor.department() == null) e.add(new FieldError("departmentCode", "a topic is proposed by a department"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> {
            PressTopic t = new PressTopic();
            t.year = c.year();
            t.title = c.title().trim();
            t.reason = c.reason().trim();
            t.speakers = blank(c.speakers()) ? null : c.speakers().trim();
            t.materials = blank(c.materials()) ? null : c.materials().trim();
            t.preferredMonth = c.preferredMonth();
            t.departmentCode = actor.department();
            t.proposedBy = actor.username();
            t.state = PressTopic.State.PROPOSED;
            t.createdAt = time.now();
            t.updatedAt = t.createdAt;
            return Panache.getSession().flatMap(s -> s.persist(t).call(s::flush))
                    .call(() -> audit.record(actor, "press.topic.proposed", TOPIC, t.id, null, Map.of("year", t.year, "title", t.title, "department", t.departmentCode)))
                    .replaceWith(t);
        });
    }

    /** The office selects a proposal into the year's plan, in a month; or declines it with the reason. */
    public Uni<PressPlanEntry> select(long topicId, Integer month, Actor actor) {
        if (month == null || month < 1 || month > 12) throw ProblemException.badField("month", "1 to 12");
        return Panache.withTransaction(() -> topic(topicId).flatMap(t -> {
            if (t.state != PressTopic.State.PROPOSED) throw ProblemException.illegalTransition("press topic " + topicId, t.state, "select");
            t.state = PressTopic.State.SELECTED;
            t.updatedAt = time.now();
            PressPlanEntry en = new PressPlanEntry();
            en.year = t.year;
            en.topicId = t.id;
            en.month = month;
            en.title = t.title;
            en.departmentCode = t.departmentCode;
            en.createdAt = t.updatedAt;
            return Panache.getSession().flatMap(s -> s.persist(en).call(s::flush))
                    .call(() -> audit.record(actor, "press.topic.selected", TOPIC, t.id, Map.of("state", "PROPOSED"), Map.of("state", "SELECTED", "month", month)))
                    .replaceWith(en);
        }));
    }

    public Uni<PressTopic> decline(long topicId, String note, Actor actor) {
        if (blank(note) || note.length() > 1000) throw ProblemException.badField("note", "is required, at most 1000 characters");
        return Panache.withTransaction(() -> topic(topicId).flatMap(t -> {
            if (t.state != PressTopic.State.PROPOSED) throw ProblemException.illegalTransition("press topic " + topicId, t.state, "decline");
            t.state = PressTopic.State.DECLINED;
            t.decisionNote = note.trim();
            t.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "press.topic.declined", TOPIC, t.id, Map.of("state", "PROPOSED"), Map.of("state", "DECLINED", "note", t.decisionNote)))
                    .replaceWith(t);
        }));
    }

    /** An adjustment takes an entry out of the plan, with the reason (shown in the next version). */
    public Uni<PressPlanEntry> removeEntry(long entryId, String reason, Actor actor) {
        if (blank(reason) || reason.length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(PressPlanEntry.class, entryId)).flatMap(en -> {
            if (en == null) throw ProblemException.notFound("plan entry", entryId);
            if (en.removed) throw ProblemException.conflict("plan entry " + entryId + " was removed already");
            en.removed = true;
            en.removedReason = reason.trim();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "press.plan.entry.removed", PLAN, en.year, Map.of("entry", en.id, "title", en.title), Map.of("reason", en.removedReason)))
                    .replaceWith(en);
        }));
    }

    /**
     * The year's plan as an item for the office to route through the review: the first time a new draft; after it was
     * published, a revision (a new version when approved) that states the adjustment's reason. The body is the plan's
     * table, month by month.
     */
    public Uni<InfoItem> draftPlan(int year, String reason, Actor actor) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(PressPlan.class, year)).flatMap(plan -> entries(year).flatMap(list -> departments.active().flatMap(deps -> {
            if (list.stream().noneMatch(x -> !x.removed)) throw ProblemException.conflict("the " + year + " plan has no topic yet: select proposals first");
            Map<String, String> names = new java.util.HashMap<>();
            deps.forEach(d -> names.put(d.code, d.nameZh));
            String body = planBody(year, list, names);
            if (plan == null) {
                return items.create(planInput(year, "根据各科室申报选题编制。", body), actor).flatMap(i -> Panache.withTransaction(() -> {
                    PressPlan p = new PressPlan();
                    p.year = year;
                    p.itemId = i.id;
                    return Panache.getSession().flatMap(s -> s.persist(p).call(s::flush))
                            .call(() -> audit.record(actor, "press.plan.drafted", PLAN, year, null, Map.of("item", i.id))).replaceWith(i);
                }));
            }
            return items.find(plan.itemId).flatMap(i -> {
                // not yet published: the same first draft, redone; published: the n-th adjustment, with its reason
                int adjustment = i.publishedVersion;
                if (adjustment > 0 && (blank(reason) || reason.length() > 500)) {
                    throw ProblemException.badField("reason", "an adjustment of the plan states its reason, at most 500 characters");
                }
                String why = adjustment == 0 ? "" : reason.trim();
                Uni<InfoItem> draft = i.state.editable() ? Uni.createFrom().item(i)
                        : i.state.allows(PublicationState.Action.REVISE) ? items.revise(i.id, "计划调整：" + why, actor)
                        : Uni.createFrom().failure(ProblemException.illegalTransition("item " + i.id, i.state, "adjust"));
                String summary = adjustment == 0 ? "根据各科室申报选题编制。" : "第" + adjustment + "次调整：" + why;
                return draft.flatMap(d -> items.update(d.id, planInput(year, summary, body), actor))
                        .flatMap(d -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(PressPlan.class, year)).invoke(p -> p.adjustments = adjustment)
                                .call(p -> audit.record(actor, adjustment == 0 ? "press.plan.redrafted" : "press.plan.adjusted", PLAN, year, null,
                                        Map.of("item", d.id, "adjustment", adjustment, "reason", why)))).replaceWith(d));
            });
        }))));
    }

    private ItemInput planInput(int year, String summary, String body) {
        return new ItemInput(null, null, "临沂市教育局" + year + "年度新闻发布计划", null, officeDepartment, null, List.of("新闻发布"), summary, body,
                DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(), ItemType.PRESS_PLAN, PLAN, String.valueOf(year),
                null, null, null);
    }

    static String planBody(int year, List<PressPlanEntry> list, Map<String, String> departmentNames) {
        StringBuilder b = new StringBuilder("<table><caption>").append(year).append("年度新闻发布计划</caption><thead><tr><th>月份</th><th>主题</th><th>发布单位</th></tr></thead><tbody>");
        for (PressPlanEntry en : list) {
            if (en.removed) continue;
            b.append("<tr><td>").append(en.month).append("月</td><td>").append(escape(en.title)).append("</td><td>").append(escape(departmentNames.getOrDefault(en.departmentCode, en.departmentCode))).append("</td></tr>");
        }
        b.append("</tbody></table>");
        List<PressPlanEntry> removed = list.stream().filter(x -> x.removed).toList();
        if (!removed.isEmpty()) {
            b.append("<p>调整说明：</p><ul>");
            removed.forEach(x -> b.append("<li>").append(escape(x.title)).append("：").append(escape(x.removedReason)).append("</li>"));
            b.append("</ul>");
        }
        return b.toString();
    }


    // ------------------------------------------------------------------ conferences (R28, R29)

    public Uni<PressConference> schedule(ConferenceCommand c, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        org.gongkai.common.error.Validation.text(e, "title", c.title(), 200, true);
        if (c.kind() == null) e.add(new FieldError("kind", "REGULAR, AD_HOC, EMERGENCY or BRIEFING"));
        if (c.kind() == PressConference.Kind.REGULAR && c.planEntryId() == null) e.add(new FieldError("planEntryId", "a regular conference is an entry of the year's plan"));
        if (c.kind() == PressConference.Kind.EMERGENCY && c.planEntryId() != null) e.add(new FieldError("planEntryId", "an emergency conference is called outside the plan (R29)"));
        if (c.startsAt() == null) e.add(new FieldError("startsAt", "is required"));
        else if (c.startsAt().isBefore(time.now().minusSeconds(3600))) e.add(new FieldError("startsAt", "is in the past"));
        org.gongkai.common.error.Validation.text(e, "venue", c.venue(), 200, true);
        org.gongkai.common.error.Validation.text(e, "host", c.host(), 100, true);
        List<Speaker> speakers = c.speakers() == null ? List.of() : c.speakers();
        if (speakers.isEmpty() || speakers.size() > 20) e.add(new FieldError("speakers", "one to twenty speakers, each with their post"));
        for (int k = 0; k < speakers.size(); k++) {
            Speaker sp = speakers.get(k);
            if (sp == null || blank(sp.name()) || sp.name().length() > 50) e.add(new FieldError("speakers[" + k + "].name", "is required, at most 50 characters"));
            if (sp == null || blank(sp.post()) || sp.post().length() > 100) e.add(new FieldError("speakers[" + k + "].post", "is required, at most 100 characters"));
        }
        org.gongkai.common.error.Validation.webAddress(e, "liveUrl", c.liveUrl(), false);
        List<MaterialAsk> asks = c.materials() == null ? List.of() : c.materials();
        for (int k = 0; k < asks.size(); k++) {
            if (asks.get(k) == null || blank(asks.get(k).departmentCode()) || asks.get(k).kind() == null) {
                e.add(new FieldError("materials[" + k + "]", "a department and a kind (PRESS_RELEASE, QA, BACKGROUND)"));
            }
        }
        if (asks.stream().map(a -> a == null ? null : a.departmentCode() + "/" + a.kind()).distinct().count() < asks.size()) {
            e.add(new FieldError("materials", "each department's material of a kind once"));
        }
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        List<Long> docs = c.documentIds() == null ? List.of() : c.documentIds().stream().distinct().toList();
        return calendars.calendar().flatMap(cal -> Panache.withTransaction(() -> planEntry(c.planEntryId()).flatMap(x -> documents(docs)).flatMap(x -> {
            PressConference pc = new PressConference();
            pc.title = c.title().trim();
            pc.kind = c.kind();
            pc.planEntryId = c.planEntryId();
            pc.startsAt = c.startsAt();
            pc.venue = c.venue().trim();
            pc.host = c.host().trim();
            pc.speakers = json(speakers);
            pc.liveUrl = blank(c.liveUrl()) ? null : c.liveUrl().trim();
            pc.state = PressConference.State.PLANNED;
            pc.departmentCode = actor.department() == null ? officeDepartment : actor.department();
            pc.createdBy = actor.username();
            pc.createdAt = time.now();
            pc.updatedAt = pc.createdAt;
            LocalDate day = c.startsAt().atZone(TimeSource.ZONE).toLocalDate();
            LocalDate due = cal.workingDaysBefore(day, materialsDaysBefore);
            int daysFromToday = cal.workingDaysAfter(time.today(), due);
            return Panache.getSession().flatMap(s -> s.persist(pc).call(s::flush).flatMap(saved -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Long d : docs) {
                    chain = chain.call(() -> s.createNativeQuery("insert into press_conference_document (conference_id, item_id) values (:c, :i)")
                            .setParameter("c", pc.id).setParameter("i", d).executeUpdate());
                }
                for (MaterialAsk a : asks) {
                    chain = chain.call(() -> departments.byCode(a.departmentCode()).flatMap(dep -> {
                        if (dep == null) throw ProblemException.badField("materials", "no department " + a.departmentCode());
                        PressMaterial m = new PressMaterial();
                        m.conferenceId = pc.id;
                        m.departmentCode = dep.code;
                        m.kind = a.kind();
                        // an emergency, or a conference too soon: due the day before (at the latest, the day itself)
                        m.dueDate = daysFromToday >= 1 ? due : time.today();
                        return s.persist(m).call(s::flush)
                                // on the ledger when there are working days to count; otherwise it is due at once
                                .call(() -> daysFromToday < 1 ? Uni.createFrom().voidItem()
                                        : obligations.open(new ObligationService.OpenCommand(MATERIAL, String.valueOf(m.id), MATERIAL_RULE,
                                        "发布会材料（" + m.kind + "）：" + pc.title, dep.code, null, time.today(), daysFromToday, CountUnit.WORKING, false), actor))
                                .call(() -> notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, dep.code, null,
                                        "发布会材料待提交：" + pc.title + "（" + m.dueDate + "前）", "Press-conference material due " + m.dueDate + ": " + pc.title,
                                        "/console/press/conferences/" + pc.id, CONFERENCE, String.valueOf(pc.id), "press-material:" + m.id)))
                                .replaceWithVoid();
                    }));
                }
                return chain;
            })).call(() -> audit.record(actor, "press.conference.scheduled", CONFERENCE, pc.id, null, snapshot(pc))).replaceWith(pc);
        })));
    }

    /** A department hands in its material as text; on time or late, the ledger says. */
    public Uni<PressMaterial> submitMaterial(long conferenceId, long materialId, String content, Actor actor, boolean office) {
        if (blank(content) || content.length() > 100_000) throw ProblemException.badField("content", "is required, at most 100000 characters");
        return Panache.withTransaction(() -> material(conferenceId, materialId, actor, office).flatMap(m -> handIn(m, actor, x -> x.content = content)));
    }

    /** …or as a file (the press release as a Word document, photos): stored encrypted with the material; handing it in too. */
    public Uni<org.gongkai.files.Attachment> addMaterialFile(long conferenceId, long materialId, org.gongkai.files.AttachmentService.Prepared file, Actor actor, boolean office) {
        return Panache.withTransaction(() -> material(conferenceId, materialId, actor, office)
                .flatMap(m -> handIn(m, actor, x -> {}).flatMap(x -> attachments.add(String.valueOf(m.id), file, actor))));
    }

    @Inject
    org.gongkai.files.AttachmentService attachments;

    /** A material of a planned conference that the actor's department (or the office) may hand in. */
    private Uni<PressMaterial> material(long conferenceId, long materialId, Actor actor, boolean office) {
        return conference(conferenceId).flatMap(pc -> Panache.getSession().flatMap(s -> s.find(PressMaterial.class, materialId)).map(m -> {
            if (m == null || !m.conferenceId.equals(pc.id)) throw ProblemException.notFound("material", materialId);
            if (!office && !m.departmentCode.equals(actor.department())) throw ProblemException.forbidden("the department asked for it hands it in");
            if (pc.state != PressConference.State.PLANNED) throw ProblemException.illegalTransition("press conference " + pc.id, pc.state, "hand in materials for");
            return m;
        }));
    }

    private Uni<PressMaterial> handIn(PressMaterial m, Actor actor, java.util.function.Consumer<PressMaterial> change) {
        {
            boolean first = m.submittedAt == null;
            change.accept(m);
            m.submittedBy = actor.username();
            m.submittedAt = time.now();
            Uni<Void> met = !first ? Uni.createFrom().voidItem() : obligations.forSubject(MATERIAL, String.valueOf(m.id)).flatMap(list -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Obligation o : list) {
                    if (!MATERIAL_RULE.equals(o.ruleId) || o.state != ObligationState.OPEN) continue;
                    long oid = o.id;
                    chain = chain.call(() -> obligations.complete(oid, time.today(), actor));
                }
                return chain;
            });
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> met)
                    .call(() -> audit.record(actor, "press.material.submitted", CONFERENCE, m.conferenceId, null,
                            Map.of("material", m.id, "kind", m.kind.name(), "department", m.departmentCode)))
                    .replaceWith(m);
        }
    }

    /**
     * The notice (新闻发布会预告: time, venue, host, speakers, live stream, what it interprets) drafted by the office as a
     * PRESS_NOTICE item for the review (R28; an emergency one, R29, too: the office's own item, approved by its head at
     * once); its publication announces the conference ({@link #noticePublished}). Drafted again while not yet published.
     */
    public Uni<InfoItem> draftNotice(long id, Actor actor) {
        return Panache.withSession(() -> conference(id).flatMap(pc -> {
            if (pc.state != PressConference.State.PLANNED || pc.announced) throw ProblemException.illegalTransition("press conference " + id, pc.state, "announce");
            return documentIds(id).map(docs -> Map.entry(pc, docs));
        })).flatMap(pd -> {
            PressConference pc = pd.getKey();
            List<Speaker> sp = speakers(pc);
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(pc.startsAt.atZone(TimeSource.ZONE));
            StringBuilder body = new StringBuilder("<dl><dt>时间</dt><dd>").append(escape(when)).append("</dd><dt>地点</dt><dd>").append(escape(pc.venue))
                    .append("</dd><dt>主持人</dt><dd>").append(escape(pc.host)).append("</dd><dt>发布人</dt><dd>")
                    .append(escape(String.join("、", sp.stream().map(x -> x.post() + x.name()).toList()))).append("</dd>");
            if (pc.liveUrl != null) body.append("<dt>网络直播</dt><dd><a href=\"").append(escape(pc.liveUrl)).append("\">").append(escape(pc.liveUrl)).append("</a></dd>");
            body.append("</dl>");
            ItemInput in = new ItemInput(null, null, "关于召开" + pc.title + "新闻发布会的预告", null, officeDepartment, null, List.of("新闻发布会"),
                    "时间：" + when + "；地点：" + pc.venue, body.toString(), DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null,
                    List.of(org.gongkai.disclosure.Channel.PRESS_CONFERENCE), ItemType.PRESS_NOTICE, CONFERENCE, String.valueOf(pc.id), null, null, null);
            Uni<InfoItem> saved = pc.noticeItemId == null ? items.create(in, actor) : Panache.withSession(() -> items.find(pc.noticeItemId)).flatMap(old -> {
                if (!old.state.editable()) throw ProblemException.illegalTransition("press notice " + old.id, old.state, "draft again");
                return items.update(old.id, in, actor);
            });
            return saved.call(item -> move(id, actor, "press.notice.drafted", fresh -> fresh.noticeItemId = item.id, fresh -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                // linked to the documents it interprets once, when first drafted
                if (pc.noticeItemId != null) return chain;
                for (Long d : pd.getValue()) chain = chain.call(() -> links.link(item, d, InfoItemLink.Relation.RELATED, false, actor).replaceWithVoid());
                return chain;
            }));
        });
    }

    /** The notice went live: the portal lists the conference as upcoming, with its live link. */
    public Uni<Void> noticePublished(PressConference pc, Actor actor) {
        if (pc.announced || pc.state != PressConference.State.PLANNED) return Uni.createFrom().voidItem();
        Map<String, Object> before = snapshot(pc);
        pc.announced = true;
        pc.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> audit.record(actor, "press.conference.announced", CONFERENCE, pc.id, before, snapshot(pc))).replaceWithVoid();
    }

    public Uni<PressConference> held(long id, String replayUrl, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        org.gongkai.common.error.Validation.webAddress(e, "replayUrl", replayUrl, false);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return move(id, actor, "press.conference.held", pc -> {
            if (pc.state != PressConference.State.PLANNED) throw ProblemException.illegalTransition("press conference " + id, pc.state, "mark as held");
            if (pc.startsAt.isAfter(time.now())) throw ProblemException.conflict("press conference " + id + " starts at " + pc.startsAt + ": it is held after that");
            pc.state = PressConference.State.HELD;
            pc.replayUrl = blank(replayUrl) ? null : replayUrl.trim();
        });
    }

    public Uni<PressConference> cancel(long id, String reason, Actor actor) {
        if (blank(reason) || reason.length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        // the conference and its material clocks in one transaction: cancelled together, or neither
        return move(id, actor, "press.conference.cancelled", pc -> {
            if (pc.state != PressConference.State.PLANNED) throw ProblemException.illegalTransition("press conference " + id, pc.state, "cancel");
            pc.state = PressConference.State.CANCELLED;
        }, pc -> materials(id).flatMap(ms -> obligations.rowsFor(MATERIAL, ms.stream().map(m -> String.valueOf(m.id)).toList())).flatMap(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var r : rows) {
                if (r.obligation().state != ObligationState.OPEN) continue;
                long oid = r.obligation().id;
                chain = chain.call(() -> obligations.cancel(oid, "发布会取消：" + reason.trim(), actor));
            }
            // its notice leaves the portal with it (or stops in the review)
            return chain.call(() -> pc.noticeItemId == null ? Uni.createFrom().voidItem() : items.find(pc.noticeItemId).flatMap(n ->
                    n.state == org.gongkai.publication.PublicationState.WITHDRAWN || n.state == org.gongkai.publication.PublicationState.DECIDED
                            ? Uni.createFrom().voidItem() : items.withdraw(n.id, "发布会取消：" + reason.trim(), actor).replaceWithVoid()));
        }));
    }

    /**
     * The record (实录: transcript with times, photos, video) drafted as an item of type PRESS_RECORD for the review,
     * linked to the documents the conference interpreted and to the year's plan; its publication is the conference's
     * record ({@link PressRecordPublished}).
     */
    public Uni<InfoItem> draftRecord(long id, String transcript, Actor actor) {
        if (blank(transcript) || transcript.length() > 500_000) throw ProblemException.badField("transcript", "is required, at most 500000 characters");
        return Panache.withSession(() -> conference(id).flatMap(pc -> {
            if (pc.state != PressConference.State.HELD) throw ProblemException.illegalTransition("press conference " + id, pc.state, "draft the record of");
            if (pc.recordItemId != null) throw ProblemException.conflict("press conference " + id + " has its record already (item " + pc.recordItemId + ")");
            List<Speaker> sp = speakers(pc);
            String summary = pc.startsAt.atZone(TimeSource.ZONE).toLocalDate() + " " + pc.venue + "；主持人：" + pc.host + "；发布人："
                    + String.join("、", sp.stream().map(x -> x.post() + x.name()).toList());
            String body = transcript + (pc.replayUrl == null ? "" : "<p>视频回放：<a href=\"" + escape(pc.replayUrl) + "\">" + escape(pc.replayUrl) + "</a></p>");
            ItemInput in = new ItemInput(null, null, pc.title + "新闻发布会实录", null, officeDepartment, null, List.of("新闻发布会"), summary, body,
                    DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(org.gongkai.disclosure.Channel.PRESS_CONFERENCE),
                    ItemType.PRESS_RECORD, CONFERENCE, String.valueOf(pc.id), null, null, null);
            return items.create(in, actor).flatMap(record -> Panache.withTransaction(() -> conference(id).flatMap(fresh -> {
                fresh.recordItemId = record.id;
                fresh.updatedAt = time.now();
                return Panache.getSession().flatMap(s -> s.flush());
            }).flatMap(x -> documentIds(id)).flatMap(docs -> planItemOf(pc).flatMap(planItem -> {
                List<Long> related = new ArrayList<>(docs);
                // and the year's plan it was an entry of
                if (planItem != null && !related.contains(planItem)) related.add(planItem);
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Long d : related) chain = chain.call(() -> links.link(record, d, InfoItemLink.Relation.RELATED, false, actor).replaceWithVoid());
                return chain.call(() -> audit.record(actor, "press.record.drafted", CONFERENCE, id, null, Map.of("item", record.id)));
            }))).replaceWith(record));
        }));
    }

    private Uni<PressConference> move(long id, Actor actor, String action, java.util.function.Consumer<PressConference> change) {
        return move(id, actor, action, change, pc -> Uni.createFrom().voidItem());
    }

    /** validate and change → flush → what else the move does, in the same transaction → audit event. */
    private Uni<PressConference> move(long id, Actor actor, String action, java.util.function.Consumer<PressConference> change,
                                      java.util.function.Function<PressConference, Uni<Void>> then) {
        return Panache.withTransaction(() -> conference(id).flatMap(pc -> {
            Map<String, Object> before = snapshot(pc);
            change.accept(pc);
            pc.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> then.apply(pc))
                    .call(() -> audit.record(actor, action, CONFERENCE, pc.id, before, snapshot(pc))).replaceWith(pc);
        }));
    }

    // ------------------------------------------------------------------ reading

    @WithSession
    public Uni<PressTopic> topic(long id) {
        return org.gongkai.common.error.Found.require(PressTopic.class, id, "press topic");
    }

    @WithSession
    public Uni<PressConference> conference(long id) {
        return org.gongkai.common.error.Found.require(PressConference.class, id, "press conference");
    }

    @WithSession
    public Uni<List<PressPlanEntry>> entries(int year) {
        return Panache.getSession().flatMap(s -> s.createQuery("from PressPlanEntry where year = :y order by month, id", PressPlanEntry.class)
                .setParameter("y", year).getResultList());
    }

    @WithSession
    public Uni<PressPlan> plan(int year) {
        return Panache.getSession().flatMap(s -> s.find(PressPlan.class, year));
    }

    @WithSession
    public Uni<List<PressMaterial>> materials(long conferenceId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from PressMaterial where conferenceId = :c order by departmentCode, kind", PressMaterial.class)
                .setParameter("c", conferenceId).getResultList());
    }

    @WithSession
    public Uni<List<Long>> documentIds(long conferenceId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select item_id from press_conference_document where conference_id = :c order by item_id", Long.class)
                .setParameter("c", conferenceId).getResultList());
    }

    public static List<Speaker> speakers(PressConference pc) {
        try {
            return JSON.readValue(pc.speakers, new TypeReference<List<Speaker>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The item of the plan a regular conference came from, or null. */
    private Uni<Long> planItemOf(PressConference pc) {
        if (pc.planEntryId == null) return Uni.createFrom().nullItem();
        return Panache.getSession().flatMap(s -> s.find(PressPlanEntry.class, pc.planEntryId))
                .flatMap(en -> en == null ? Uni.createFrom().<PressPlan>nullItem() : Panache.getSession().flatMap(s -> s.find(PressPlan.class, en.year)))
                .map(p -> p == null ? null : p.itemId);
    }

    private Uni<Void> planEntry(Long id) {
        if (id == null) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.find(PressPlanEntry.class, id)).invoke(en -> {
            if (en == null || en.removed) throw ProblemException.badField("planEntryId", "no entry " + id + " in a press plan");
        }).replaceWithVoid();
    }

    private Uni<Void> documents(List<Long> ids) {
        if (ids.isEmpty()) return Uni.createFrom().voidItem();
        return Panache.getSession().flatMap(s -> s.createQuery("select count(*) from InfoItem where id in :ids and kind = :k", Long.class)
                .setParameter("ids", ids).setParameter("k", InfoItem.Kind.ITEM).getSingleResult()).invoke(n -> {
            if (n != ids.size()) throw ProblemException.badField("documentIds", "names an item that does not exist");
        }).replaceWithVoid();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> snapshot(PressConference pc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", pc.title);
        m.put("kind", pc.kind.name());
        m.put("state", pc.state.name());
        m.put("startsAt", pc.startsAt.toString());
        m.put("announced", pc.announced);
        if (pc.noticeItemId != null) m.put("noticeItem", pc.noticeItemId);
        if (pc.planEntryId != null) m.put("planEntry", pc.planEntryId);
        return m;
    }

    /** Its clocks move only through this workflow. */
    @ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("press conferences 新闻发布会", CONFERENCE, MATERIAL);
        }
    }
}
