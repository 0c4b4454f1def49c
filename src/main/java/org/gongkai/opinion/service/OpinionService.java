package org.gongkai.opinion.service;

import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.notifications.Notice;
import org.gongkai.notifications.NotificationService;
import org.gongkai.opinion.OpinionEvent;
import org.gongkai.opinion.OpinionResponse;
import org.gongkai.opinion.OpinionState;

/**
 * One method per move (validate → transition → audit event → obligations → notify, in one transaction). Logging an
 * event that must be answered starts the R27 hour clock from the moment it was first seen (48 hours, a setting); a
 * 重大 or 特别重大 one also the press clock (24 hours). A response meets the first, a press conference or briefing the
 * second. The hour reminders (50 %, 80 %, run out) go to the unit, the office and, from 80 %, the leaders (the sweep).
 */
@ApplicationScoped
public class OpinionService {
    public static final String SUBJECT = "opinion-event";
    public static final String RULE = "R27";
    public static final String PRESS_RULE = "R27-PRESS";

    @ConfigProperty(name = "gongkai.opinion.response-hours")
    int responseHours;
    @ConfigProperty(name = "gongkai.opinion.press-hours")
    int pressHours;

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    NotificationService notices;
    @Inject
    TrackingNumbers numbers;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.organisation.repository.DepartmentRepository departments;

    public record LogCommand(String title, OpinionEvent.Source source, String sourceUrl, String captureText, Instant firstSeenAt,
                             OpinionEvent.Category category, OpinionEvent.Level level, String departmentCode, String internalNotes) {}

    public record ResponseCommand(OpinionResponse.Form form, Instant respondedAt, String channel, String link, String summary, Long itemId) {}

    public Uni<OpinionEvent> log(LogCommand c, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (blank(c.title()) || c.title().length() > 200) e.add(new FieldError("title", "is required, at most 200 characters"));
        if (c.source() == null) e.add(new FieldError("source", "is required: MEDIA, SOCIAL_MEDIA, HOTLINE_12345, HIGHER_AUTHORITY or OTHER"));
        org.gongkai.common.error.Validation.webAddress(e, "sourceUrl", c.sourceUrl(), true);
        if (c.captureText() != null && c.captureText().length() > 20_000) e.add(new FieldError("captureText", "is at most 20000 characters"));
        if (c.firstSeenAt() == null) e.add(new FieldError("firstSeenAt", "is required: when it was first seen (the clock starts then)"));
        else if (c.firstSeenAt().isAfter(time.now())) e.add(new FieldError("firstSeenAt", "is in the future"));
        if (c.category() == null) e.add(new FieldError("category", "is required"));
        if (c.level() == null) e.add(new FieldError("level", "is required: GENERAL, LARGER, MAJOR or EXTRA_MAJOR"));
        if (blank(c.departmentCode())) e.add(new FieldError("departmentCode", "the unit involved (涉事单位) is required"));
        if (c.internalNotes() != null && c.internalNotes().length() > 20_000) e.add(new FieldError("internalNotes", "is at most 20000 characters"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> departments.byCode(c.departmentCode().trim()).flatMap(d -> {
            if (d == null) throw ProblemException.badField("departmentCode", "no department " + c.departmentCode());
            Instant now = time.now();
            return numbers.next("YQ", now.atZone(TimeSource.ZONE).getYear()).flatMap(ref -> {
                OpinionEvent ev = new OpinionEvent();
                ev.refNo = ref;
                ev.title = c.title().trim();
                ev.source = c.source();
                ev.sourceUrl = blank(c.sourceUrl()) ? null : c.sourceUrl().trim();
                ev.captureText = c.captureText();
                ev.firstSeenAt = c.firstSeenAt();
                ev.category = c.category();
                ev.level = c.level();
                ev.departmentCode = d.code;
                ev.state = OpinionState.OPEN;
                ev.internalNotes = c.internalNotes();
                ev.loggedBy = actor.username();
                ev.createdAt = now;
                ev.updatedAt = now;
                return Panache.getSession().flatMap(s -> s.persist(ev).call(s::flush)).replaceWith(ev);
            });
        }).call(ev -> audit.record(actor, "opinion.logged", SUBJECT, ev.id, null, snapshot(ev)))
                .call(ev -> !ev.category.mustBeAnswered() ? Uni.createFrom().voidItem()
                        : obligations.openHours(new ObligationService.OpenHours(SUBJECT, String.valueOf(ev.id), RULE, "回应舆情：" + ev.title,
                                ev.departmentCode, null, ev.firstSeenAt, responseHours), actor).replaceWithVoid())
                .call(ev -> !ev.level.needsPressConference() ? Uni.createFrom().voidItem()
                        : obligations.openHours(new ObligationService.OpenHours(SUBJECT, String.valueOf(ev.id), PRESS_RULE, "舆情新闻发布会或吹风会：" + ev.title,
                                ev.departmentCode, null, ev.firstSeenAt, pressHours), actor).replaceWithVoid())
                .call(ev -> notices.notify(Notice.toDepartment(Notice.Kind.ASSIGNED, ev.departmentCode, null,
                        "舆情待回应：" + ev.title + "（" + ev.refNo + "）", "Public opinion to answer: " + ev.title + " (" + ev.refNo + ")",
                        "/console/opinion-events/" + ev.id, SUBJECT, String.valueOf(ev.id), "opinion-logged:" + ev.id))));
    }

    /** The unit involved answers first (or the office for it); a 重大 event's press conference or briefing meets the 24-hour clock. */
    public Uni<OpinionResponse> respond(long id, ResponseCommand c, Actor actor, java.util.function.Consumer<OpinionEvent> mayRespond) {
        return Panache.withTransaction(() -> find(id).invoke(mayRespond).flatMap(ev -> {
            check(ev, OpinionState.Action.RESPOND);
            Instant at = c.respondedAt() == null ? time.now() : c.respondedAt();
            List<FieldError> e = new ArrayList<>();
            if (c.form() == null) e.add(new FieldError("form", "is required"));
            else if (c.form() == OpinionResponse.Form.FOLLOW_UP && ev.state == OpinionState.OPEN) e.add(new FieldError("form", "the first response is not a follow-up"));
            if (at.isAfter(time.now())) e.add(new FieldError("respondedAt", "is in the future"));
            if (at.isBefore(ev.firstSeenAt)) e.add(new FieldError("respondedAt", "is before the event was first seen (" + ev.firstSeenAt + ")"));
            if (blank(c.channel()) || c.channel().length() > 100) e.add(new FieldError("channel", "is required: where it was answered, at most 100 characters"));
            org.gongkai.common.error.Validation.webAddress(e, "link", c.link(), true);
            if (blank(c.summary()) || c.summary().length() > 2000) e.add(new FieldError("summary", "is required, at most 2000 characters"));
            if (!e.isEmpty()) throw ProblemException.badFields(e);
            Uni<Void> item = c.itemId() == null ? Uni.createFrom().voidItem() : Panache.getSession().flatMap(s -> s.find(InfoItem.class, c.itemId())).invoke(i -> {
                if (i == null || !SUBJECT.equals(i.featureType) || !String.valueOf(ev.id).equals(i.featureId)) {
                    throw ProblemException.badField("itemId", "no response statement of this event: draft it as an item with featureType "
                            + SUBJECT + " and featureId " + ev.id);
                }
            }).replaceWithVoid();
            return item.flatMap(x -> {
                OpinionResponse r = new OpinionResponse();
                r.eventId = ev.id;
                r.form = c.form();
                r.respondedAt = at;
                r.channel = c.channel().trim();
                r.link = blank(c.link()) ? null : c.link().trim();
                r.summary = c.summary().trim();
                r.itemId = c.itemId();
                r.recordedBy = actor.username();
                r.recordedAt = time.now();
                Map<String, Object> before = snapshot(ev);
                ev.state = OpinionState.target(OpinionState.Action.RESPOND);
                ev.updatedAt = r.recordedAt;
                return Panache.getSession().flatMap(s -> s.persist(r).call(s::flush))
                        .call(() -> meet(ev, r, actor))
                        .call(() -> {
                            Map<String, Object> after = snapshot(ev);
                            after.put("response", Map.of("form", r.form.name(), "respondedAt", r.respondedAt.toString(), "channel", r.channel));
                            return audit.record(actor, "opinion.responded", SUBJECT, ev.id, before, after);
                        })
                        .replaceWith(r);
            });
        }));
    }

    /** Meets the clocks this response answers, at the time it was given. */
    private Uni<Void> meet(OpinionEvent ev, OpinionResponse r, Actor actor) {
        return obligations.forSubject(SUBJECT, String.valueOf(ev.id)).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Obligation o : list) {
                if (o.state != ObligationState.OPEN) continue;
                boolean answers = RULE.equals(o.ruleId) || (PRESS_RULE.equals(o.ruleId) && r.form.isPressEvent());
                if (!answers) continue;
                long oid = o.id;
                chain = chain.call(() -> obligations.complete(oid, r.respondedAt.atZone(TimeSource.ZONE).toLocalDate(), r.respondedAt, actor));
            }
            return chain;
        });
    }

    public Uni<OpinionEvent> close(long id, OpinionEvent.Assessment assessment, String note, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (assessment == null) e.add(new FieldError("assessment", "is required: RESOLVED, CONTINUING or ESCALATED"));
        if (blank(note) || note.length() > 2000) e.add(new FieldError("note", "is required, at most 2000 characters"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(id).flatMap(ev -> {
            check(ev, OpinionState.Action.CLOSE);
            Map<String, Object> before = snapshot(ev);
            ev.state = OpinionState.target(OpinionState.Action.CLOSE);
            ev.assessment = assessment;
            ev.closingNote = note.trim();
            ev.closedAt = time.now();
            ev.updatedAt = ev.closedAt;
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "opinion.closed", SUBJECT, ev.id, before, snapshot(ev))).replaceWith(ev);
        }));
    }

    /** Internal working notes: the audit event says that they changed and how long they are, not what they say. */
    public Uni<OpinionEvent> notes(long id, String notes, Actor actor) {
        if (notes != null && notes.length() > 20_000) throw ProblemException.badField("internalNotes", "is at most 20000 characters");
        return Panache.withTransaction(() -> find(id).flatMap(ev -> {
            check(ev, OpinionState.Action.NOTE);
            int before = ev.internalNotes == null ? 0 : ev.internalNotes.length();
            ev.internalNotes = notes;
            ev.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, "opinion.notes.changed", SUBJECT, ev.id, Map.of("length", before),
                            Map.of("length", notes == null ? 0 : notes.length()))).replaceWith(ev);
        }));
    }

    @Inject
    org.gongkai.files.AttachmentService attachments;

    /** A capture (a screenshot, a saved page) of what was seen, kept with the event, encrypted like every file. */
    public Uni<org.gongkai.files.Attachment> addCapture(long id, org.gongkai.files.AttachmentService.Prepared file, Actor actor,
                                                        java.util.function.Consumer<OpinionEvent> mayAdd) {
        return Panache.withTransaction(() -> find(id).invoke(mayAdd).flatMap(ev -> {
            if (ev.state == OpinionState.CLOSED) throw ProblemException.illegalTransition("public-opinion event " + id, ev.state, "attach files to");
            return attachments.add(String.valueOf(id), file, actor);
        }));
    }

    @WithSession
    public Uni<OpinionEvent> find(long id) {
        return org.gongkai.common.error.Found.require(OpinionEvent.class, id, "public-opinion event");
    }

    @WithSession
    public Uni<List<OpinionResponse>> responses(long id) {
        return Panache.getSession().flatMap(s -> s.createQuery("from OpinionResponse where eventId = :id order by respondedAt, id", OpinionResponse.class)
                .setParameter("id", id).getResultList());
    }

    private static void check(OpinionEvent ev, OpinionState.Action a) {
        if (!ev.state.allows(a)) throw ProblemException.illegalTransition("public-opinion event " + ev.id, ev.state, a.name().toLowerCase());
    }

    static Map<String, Object> snapshot(OpinionEvent ev) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refNo", ev.refNo);
        m.put("state", ev.state.name());
        m.put("category", ev.category.name());
        m.put("level", ev.level.name());
        m.put("department", ev.departmentCode);
        m.put("firstSeenAt", ev.firstSeenAt.toString());
        if (ev.assessment != null) m.put("assessment", ev.assessment.name());
        return m;
    }

    /** Its clocks move only through this workflow. */
    @ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("public-opinion events 舆情", SUBJECT);
        }
    }
}
