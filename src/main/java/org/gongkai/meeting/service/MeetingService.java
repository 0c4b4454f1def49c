package org.gongkai.meeting.service;

import static org.gongkai.search.HtmlText.escape;
import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.crypto.Masking;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.meeting.Meeting;
import org.gongkai.meeting.MeetingAttendee;
import org.gongkai.meeting.MeetingDecision;
import org.gongkai.meeting.MeetingMaterial;
import org.gongkai.meeting.MeetingTopic;
import org.gongkai.notifications.Notice;
import org.gongkai.notifications.NotificationService;
import org.gongkai.organisation.repository.DepartmentRepository;
import org.gongkai.publication.DisclosureAttribute;

/**
 * Meetings (R31, R32), one method per move (validate → change → audit event → clocks, in one transaction). The
 * organiser sets a meeting up; the R31 clock (materials to the office within N working days after the day it ends, a
 * setting with the legal default 1) is on the ledger from then, counting from its last day; the notice and the
 * materials are items through the review, whose publication announces the meeting and makes its materials public
 * ({@link MeetingPublished}).
 */
@ApplicationScoped
public class MeetingService {
    public static final String SUBJECT = "meeting";
    public static final String RULE = "R31";
    /** Each decision followed up is its own subject on the ledger. */
    public static final String DECISION = "meeting-decision";
    public static final String DECISION_RULE = "R2-DB";
    /** The leading group's yearly report to the director's meeting (R2, a yearly quota). */
    public static final String REPORT_QUOTA = "R2";

    /** R31: the materials are due at the office this many working days after the meeting ends (a setting). */
    @ConfigProperty(name = "gongkai.meeting.materials-working-days")
    int materialsDays;

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    org.gongkai.compliance.service.QuotaService quotas;
    @Inject
    NotificationService notices;
    @Inject
    DepartmentRepository departments;
    @Inject
    ItemService items;
    @Inject
    TrackingNumbers numbers;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "gongkai.bureau.office-department", defaultValue = "BGS")
    String officeDepartment;

    public record TopicInput(String title, String departmentCode,
                             @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "the leading group's yearly report on openness work (R2)") Boolean opennessReport) {}

    public record SetUp(String title, Meeting.Category category, Meeting.Format format, Instant startsAt, Instant endsAt, String venue,
                        String liveUrl, String agenda, List<Channel> channels, List<TopicInput> topics) {}

    // ------------------------------------------------------------------ setting up

    /** Every failing field of what a meeting says about itself (title, kind, time, venue, stream, agenda). */
    private List<FieldError> checkSetUp(SetUp c) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "title", c.title(), 200, true);
        if (c.category() == null) e.add(new FieldError("category", "is required: PUBLIC_INTEREST, DIRECTORS or LEADING_GROUP"));
        if (c.format() == null) e.add(new FieldError("format", "is required: IN_PERSON, ONLINE or HYBRID"));
        if (c.startsAt() == null) e.add(new FieldError("startsAt", "is required"));
        else if (c.startsAt().isBefore(time.now().minusSeconds(3600))) e.add(new FieldError("startsAt", "is in the past"));
        if (c.endsAt() == null) e.add(new FieldError("endsAt", "is required"));
        else if (c.startsAt() != null && !c.endsAt().isAfter(c.startsAt())) e.add(new FieldError("endsAt", "must be after startsAt"));
        else if (c.startsAt() != null && c.endsAt().isAfter(c.startsAt().plusSeconds(7 * 86400))) e.add(new FieldError("endsAt", "a meeting lasts at most 7 days"));
        Validation.text(e, "venue", c.venue(), 200, c.format() != Meeting.Format.ONLINE);
        Validation.webAddress(e, "liveUrl", c.liveUrl(), true);
        if (c.format() == Meeting.Format.ONLINE && blank(c.liveUrl())) e.add(new FieldError("liveUrl", "an online meeting gives its stream's address"));
        Validation.text(e, "agenda", c.agenda(), 20_000, true);
        return e;
    }

    /** A meeting of the actor's department (the office: of the department it names); the R31 clock opens with it. */
    public Uni<Meeting> create(SetUp c, String departmentCode, Actor actor) {
        List<FieldError> e = checkSetUp(c);
        List<TopicInput> topics = c.topics() == null ? List.of() : c.topics();
        if (c.category() == Meeting.Category.DIRECTORS && topics.isEmpty()) e.add(new FieldError("topics", "a director's meeting lists its topics (议题)"));
        if (c.category() != null && c.category() != Meeting.Category.DIRECTORS && !topics.isEmpty()) e.add(new FieldError("topics", "only a director's meeting has topics open to attendance"));
        if (topics.size() > 30) e.add(new FieldError("topics", "at most 30"));
        for (int i = 0; i < topics.size(); i++) {
            TopicInput t = topics.get(i);
            if (t == null || blank(t.title()) || t.title().length() > 200) e.add(new FieldError("topics[" + i + "].title", "is required, at most 200 characters"));
            if (t == null || blank(t.departmentCode())) e.add(new FieldError("topics[" + i + "].departmentCode", "the department reporting it"));
        }
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> departments.byCode(departmentCode).flatMap(dep -> {
            if (dep == null) throw ProblemException.badField("departmentCode", "no department " + departmentCode);
            return checkDepartments(topics);
        }).flatMap(x -> numbers.next("HYGK", time.today().getYear())).flatMap(ref -> {
            Meeting m = new Meeting();
            m.refNo = ref;
            m.title = c.title().trim();
            m.category = c.category();
            m.format = c.format();
            m.departmentCode = departmentCode;
            m.startsAt = c.startsAt();
            m.endsAt = c.endsAt();
            m.venue = blank(c.venue()) ? null : c.venue().trim();
            m.liveUrl = blank(c.liveUrl()) ? null : c.liveUrl().trim();
            m.agenda = c.agenda().trim();
            m.channels = String.join(",", (c.channels() == null ? List.<Channel>of() : c.channels()).stream().distinct().map(Enum::name).toList());
            m.state = Meeting.State.PLANNED;
            m.createdBy = actor.username();
            m.createdAt = time.now();
            m.updatedAt = m.createdAt;
            return Panache.getSession().flatMap(s -> s.persist(m).call(s::flush).flatMap(saved -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (int i = 0; i < topics.size(); i++) {
                    MeetingTopic t = new MeetingTopic();
                    t.meetingId = m.id;
                    t.seq = i + 1;
                    t.title = topics.get(i).title().trim();
                    t.departmentCode = topics.get(i).departmentCode().trim();
                    t.opennessReport = Boolean.TRUE.equals(topics.get(i).opennessReport());
                    chain = chain.call(() -> s.persist(t));
                }
                return chain.call(s::flush);
            })).call(() -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(m.id), RULE, "会议材料报送：" + m.title,
                    m.departmentCode, null, m.endDay(), materialsDays, CountUnit.WORKING, false), actor))
                    .call(() -> audit.record(actor, "meeting.created", SUBJECT, m.id, null, snapshot(m))).replaceWith(m);
        }));
    }

    /**
     * A planned meeting changed (R31): its title, format, time, venue, stream, agenda and channels; its kind and topics
     * stay. Moved to another day, its materials clock counts from the new last day. A notice already drafted is drafted
     * again from the console (a published one is revised: the portal keeps the old one until the new is approved).
     */
    public Uni<Meeting> reschedule(long id, SetUp c, Actor actor, Consumer<Meeting> may) {
        return Panache.withTransaction(() -> meeting(id).invoke(may).flatMap(m -> {
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "change");
            // the kind is the meeting's own: checked as it is, not as given
            List<FieldError> e = checkSetUp(new SetUp(c.title(), m.category, c.format(), c.startsAt(), c.endsAt(), c.venue(), c.liveUrl(), c.agenda(), c.channels(), null));
            if (c.category() != null && c.category() != m.category) e.add(new FieldError("category", "a meeting keeps its kind"));
            if (!e.isEmpty()) throw ProblemException.badFields(e);
            Map<String, Object> before = snapshot(m);
            java.time.LocalDate oldEnd = m.endDay();
            m.title = c.title().trim();
            m.format = c.format();
            m.startsAt = c.startsAt();
            m.endsAt = c.endsAt();
            m.venue = blank(c.venue()) ? null : c.venue().trim();
            m.liveUrl = blank(c.liveUrl()) ? null : c.liveUrl().trim();
            m.agenda = c.agenda().trim();
            m.channels = String.join(",", (c.channels() == null ? List.<Channel>of() : c.channels()).stream().distinct().map(Enum::name).toList());
            m.updatedAt = time.now();
            Uni<Void> clock = oldEnd.equals(m.endDay()) ? Uni.createFrom().voidItem() : openClock(m).flatMap(o -> o == null ? Uni.createFrom().voidItem()
                    : obligations.postpone(o.id, m.endDay(), "会议改期：" + oldEnd + " → " + m.endDay(), actor).replaceWithVoid());
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> clock)
                    .call(() -> audit.record(actor, "meeting.changed", SUBJECT, m.id, before, snapshot(m))).replaceWith(m);
        }));
    }

    private Uni<Void> checkDepartments(List<TopicInput> topics) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < topics.size(); i++) {
            String code = topics.get(i).departmentCode().trim();
            int k = i;
            chain = chain.call(() -> departments.byCode(code).invoke(d -> {
                if (d == null) throw ProblemException.badField("topics[" + k + "].departmentCode", "no department " + code);
            }));
        }
        return chain;
    }

    /** The notice (会议预告: time, venue, live stream, agenda) drafted as an item for the review; its publication announces it. */
    public Uni<InfoItem> draftNotice(long id, Actor actor, Consumer<Meeting> may) {
        return Panache.withSession(() -> meeting(id).invoke(may).flatMap(m -> {
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "announce");
            return topics(id).map(ts -> Map.entry(m, ts));
        })).flatMap(mt -> {
            Meeting m = mt.getKey();
            ItemInput in = item(m, ItemType.MEETING_NOTICE, "关于召开" + m.title + "的预告", "时间：" + when(m) + (m.venue == null ? "" : "；地点：" + m.venue), noticeBody(m, mt.getValue()));
            return save(m.noticeItemId, in, actor, "meeting notice").call(item -> change(id, actor, "meeting.notice.drafted", x -> x.noticeItemId = item.id));
        });
    }

    /** The meeting was held (a replay link, when there is one). */
    public Uni<Meeting> held(long id, String replayUrl, Actor actor, Consumer<Meeting> may) {
        List<FieldError> e = new ArrayList<>();
        Validation.webAddress(e, "replayUrl", replayUrl, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return change(id, actor, "meeting.held", m -> {
            may.accept(m);
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "mark as held");
            if (m.startsAt.isAfter(time.now())) throw ProblemException.conflict("meeting " + id + " starts at " + m.startsAt + ": it is held after that");
            m.state = Meeting.State.HELD;
            m.replayUrl = blank(replayUrl) ? m.replayUrl : replayUrl.trim();
        });
    }

    /** Cancelled: its clock is cancelled with it, in the same transaction. */
    public Uni<Meeting> cancel(long id, String reason, Actor actor, Consumer<Meeting> may) {
        if (blank(reason) || reason.length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        return Panache.withTransaction(() -> meeting(id).invoke(may).flatMap(m -> {
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "cancel");
            Map<String, Object> before = snapshot(m);
            m.state = Meeting.State.CANCELLED;
            m.cancelReason = reason.trim();
            m.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> openClock(m).flatMap(o -> o == null ? Uni.createFrom().voidItem()
                            : obligations.cancel(o.id, "会议取消：" + m.cancelReason, actor).replaceWithVoid()))
                    .call(() -> audit.record(actor, "meeting.cancelled", SUBJECT, m.id, before, snapshot(m))).replaceWith(m);
        }));
    }

    // ------------------------------------------------------------------ materials (R31)

    /** One material handed in as text (the files go on the materials item, as on any item). */
    public Uni<MeetingMaterial> addMaterial(long id, MeetingMaterial.Kind kind, String title, String content, Actor actor, Consumer<Meeting> may) {
        List<FieldError> e = new ArrayList<>();
        if (kind == null) e.add(new FieldError("kind", "is required: AGENDA, SPEECH, DECISION, MINUTES or MEDIA"));
        Validation.text(e, "title", title, 200, true);
        Validation.text(e, "content", content, 200_000, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> meeting(id).invoke(may).flatMap(m -> {
            if (m.state == Meeting.State.CANCELLED) throw ProblemException.illegalTransition("meeting " + id, m.state, "hand in materials for");
            if (m.materialsItemId != null) throw ProblemException.conflict("meeting " + id + "'s materials are drafted for publication (item " + m.materialsItemId + "): add to that item");
            MeetingMaterial mm = new MeetingMaterial();
            mm.meetingId = m.id;
            mm.kind = kind;
            mm.title = title.trim();
            mm.content = content.trim();
            mm.submittedBy = actor.username();
            mm.submittedAt = time.now();
            return Panache.getSession().flatMap(s -> s.persist(mm).call(s::flush))
                    .call(() -> audit.record(actor, "meeting.material.added", SUBJECT, m.id, null, Map.of("material", mm.id, "kind", kind.name(), "title", mm.title)))
                    .replaceWith(mm);
        }));
    }

    /**
     * The organiser hands the materials to the office: the R31 clock is met — on time or late, the ledger says — and
     * the office is told. Only after the meeting has ended, with at least one material.
     */
    public Uni<Meeting> handOver(long id, Actor actor, Consumer<Meeting> may) {
        return Panache.withTransaction(() -> meeting(id).invoke(may).flatMap(m -> {
            if (m.state == Meeting.State.CANCELLED) throw ProblemException.illegalTransition("meeting " + id, m.state, "hand over the materials of");
            if (m.materialsHandedInAt != null) throw ProblemException.conflict("meeting " + id + "'s materials were handed over on " + m.materialsHandedInAt);
            if (m.endsAt.isAfter(time.now())) throw ProblemException.conflict("meeting " + id + " ends at " + m.endsAt + ": its materials are handed over after that");
            return Panache.getSession().flatMap(s -> s.createQuery("select count(*) from MeetingMaterial where meetingId = :m", Long.class).setParameter("m", m.id).getSingleResult())
                    .flatMap(n -> {
                        if (n == 0) throw ProblemException.conflict("meeting " + id + " has no materials yet: add the agenda, speeches, decisions or minutes first");
                        Map<String, Object> before = snapshot(m);
                        m.materialsHandedInAt = time.now();
                        m.materialsHandedInBy = actor.username();
                        if (m.state == Meeting.State.PLANNED) m.state = Meeting.State.HELD;
                        m.updatedAt = time.now();
                        return Panache.getSession().flatMap(s -> s.flush())
                                .call(() -> openClock(m).flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                                .call(() -> opennessReported(m, actor))
                                .call(() -> notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, officeDepartment, null,
                                        "会议材料已报送：" + m.title, "Meeting materials handed over: " + m.title,
                                        "/console/meetings/" + m.id, SUBJECT, String.valueOf(m.id), "meeting-materials:" + m.id)))
                                .call(() -> audit.record(actor, "meeting.materials.handed-over", SUBJECT, m.id, before, snapshot(m))).replaceWith(m);
                    });
        }));
    }

    /**
     * The office drafts the materials item (kind MEETING_MATERIALS) from what was handed in: the agenda, the materials,
     * the replay, and, for a director's meeting, its attended topics with who attended and what they said (names masked).
     */
    public Uni<InfoItem> draftMaterials(long id, Actor actor) {
        return Panache.withSession(() -> meeting(id).flatMap(m -> {
            if (m.materialsHandedInAt == null) throw ProblemException.conflict("meeting " + id + "'s materials have not been handed over yet");
            return materials(id).flatMap(ms -> topics(id).flatMap(ts -> attendees(id).map(as -> {
                String body = materialsBody(m, ms, ts, as);
                return item(m, ItemType.MEETING_MATERIALS, m.title + "会议材料", when(m) + (m.venue == null ? "" : "，" + m.venue) + "；共" + ms.size() + "份材料。", body);
            }))).map(in -> Map.entry(m, in));
        })).flatMap(mi -> save(mi.getKey().materialsItemId, mi.getValue(), actor, "meeting materials")
                .call(item -> change(id, actor, "meeting.materials.drafted", x -> x.materialsItemId = item.id)));
    }

    private Uni<InfoItem> save(Long existing, ItemInput in, Actor actor, String what) {
        if (existing == null) return items.create(in, actor);
        return Panache.withSession(() -> items.find(existing)).flatMap(old -> {
            if (!old.state.editable()) throw ProblemException.illegalTransition(what + " " + old.id, old.state, "draft again");
            return items.update(old.id, in, actor);
        });
    }

    private ItemInput item(Meeting m, ItemType type, String title, String summary, String body) {
        List<Channel> channels = m.channelList().stream().map(Channel::valueOf).toList();
        return new ItemInput(null, null, title, null, m.departmentCode, null, List.of("会议公开"), summary, body,
                DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, channels, type, SUBJECT, String.valueOf(m.id),
                null, null, null);
    }

    /** A director's meeting that heard the leading group's yearly report on openness work meets the R2 quota (on its day). */
    private Uni<Void> opennessReported(Meeting m, Actor actor) {
        if (m.category != Meeting.Category.DIRECTORS) return Uni.createFrom().voidItem();
        return topics(m.id).flatMap(ts -> ts.stream().noneMatch(t -> t.opennessReport) ? Uni.createFrom().voidItem()
                : quotas.recordQualifying(REPORT_QUOTA, officeDepartment, m.endDay(), "局长办公会听取政务公开工作汇报：" + m.title + "（" + m.refNo + "）", actor).replaceWithVoid());
    }

    // ------------------------------------------------------------------ follow-up of decisions (督办, R1–R2)

    public record DecisionInput(String text, String departmentCode, LocalDate dueOn) {}

    /**
     * The office records a decision of a leading-group or director's meeting as a task for a department, due on a day:
     * a clock on the ledger (R2-DB) on that department, which is told.
     */
    public Uni<MeetingDecision> decide(long id, DecisionInput in, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "text", in.text(), 2000, true);
        if (blank(in.departmentCode())) e.add(new FieldError("departmentCode", "the department that carries it out"));
        if (in.dueOn() == null) e.add(new FieldError("dueOn", "is required"));
        else if (!in.dueOn().isAfter(time.today())) e.add(new FieldError("dueOn", "must be after today"));
        else if (in.dueOn().isAfter(time.today().plusYears(2))) e.add(new FieldError("dueOn", "at most two years ahead"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> meeting(id).flatMap(m -> {
            if (m.category == Meeting.Category.PUBLIC_INTEREST) throw ProblemException.conflict("meeting " + id + " is not a meeting of the leading group or a director's meeting");
            if (m.state == Meeting.State.CANCELLED) throw ProblemException.illegalTransition("meeting " + id, m.state, "record decisions of");
            if (m.startsAt.isAfter(time.now())) throw ProblemException.conflict("meeting " + id + " has not begun");
            return departments.byCode(in.departmentCode().trim()).flatMap(dep -> {
                if (dep == null) throw ProblemException.badField("departmentCode", "no department " + in.departmentCode());
                return Panache.getSession().flatMap(s -> s.createQuery("select coalesce(max(seq), 0) from MeetingDecision where meetingId = :m", Integer.class)
                        .setParameter("m", m.id).getSingleResult()).flatMap(last -> {
                    MeetingDecision d = new MeetingDecision();
                    d.meetingId = m.id;
                    d.seq = last + 1;
                    d.text = in.text().trim();
                    d.departmentCode = dep.code;
                    d.dueOn = in.dueOn();
                    d.state = MeetingDecision.State.OPEN;
                    d.createdBy = actor.username();
                    d.createdAt = time.now();
                    return Panache.getSession().flatMap(s -> s.persist(d).call(s::flush))
                            .call(() -> obligations.openDueOn(DECISION, String.valueOf(d.id), DECISION_RULE, "督办事项：" + abbreviate(d.text), d.departmentCode,
                                    d.dueOn, actor).call(o -> {
                                        if (o.dueDate.equals(d.dueOn)) return Uni.createFrom().voidItem();
                                        d.dueOn = o.dueDate;
                                        return Panache.getSession().flatMap(s -> s.flush());
                                    }))
                            .call(() -> notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, d.departmentCode, null,
                                    "督办事项（" + d.dueOn + "前办结）：" + abbreviate(d.text), "Follow-up task due " + d.dueOn + ": " + abbreviate(d.text),
                                    "/console/meetings/" + m.id, SUBJECT, String.valueOf(m.id), "meeting-decision:" + d.id)))
                            .call(() -> audit.record(actor, "meeting.decision.recorded", SUBJECT, m.id, null,
                                    Map.of("decision", d.id, "department", d.departmentCode, "dueOn", d.dueOn.toString())))
                            .replaceWith(d);
                });
            });
        }));
    }

    /** The department reports the task done, with what it did; its clock is met, on time or late. */
    public Uni<MeetingDecision> completeDecision(long id, long decisionId, String evidence, Actor actor, Consumer<MeetingDecision> may) {
        if (blank(evidence) || evidence.length() > 5000) throw ProblemException.badField("evidence", "is required, at most 5000 characters: what was done");
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(MeetingDecision.class, decisionId)).flatMap(d -> {
            if (d == null || d.meetingId != id) throw ProblemException.notFound("decision", decisionId);
            may.accept(d);
            if (d.state != MeetingDecision.State.OPEN) throw ProblemException.illegalTransition("decision " + decisionId, d.state, "complete");
            d.state = MeetingDecision.State.DONE;
            d.evidence = evidence.trim();
            d.doneBy = actor.username();
            d.doneAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> obligations.running(DECISION, String.valueOf(d.id), DECISION_RULE)
                            .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                    .call(() -> audit.record(actor, "meeting.decision.done", SUBJECT, d.meetingId, Map.of("decision", d.id, "state", "OPEN"),
                            Map.of("decision", d.id, "state", "DONE")))
                    .replaceWith(d);
        }));
    }

    @WithSession
    public Uni<List<MeetingDecision>> decisions(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from MeetingDecision where meetingId = :m order by seq", MeetingDecision.class).setParameter("m", id).getResultList());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    // ------------------------------------------------------------------ attendance at the director's meetings (R32)

    /** The office marks a topic open to attendance (or not); the reporting department is asked to agree. */
    public Uni<MeetingTopic> markTopic(long id, long topicId, boolean open, Actor actor) {
        return Panache.withTransaction(() -> meeting(id).flatMap(m -> {
            if (m.category != Meeting.Category.DIRECTORS) throw ProblemException.conflict("meeting " + id + " is not a director's meeting");
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "change the topics of");
            return topic(id, topicId).flatMap(t -> {
                boolean before = t.openToAttendance;
                t.openToAttendance = open;
                if (!open) {
                    t.answer = null;
                    t.answerReason = null;
                    t.answeredBy = null;
                }
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> !open ? Uni.createFrom().voidItem() : notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, t.departmentCode, null,
                                "议题拟安排公众列席，请确认：" + t.title, "Topic proposed for public attendance, please answer: " + t.title,
                                "/console/meetings/" + m.id, SUBJECT, String.valueOf(m.id), "meeting-topic:" + t.id + ":" + time.now().toEpochMilli())))
                        .call(() -> audit.record(actor, "meeting.topic.marked", SUBJECT, m.id, Map.of("topic", t.id, "open", before), Map.of("topic", t.id, "open", open)))
                        .replaceWith(t);
            });
        }));
    }

    /** The department reporting a topic agrees to attendance, or declines with its reason. */
    public Uni<MeetingTopic> answerTopic(long id, long topicId, Boolean agree, String reason, Actor actor, Consumer<MeetingTopic> may) {
        List<FieldError> e = new ArrayList<>();
        if (agree == null) e.add(new FieldError("agree", "is required: true or false"));
        Validation.text(e, "reason", reason, 1000, Boolean.FALSE.equals(agree));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> meeting(id).flatMap(m -> topic(id, topicId).invoke(may).flatMap(t -> {
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "answer on the topics of");
            if (!t.openToAttendance) throw ProblemException.conflict("topic " + t.seq + " is not proposed for attendance");
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("topic", t.id);
            before.put("answer", t.answer == null ? null : t.answer.name());
            t.answer = agree ? MeetingTopic.Answer.AGREED : MeetingTopic.Answer.DECLINED;
            t.answerReason = blank(reason) ? null : reason.trim();
            t.answeredBy = actor.username();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "meeting.topic.answered", SUBJECT, m.id, before, Map.of("topic", t.id, "answer", t.answer.name())))
                    .replaceWith(t);
        })));
    }

    public record Invitation(Long topicId, MeetingAttendee.Category category, String name, String affiliation) {}

    /**
     * The office invites someone: to a topic open to attendance and agreed by its department (a director's meeting), or
     * to a meeting of public interest. The name is stored encrypted; the audit trail and the public see it masked.
     */
    public Uni<MeetingAttendee> invite(long id, Invitation in, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (in.category() == null) e.add(new FieldError("category", "is required: STAKEHOLDER, PUBLIC, NPC_DEPUTY, CPPCC_MEMBER, EXPERT or MEDIA"));
        Validation.text(e, "name", in.name(), 50, true);
        Validation.text(e, "affiliation", in.affiliation(), 200, false);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> meeting(id).flatMap(m -> {
            if (m.state != Meeting.State.PLANNED) throw ProblemException.illegalTransition("meeting " + id, m.state, "invite to");
            if (m.category == Meeting.Category.DIRECTORS && in.topicId() == null) throw ProblemException.badField("topicId", "a director's meeting is attended for a topic");
            if (m.category != Meeting.Category.DIRECTORS && in.topicId() != null) throw ProblemException.badField("topicId", "only a director's meeting has topics");
            Uni<Void> topicOk = in.topicId() == null ? Uni.createFrom().voidItem() : topic(id, in.topicId()).invoke(t -> {
                if (!t.attended()) throw ProblemException.conflict("topic " + t.seq + " is not open to attendance"
                        + (t.openToAttendance ? ": its department has " + (t.answer == null ? "not answered yet" : "declined") : ""));
            }).replaceWithVoid();
            return topicOk.flatMap(x -> {
                MeetingAttendee a = new MeetingAttendee();
                a.meetingId = m.id;
                a.topicId = in.topicId();
                a.category = in.category();
                a.nameEnc = cipher.encrypt(in.name().trim());
                a.nameMasked = Masking.name(in.name().trim());
                a.affiliation = blank(in.affiliation()) ? null : in.affiliation().trim();
                a.state = MeetingAttendee.State.INVITED;
                a.invitedBy = actor.username();
                a.invitedAt = time.now();
                return Panache.getSession().flatMap(s -> s.persist(a).call(s::flush))
                        .call(() -> audit.record(actor, "meeting.attendee.invited", SUBJECT, m.id, null,
                                Map.of("attendee", a.id, "category", a.category.name(), "name", a.nameMasked)))
                        .replaceWith(a);
            });
        }));
    }

    /** Who came, and what they said (a summary by the office), once the meeting has begun. */
    public Uni<MeetingAttendee> recordAttendance(long id, long attendeeId, Boolean attended, String remarks, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (attended == null) e.add(new FieldError("attended", "is required: true or false"));
        Validation.text(e, "remarks", remarks, 5000, false);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> meeting(id).flatMap(m -> {
            if (m.startsAt.isAfter(time.now())) throw ProblemException.conflict("meeting " + id + " has not begun");
            if (m.materialsItemId != null) throw ProblemException.conflict("meeting " + id + "'s materials are drafted for publication: attendance is final");
            return Panache.getSession().flatMap(s -> s.find(MeetingAttendee.class, attendeeId)).flatMap(a -> {
                if (a == null || !a.meetingId.equals(m.id)) throw ProblemException.notFound("attendee", attendeeId);
                String before = a.state.name();
                a.state = attended ? MeetingAttendee.State.ATTENDED : MeetingAttendee.State.ABSENT;
                a.remarks = blank(remarks) ? null : remarks.trim();
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> audit.record(actor, "meeting.attendance.recorded", SUBJECT, m.id, Map.of("attendee", a.id, "state", before),
                                Map.of("attendee", a.id, "state", a.state.name())))
                        .replaceWith(a);
            });
        }));
    }

    // ------------------------------------------------------------------ publication (MeetingPublished)

    /** The notice went live: the meeting is announced on the portal, with its live stream. */
    public Uni<Void> announced(Meeting m, Actor actor) {
        if (m.announcedOn != null) return Uni.createFrom().voidItem();
        Map<String, Object> before = snapshot(m);
        m.announcedOn = time.today();
        m.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush()).call(() -> audit.record(actor, "meeting.announced", SUBJECT, m.id, before, snapshot(m))).replaceWithVoid();
    }

    /** The materials went live. */
    public Uni<Void> materialsPublished(Meeting m, Actor actor) {
        if (m.materialsPublishedOn != null) return Uni.createFrom().voidItem();
        Map<String, Object> before = snapshot(m);
        m.materialsPublishedOn = time.today();
        m.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush()).call(() -> audit.record(actor, "meeting.materials.published", SUBJECT, m.id, before, snapshot(m))).replaceWithVoid();
    }

    // ------------------------------------------------------------------ reading

    @WithSession
    public Uni<Meeting> meeting(long id) {
        return org.gongkai.common.error.Found.require(Meeting.class, id, "meeting");
    }

    @WithSession
    public Uni<List<MeetingTopic>> topics(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from MeetingTopic where meetingId = :m order by seq", MeetingTopic.class).setParameter("m", id).getResultList());
    }

    @WithSession
    public Uni<List<MeetingMaterial>> materials(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from MeetingMaterial where meetingId = :m order by id", MeetingMaterial.class).setParameter("m", id).getResultList());
    }

    @WithSession
    public Uni<List<MeetingAttendee>> attendees(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from MeetingAttendee where meetingId = :m order by id", MeetingAttendee.class).setParameter("m", id).getResultList());
    }

    private Uni<MeetingTopic> topic(long id, long topicId) {
        return Panache.getSession().flatMap(s -> s.find(MeetingTopic.class, topicId)).map(t -> {
            if (t == null || t.meetingId != id) throw ProblemException.notFound("topic", topicId);
            return t;
        });
    }

    private Uni<Obligation> openClock(Meeting m) {
        return obligations.running(SUBJECT, String.valueOf(m.id), RULE);
    }

    private Uni<Meeting> change(long id, Actor actor, String action, Consumer<Meeting> change) {
        return Panache.withTransaction(() -> meeting(id).flatMap(m -> {
            Map<String, Object> before = snapshot(m);
            change.accept(m);
            m.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> audit.record(actor, action, SUBJECT, m.id, before, snapshot(m))).replaceWith(m);
        }));
    }

    // ------------------------------------------------------------------ the items' text

    static String when(Meeting m) {
        var f = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
        var s = m.startsAt.atZone(TimeSource.ZONE);
        var e = m.endsAt.atZone(TimeSource.ZONE);
        return f.format(s) + "至" + (s.toLocalDate().equals(e.toLocalDate()) ? java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(e) : f.format(e));
    }


    /** Plain text as paragraphs, one per line. */
    static String paragraphs(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) if (!line.isBlank()) b.append("<p>").append(escape(line.trim())).append("</p>");
        return b.toString();
    }

    static final Map<Meeting.Format, String> FORMATS = Map.of(Meeting.Format.IN_PERSON, "现场会议", Meeting.Format.ONLINE, "网络会议", Meeting.Format.HYBRID, "现场与网络同步");
    static final Map<MeetingMaterial.Kind, String> KINDS = Map.of(MeetingMaterial.Kind.AGENDA, "会议议程", MeetingMaterial.Kind.SPEECH, "讲话",
            MeetingMaterial.Kind.DECISION, "会议决定", MeetingMaterial.Kind.MINUTES, "会议纪要", MeetingMaterial.Kind.MEDIA, "音视频");
    public static final Map<MeetingAttendee.Category, String> CATEGORIES = Map.of(MeetingAttendee.Category.STAKEHOLDER, "利益相关方代表",
            MeetingAttendee.Category.PUBLIC, "公众代表", MeetingAttendee.Category.NPC_DEPUTY, "人大代表", MeetingAttendee.Category.CPPCC_MEMBER, "政协委员",
            MeetingAttendee.Category.EXPERT, "专家", MeetingAttendee.Category.MEDIA, "媒体代表");

    private static String header(Meeting m) {
        return "<p>会议时间：" + escape(when(m)) + "</p><p>会议形式：" + FORMATS.get(m.format) + "</p>"
                + (m.venue == null ? "" : "<p>会议地点：" + escape(m.venue) + "</p>");
    }

    static String noticeBody(Meeting m, List<MeetingTopic> topics) {
        StringBuilder b = new StringBuilder(header(m));
        if (m.liveUrl != null) b.append("<p>网络直播：<a href=\"").append(escape(m.liveUrl)).append("\">").append(escape(m.liveUrl)).append("</a></p>");
        b.append("<h2>会议议程</h2>").append(paragraphs(m.agenda));
        List<MeetingTopic> open = topics.stream().filter(MeetingTopic::attended).toList();
        if (!open.isEmpty()) {
            b.append("<h2>邀请公众列席的议题</h2><ol>");
            for (MeetingTopic t : open) b.append("<li>").append(escape(t.title)).append("</li>");
            b.append("</ol><p>利益相关方、公众代表、人大代表、政协委员和专家可向局办公室报名列席。</p>");
        }
        return b.toString();
    }

    static String materialsBody(Meeting m, List<MeetingMaterial> ms, List<MeetingTopic> ts, List<MeetingAttendee> as) {
        StringBuilder b = new StringBuilder(header(m));
        if (m.replayUrl != null) b.append("<p>视频回放：<a href=\"").append(escape(m.replayUrl)).append("\">").append(escape(m.replayUrl)).append("</a></p>");
        b.append("<h2>会议议程</h2>").append(paragraphs(m.agenda));
        for (MeetingMaterial x : ms) b.append("<h2>").append(KINDS.get(x.kind)).append("：").append(escape(x.title)).append("</h2>").append(paragraphs(x.content));
        List<MeetingAttendee> came = as.stream().filter(a -> a.state == MeetingAttendee.State.ATTENDED).toList();
        if (m.category == Meeting.Category.DIRECTORS) {
            for (MeetingTopic t : ts.stream().filter(MeetingTopic::attended).toList()) {
                b.append("<h2>议题").append(t.seq).append("：").append(escape(t.title)).append("（公众列席）</h2>");
                attendance(b, came.stream().filter(a -> t.id.equals(a.topicId)).toList());
            }
        } else if (!came.isEmpty()) {
            b.append("<h2>列席情况</h2>");
            attendance(b, came);
        }
        return b.toString();
    }

    private static void attendance(StringBuilder b, List<MeetingAttendee> came) {
        if (came.isEmpty()) {
            b.append("<p>无列席人员。</p>");
            return;
        }
        b.append("<table><thead><tr><th>类别</th><th>列席人员</th><th>单位</th><th>发言摘要</th></tr></thead><tbody>");
        for (MeetingAttendee a : came) {
            b.append("<tr><td>").append(CATEGORIES.get(a.category)).append("</td><td>").append(escape(a.nameMasked)).append("</td><td>")
                    .append(a.affiliation == null ? "" : escape(a.affiliation)).append("</td><td>").append(a.remarks == null ? "" : escape(a.remarks)).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("refNo", m.refNo);
        s.put("title", m.title);
        s.put("category", m.category.name());
        s.put("startsAt", m.startsAt.toString());
        s.put("endsAt", m.endsAt.toString());
        s.put("state", m.state.name());
        s.put("noticeItem", m.noticeItemId);
        s.put("announcedOn", m.announcedOn == null ? null : m.announcedOn.toString());
        s.put("materialsHandedInAt", m.materialsHandedInAt == null ? null : m.materialsHandedInAt.toString());
        s.put("materialsItem", m.materialsItemId);
        s.put("materialsPublishedOn", m.materialsPublishedOn == null ? null : m.materialsPublishedOn.toString());
        return s;
    }

    /** Today, in China (for the views' derived status). */
    public LocalDate today() {
        return time.today();
    }
}
