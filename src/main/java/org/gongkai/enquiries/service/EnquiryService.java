package org.gongkai.enquiries.service;

import static org.gongkai.common.error.Validation.blank;
import static org.gongkai.common.error.Validation.requireText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.abuse.ChallengeService;
import org.gongkai.common.abuse.RateLimiter;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.search.ChineseSegmenter;
import org.gongkai.enquiries.Enquiry;
import org.gongkai.enquiries.EnquiryExtension;
import org.gongkai.enquiries.EnquiryState;
import org.gongkai.enquiries.EnquiryState.Action;
import org.gongkai.enquiries.Enums;
import org.gongkai.enquiries.hotline.HotlinePlatform;
import org.gongkai.enquiries.repository.EnquiryRepository;
import org.gongkai.organisation.repository.DepartmentRepository;

/**
 * The enquiry workflow, one method per move: validate → transition → audit event → obligations, in one
 * transaction. R21: the office replies within {@code reply-working-days}; R22: a department answers a transfer
 * within the days the office sets (or the 12345 platform's own due date), extendable on request.
 */
@ApplicationScoped
public class EnquiryService {
    @jakarta.inject.Inject
    org.gongkai.common.metrics.LedgerMetrics metrics;

    public static final String SUBJECT = "enquiry";
    static final String OFFICE = "BGS";

    @Inject
    EnquiryRepository repository;
    @Inject
    DepartmentRepository departments;
    @Inject
    ObligationService obligations;
    @Inject
    org.gongkai.notifications.NotificationService notices;
    @Inject
    org.gongkai.notifications.CitizenMessages citizenMessages;
    @Inject
    CalendarService calendars;
    @Inject
    EnquiryFigures figures;
    @Inject
    org.gongkai.common.crypto.PersonalDataReveal reveal;
    @Inject
    AuditService audit;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    ChallengeService challenges;
    @Inject
    RateLimiter limiter;
    @Inject
    HotlinePlatform hotline;
    @Inject
    ChineseSegmenter segmenter;
    @Inject
    org.gongkai.common.worker.Workers workers;
    @Inject
    org.gongkai.search.SearchIndex searchIndex;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.common.numbering.TrackingNumbers numbers;
    @Inject
    org.gongkai.files.AttachmentService attachments;

    @ConfigProperty(name = "gongkai.enquiries.department-working-days")
    int departmentDays;
    @ConfigProperty(name = "gongkai.enquiries.reply-working-days")
    int replyDays;
    @Inject
    org.gongkai.common.abuse.IntakeLimits intakeLimits;

    /** What a person submits online. */
    public record Submission(Enums.Category category, String title, String question, String contactName, String contactPhone,
                             String contactEmail, boolean publishable, String challengeId, String challengeAnswer, boolean notifyMe) {}

    /** What the person keeps: the tracking number and the query code (shown once, and again on a retried submission). */
    public record Receipt(String trackingNo, String queryCode, LocalDate receivedOn, LocalDate dueDate, boolean provisional, boolean replayed) {}

    /** Not one transaction: the challenge is used up in its own (committed even when the submission is refused). */
        public Uni<Receipt> submit(Submission s, String idempotencyKey, org.gongkai.common.abuse.IntakeLimits.Caller caller, Actor actor) {
        String citizen = caller.account();
        String key = org.gongkai.common.idempotency.Idempotency.checkedKey(idempotencyKey);
        validate(s);
        String fingerprint = org.gongkai.common.idempotency.Idempotency.fingerprint(citizen, s);
        Uni<Enquiry> existing = key == null ? Uni.createFrom().nullItem()
                : io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> repository.find("idempotencyKey", key).firstResult());
        return existing.flatMap(prev -> {
            if (prev != null) {
                org.gongkai.common.idempotency.Idempotency.requireSameRequest(prev.idempotencyHash, fingerprint);
                return replyClock(prev).map(o -> new Receipt(prev.trackingNo, cipher.decrypt(prev.queryCodeEnc), prev.receivedOn,
                        o == null ? null : o.dueDate, o != null && o.provisional, true));
            }
            // the limits counted in a transaction of their own (issue 17): a busy address's counter row is locked for one
            // statement, not for the whole submission (many parents share a carrier's address: they queued behind it)
            return challenges.consume(s.challengeId(), s.challengeAnswer())
                    .flatMap(ok -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> intakeLimits.hit("enquiry", caller, true)))
                    .flatMap(verdict -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> Uni.createFrom().voidItem()
                    .flatMap(x -> create(Enums.Channel.ONLINE, s.category(), s.title(), s.question(), s.contactName(), s.contactPhone(),
                            s.contactEmail(), s.publishable(), citizen, key, actor))
                    .invoke(e -> e.idempotencyHash = key == null ? null : fingerprint)
                    .invoke(e -> e.notifyConsent = s.notifyMe())
                    .flatMap(e -> openReply(e, replyDays, actor).map(o -> new Receipt(e.trackingNo, cipher.decrypt(e.queryCodeEnc), e.receivedOn,
                            o.dueDate, o.provisional, false)))))
                    .invoke(r -> metrics.submitted("enquiry", Enums.Channel.ONLINE.name()));
        });
    }

    /** The office's reply clock (R21) of an enquiry, if it has one. */
    public Uni<org.gongkai.compliance.Obligation> replyClock(Enquiry e) {
        return obligations.forSubject(SUBJECT, String.valueOf(e.id))
                .map(list -> list.stream().filter(o -> "R21".equals(o.ruleId)).reduce((a, b) -> b).orElse(null));
    }

    /** A ticket transferred from the city's 12345 platform, registered by the office with the platform's due date. */
    public record Ticket(String ticketNo, Enums.TicketType type, Enums.Category category, String title, String request,
                         String callerName, String callerPhone, LocalDate platformDueDate) {}

    @WithTransaction
    public Uni<Enquiry> registerTicket(Ticket t, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(t.ticketNo()) || t.ticketNo().length() > 64) errors.add(new FieldError("ticketNo", "is required, at most 64 characters"));
        if (t.type() == null) errors.add(new FieldError("type", "is required"));
        if (t.platformDueDate() == null) errors.add(new FieldError("platformDueDate", "is required"));
        else if (t.platformDueDate().isBefore(time.today())) errors.add(new FieldError("platformDueDate", "is in the past"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        validate(new Submission(t.category(), t.title(), t.request(), t.callerName(), t.callerPhone(), null, false, null, null, false));
        return repository.find("channel = ?1 and ticketNo = ?2", Enums.Channel.HOTLINE, t.ticketNo()).firstResult().flatMap(dup -> {
            if (dup != null) throw ProblemException.conflict("ticket " + t.ticketNo() + " is registered as " + dup.trackingNo);
            return create(Enums.Channel.HOTLINE, t.category(), t.title(), t.request(), t.callerName(), t.callerPhone(), null, false, null, null, actor)
                    .invoke(e -> {
                        e.ticketNo = t.ticketNo();
                        e.ticketType = t.type();
                        e.platformDueDate = t.platformDueDate();
                    })
                    .call(repository::flush)
                    .call(e -> untilPlatformDue(e).flatMap(days -> openReply(e, days, actor)))
                    .invoke(e -> metrics.submitted("enquiry", Enums.Channel.HOTLINE.name()));
        });
    }

    private Uni<Enquiry> create(Enums.Channel channel, Enums.Category category, String title, String question, String name, String phone,
                                String email, boolean publishable, String citizen, String idempotencyKey, Actor actor) {
        LocalDate today = time.today();
        figures.changed(today);
        return numbers.next(channel == Enums.Channel.ONLINE ? "ZX" : "RX", today.getYear()).flatMap(tracking -> {
            Enquiry e = new Enquiry();
            e.trackingNo = tracking;
            e.queryCodeEnc = numbers.newQueryCodeEncrypted();
            e.channel = channel;
            e.category = category;
            e.title = title.trim();
            e.question = question.trim();
            e.contactNameEnc = cipher.encrypt(blank(name) ? null : name.trim());
            e.contactPhoneEnc = cipher.encrypt(blank(phone) ? null : phone.trim());
            e.contactEmailEnc = cipher.encrypt(blank(email) ? null : email.trim());
            e.citizen = citizen;
            e.publishable = publishable;
            e.state = EnquiryState.REGISTERED;
            e.receivedOn = today;
            e.idempotencyKey = idempotencyKey;
            e.createdAt = time.now();
            e.updatedAt = e.createdAt;
            return repository.persist(e).call(repository::flush)
                    .call(saved -> audit.record(actor, "enquiry.received", SUBJECT, saved.id, null, snapshot(saved)));
        });
    }

    private Uni<Obligation> openReply(Enquiry e, int days, Actor actor) {
        return obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(e.id), "R21", "答复留言：" + e.title,
                OFFICE, null, e.receivedOn, days, CountUnit.WORKING, false), actor);
    }

    /** Working days from today to the 12345 platform's due date (at least one). */
    private Uni<Integer> untilPlatformDue(Enquiry e) {
        return calendars.calendar().map(cal -> Math.max(1, cal.workingDaysAfter(time.today(), e.platformDueDate)));
    }

    // ------------------------------------------------------------------ the office and the departments

    @WithTransaction
    public Uni<Enquiry> transfer(long id, String departmentCode, String instructions, Integer days, Actor actor) {
        if (blank(departmentCode)) throw ProblemException.badField("departmentCode", "is required");
        if (instructions != null && instructions.length() > 2000) throw ProblemException.badField("instructions", "at most 2000 characters");
        if (days != null && (days < 1 || days > 60)) throw ProblemException.badField("days", "must be between 1 and 60");
        return act(id, Action.TRANSFER, actor, e -> departments.byCode(departmentCode).flatMap(d -> {
            if (d == null) throw ProblemException.badField("departmentCode", "no department " + departmentCode);
            e.departmentCode = departmentCode;
            e.instructions = blank(instructions) ? null : instructions.trim();
            e.state = EnquiryState.TRANSFERRED;
            Uni<Integer> period = days != null ? Uni.createFrom().item(days)
                    : e.platformDueDate != null ? untilPlatformDue(e) : Uni.createFrom().item(departmentDays);
            return period.flatMap(n -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(e.id), "R22",
                    "办理留言：" + e.title, departmentCode, null, time.today(), n, CountUnit.WORKING, false), actor))
                    .call(o -> notices.notify(org.gongkai.notifications.Notice.toDepartment(org.gongkai.notifications.Notice.Kind.ASSIGNED, departmentCode, null,
                            "留言已转交你科室办理：" + e.trackingNo + " " + e.title + "（" + o.dueDate + "前答复）",
                            "Enquiry transferred to you: " + e.trackingNo + " (answer by " + o.dueDate + ")",
                            "/console/enquiries/" + e.id, SUBJECT, String.valueOf(e.id), "assigned:enquiry:" + e.id + ":" + o.id)))
                    .replaceWithVoid();
        }));
    }

    /** The wrong department: back to the office with a reason; the department's clock is cancelled. */
    @WithTransaction
    public Uni<Enquiry> sendBack(long id, String reason, Actor actor) {
        requireText("reason", reason, 1000);
        return act(id, Action.SEND_BACK, actor, e -> {
            e.state = EnquiryState.REGISTERED;
            String from = e.departmentCode;
            e.departmentCode = null;
            return closeClock(e, "R22", reason.trim(), actor)
                    .call(() -> notices.notify(org.gongkai.notifications.Notice.toDepartment(org.gongkai.notifications.Notice.Kind.RETURNED, OFFICE, null,
                            "留言被退回办公室：" + e.trackingNo + "（" + from + "）", "Enquiry sent back to the office: " + e.trackingNo + " (" + from + ")",
                            "/console/enquiries/" + e.id, SUBJECT, String.valueOf(e.id), "returned:enquiry:" + e.id + ":" + time.now().toEpochMilli())));
        });
    }

    @WithTransaction
    public Uni<Enquiry> answer(long id, String text, Actor actor) {
        requireText("answer", text, 10000);
        return act(id, Action.ANSWER, actor, e -> {
            e.draftAnswer = text.trim();
            e.answeredOn = time.today();
            e.state = EnquiryState.ANSWERED;
            return closeClock(e, "R22", null, actor);
        });
    }

    @WithTransaction
    public Uni<EnquiryExtension> requestExtension(long id, int days, String reason, Actor actor) {
        if (days < 1 || days > 60) throw ProblemException.badField("days", "must be between 1 and 60");
        requireText("reason", reason, 1000);
        return repository.find(id).flatMap(e -> {
            if (!e.state.allows(Action.REQUEST_EXTENSION)) throw ProblemException.illegalTransition("enquiry " + id, e.state, "request an extension for");
            return repository.extensions(id).flatMap(list -> {
                if (list.stream().anyMatch(x -> x.state == EnquiryExtension.State.REQUESTED)) {
                    throw ProblemException.conflict("an extension request is already waiting for the office");
                }
                EnquiryExtension x = new EnquiryExtension();
                x.enquiryId = id;
                x.days = days;
                x.reason = reason.trim();
                x.requestedBy = actor.username();
                x.requestedAt = time.now();
                x.state = EnquiryExtension.State.REQUESTED;
                return repository.persistExtension(x)
                        .call(() -> audit.record(actor, "enquiry.extension.requested", SUBJECT, id, null, Map.of("days", days, "reason", x.reason)))
                        .replaceWith(x);
            });
        });
    }

    /** The office decides; a grant moves the department's due date through the ledger. */
    @WithTransaction
    public Uni<EnquiryExtension> decideExtension(long id, long extensionId, boolean grant, String note, Actor actor) {
        requireText("note", note, 1000);
        return repository.find(id).flatMap(e -> repository.extensions(id).flatMap(list -> {
            EnquiryExtension x = list.stream().filter(r -> r.id == extensionId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("extension request", extensionId));
            if (x.state != EnquiryExtension.State.REQUESTED) throw ProblemException.conflict("this request was decided already");
            x.state = grant ? EnquiryExtension.State.GRANTED : EnquiryExtension.State.REFUSED;
            x.decidedBy = actor.username();
            x.decidedAt = time.now();
            x.decisionNote = note.trim();
            Uni<Void> move = !grant ? Uni.createFrom().voidItem() : openClock(e, "R22").flatMap(o -> {
                if (o == null) throw ProblemException.conflict("the department's clock is not running");
                return obligations.extend(o.id, x.days, "延期：" + x.reason, actor).replaceWithVoid();
            });
            return move.call(repository::flush)
                    .call(() -> audit.record(actor, "enquiry.extension." + (grant ? "granted" : "refused"), SUBJECT, id,
                            Map.of("request", extensionId), Map.of("state", x.state.name(), "note", x.decisionNote)))
                    .replaceWith(x);
        }));
    }

    /**
     * The office sends the answer (or its explanation, R23) and closes the item; a 12345 ticket's reply goes back to the
     * platform. The search text (answer up to 10,000 characters) is segmented on a worker before the transaction opens.
     */
    public Uni<Enquiry> close(long id, Enums.ClosingCategory category, String text, String referTo, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) errors.add(new FieldError("category", "every item is closed with a category (R23)"));
        if (blank(text) || text.length() > 10000) errors.add(new FieldError("answer", "an answer or explanation is required (R23), at most 10000 characters"));
        if (category == Enums.ClosingCategory.NOT_OUR_DUTY && blank(referTo)) errors.add(new FieldError("referTo", "name the body to contact"));
        if (referTo != null && referTo.length() > 300) errors.add(new FieldError("referTo", "at most 300 characters"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> repository.find(id))
                .flatMap(found -> workers.run(() -> new Segmented(segmenter.segment(found.title + " " + found.question + " " + text.trim()),
                        org.gongkai.search.SearchIndex.prepare(segmenter, new org.gongkai.search.SearchIndex.Source("ENQUIRY", found.trackingNo, found.title,
                                null, found.question + " " + text.trim(), null, List.of(), null, found.departmentCode, time.today().getYear(), null,
                                "/enquiries#" + found.trackingNo)))))
                .flatMap(seg -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> closeSegmented(id, category, text, referTo, seg, actor)));
    }

    /** The enquiry's own search text and its document for the one search, both made on a worker. */
    private record Segmented(String searchText, org.gongkai.search.SearchIndex.Document document) {}

    private Uni<Enquiry> closeSegmented(long id, Enums.ClosingCategory category, String text, String referTo, Segmented seg, Actor actor) {
        String searchText = seg.searchText();
        return act(id, Action.CLOSE, actor, e -> {
            e.answer = text.trim();
            e.closingCategory = category;
            e.referTo = blank(referTo) ? null : referTo.trim();
            e.closedOn = time.today();
            e.state = EnquiryState.CLOSED;
            if (e.publishable) e.searchText = searchText;
            figures.changed(e.receivedOn);
            figures.changed(e.closedOn);
            return calendars.calendar().invoke(cal -> e.answerWorkingDays = cal.workingDaysAfter(e.receivedOn, e.closedOn))
                    .call(() -> closeClock(e, "R22", "办公室直接答复", actor))
                    .call(() -> closeClock(e, "R21", null, actor))
                    .call(() -> e.publishable ? repository.flush().call(() -> repository.indexForSearch(e.id))
                            .call(() -> searchIndex.put(seg.document(), time.now()))
                            : Uni.createFrom().voidItem())
                    .call(() -> e.channel == Enums.Channel.HOTLINE ? hotline.reportReply(e.ticketNo, category.name(), e.answer, e.closedOn)
                            : Uni.createFrom().voidItem())
                    .call(() -> !e.notifyConsent ? Uni.createFrom().voidItem() : citizenMessages.enquiryAnswered(
                            new org.gongkai.notifications.CitizenMessages.Contact(cipher.decrypt(e.contactEmailEnc), cipher.decrypt(e.contactPhoneEnc), e.citizen),
                            e.trackingNo, e.id))
                    .replaceWithVoid();
        });
    }

    /** The person rates the answer once, with the tracking number and query code. */
    @WithTransaction
    public Uni<Enquiry> rate(String trackingNo, String code, int rating, String comment) {
        if (rating < 1 || rating > 5) throw ProblemException.badField("rating", "must be between 1 and 5");
        if (comment != null && comment.length() > 500) throw ProblemException.badField("comment", "at most 500 characters");
        return track(trackingNo, code).flatMap(e -> {
            if (!e.state.allows(Action.RATE)) throw ProblemException.illegalTransition("enquiry " + trackingNo, e.state, "rate");
            if (e.rating != null) throw ProblemException.conflict("this answer was rated already");
            e.rating = rating;
            e.ratingComment = blank(comment) ? null : comment.trim();
            return repository.flush().call(() -> audit.record(Actor.PUBLIC, "enquiry.rated", SUBJECT, e.id, null, Map.of("rating", rating)))
                    .replaceWith(e);
        });
    }

    /** The public progress page: by tracking number and query code; a wrong pair is a 404, never a hint. */
    @WithSession
    public Uni<Enquiry> track(String trackingNo, String code) {
        return numbers.verified(trackingNo, code, "enquiry", t -> repository.find("trackingNo", t).firstResult(), e -> e.queryCodeEnc);
    }

    /** The contact details in clear, for the handler who needs them: an audited act. */
    @WithTransaction
    public Uni<Map<String, String>> revealContact(long id, Actor actor) {
        return repository.find(id).flatMap(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", e.contactNameEnc);
            m.put("phone", e.contactPhoneEnc);
            m.put("email", e.contactEmailEnc);
            return reveal.reveal(actor, "enquiry.contact.viewed", SUBJECT, id, m);
        });
    }

    /** Files that came with a 12345 ticket (or that the office adds to any item), kept with it. */
    @WithTransaction
    public Uni<org.gongkai.files.Attachment> addAttachment(long id, org.gongkai.files.AttachmentService.Prepared file, Actor actor) {
        return repository.find(id).flatMap(e -> {
            if (e.state == EnquiryState.CLOSED) throw ProblemException.illegalTransition("enquiry " + id, e.state, "attach files to");
            return attachments.add(String.valueOf(id), file, actor);
        });
    }

    // ------------------------------------------------------------------ helpers

    private interface Step {
        Uni<Void> apply(Enquiry e);
    }

    private Uni<Enquiry> act(long id, Action action, Actor actor, Step step) {
        return new org.gongkai.audit.service.AuditedWorkflow<Enquiry, Action>(audit, time, SUBJECT, e -> e.id, e -> e.state, (e, a) -> e.state.allows(a), EnquiryState::target,
                EnquiryService::snapshot, (e, at) -> e.updatedAt = at).act(repository.find(id), action, actor, step::apply);
    }

    private Uni<Obligation> openClock(Enquiry e, String rule) {
        return obligations.forSubject(SUBJECT, String.valueOf(e.id)).map(list -> list.stream()
                .filter(o -> o.ruleId.equals(rule) && (o.state == ObligationState.OPEN || o.state == ObligationState.PAUSED))
                .findFirst().orElse(null));
    }

    /** Completes (or with a reason cancels) the open clock of a rule, if any. */
    private Uni<Void> closeClock(Enquiry e, String rule, String cancelReason, Actor actor) {
        return openClock(e, rule).flatMap(o -> {
            if (o == null) return Uni.createFrom().voidItem();
            return (cancelReason == null ? obligations.complete(o.id, time.today(), actor) : obligations.cancel(o.id, cancelReason, actor)).replaceWithVoid();
        });
    }

    private static void validate(Submission s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.category() == null) errors.add(new FieldError("category", "is required"));
        if (blank(s.title()) || s.title().length() > 200) errors.add(new FieldError("title", "is required, at most 200 characters"));
        if (blank(s.question()) || s.question().length() > 5000) errors.add(new FieldError("question", "is required, at most 5000 characters"));
        if (s.contactName() != null && s.contactName().length() > 50) errors.add(new FieldError("contactName", "at most 50 characters"));
        if (!org.gongkai.common.error.Validation.phoneOk(s.contactPhone())) {
            errors.add(new FieldError("contactPhone", "is not a phone number"));
        }
        if (!org.gongkai.common.error.Validation.emailOk(s.contactEmail())) {
            errors.add(new FieldError("contactEmail", "is not an e-mail address"));
        }
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
    }

    /** What the audit trail keeps: never the contact details (they stay encrypted in their own columns). */
    static Map<String, Object> snapshot(Enquiry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trackingNo", e.trackingNo);
        m.put("state", e.state.name());
        m.put("channel", e.channel.name());
        m.put("departmentCode", e.departmentCode);
        if (e.closingCategory != null) m.put("closingCategory", e.closingCategory.name());
        return m;
    }



    /** Its clocks move only through this workflow (issue 9). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("enquiries 咨询留言", SUBJECT);
        }
    }
}
