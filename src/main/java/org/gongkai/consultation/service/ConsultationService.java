package org.gongkai.consultation.service;

import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.abuse.ChallengeService;
import org.gongkai.common.abuse.IntakeLimits;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.idempotency.Idempotency;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.worker.Workers;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationDisposition;
import org.gongkai.consultation.ConsultationExemption;
import org.gongkai.consultation.ConsultationPhase;
import org.gongkai.consultation.TextDiff;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemLink;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.notifications.CitizenMessages;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.search.HtmlText;

/**
 * R30, one method per move (validate → change → audit event → clocks, in one transaction). The draft goes to the
 * portal as a CONSULTATION_DRAFT item through the review; when it goes live the period starts (never shorter than the
 * minimum: a late publication moves the dates) with two clocks on the ledger — the minimum (R30-MIN, calendar days)
 * and the adoption report (R30, 30 calendar days after the close, a day off moving it to the next working day). The
 * report, an ADOPTION_REPORT item, is drafted only when every comment has an approved fate; its publication releases
 * all the fates at once and tells the contributors who left an address.
 */
@ApplicationScoped
public class ConsultationService {
    public static final String SUBJECT = "consultation";
    public static final String RULE = "R30";
    public static final String MINIMUM_RULE = "R30-MIN";

    @ConfigProperty(name = "gongkai.consultation.min-days")
    int minDays;
    @ConfigProperty(name = "gongkai.consultation.major-min-days")
    int majorMinDays;
    @ConfigProperty(name = "gongkai.consultation.report-days")
    int reportDays;

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    ItemService items;
    @Inject
    ItemLinkService links;
    @Inject
    TrackingNumbers numbers;
    @Inject
    TimeSource time;
    @Inject
    Workers workers;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    ChallengeService challenges;
    @Inject
    IntakeLimits intakeLimits;
    @Inject
    CitizenMessages messages;

    public record SetUp(Long documentId, Consultation.Kind kind, LocalDate opensOn, LocalDate closesOn, String explanation, Boolean publicComments) {}

    public record CommentInput(Integer article, String quote, String body, String name, String email, String phone) {}

    public record PublicComment(CommentInput comment, String challengeId, String challengeAnswer) {}

    public record Receipt(String refNo, LocalDate receivedOn, boolean replayed) {}

    /** The shortest period for a kind (settings; 15 and 30 days by law). */
    public int minimumDays(Consultation.Kind kind) {
        return kind == Consultation.Kind.MAJOR ? majorMinDays : minDays;
    }

    // ------------------------------------------------------------------ set-up

    /**
     * A consultation on a draft document of the actor's department: the draft's text is taken now (parsed on a worker),
     * and its CONSULTATION_DRAFT item drafted for the review.
     */
    public Uni<Consultation> create(SetUp c, Actor actor, java.util.function.Consumer<InfoItem> mayConsult) {
        List<FieldError> e = new ArrayList<>();
        if (c.documentId() == null) e.add(new FieldError("documentId", "is required: the draft normative document or major decision"));
        checkSetUp(c, e);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withSession(() -> items.find(c.documentId())).invoke(mayConsult).flatMap(doc -> {
            if (!doc.needsInterpretation()) {
                throw ProblemException.badField("documentId", "only a normative document or a major decision is put out for consultation (R30)");
            }
            if (doc.publishedVersion > 0) throw ProblemException.badField("documentId", "is published already: a consultation comes before routing");
            return workers.run(() -> HtmlText.plain(doc.body)).flatMap(text -> Panache.withTransaction(() -> Panache.getSession()
                    .flatMap(s -> s.createQuery("select count(*) from Consultation where documentItemId = :d and reportPublishedOn is null", Long.class)
                            .setParameter("d", doc.id).getSingleResult())
                    .flatMap(open -> {
                        if (open > 0) throw ProblemException.conflict("document " + doc.id + " has a consultation under way already");
                        Instant now = time.now();
                        return numbers.next("YJ", time.today().getYear()).flatMap(ref -> {
                            Consultation k = new Consultation();
                            k.refNo = ref;
                            k.documentItemId = doc.id;
                            k.title = doc.title;
                            apply(k, c, text);
                            k.departmentCode = doc.departmentCode;
                            k.createdBy = actor.username();
                            k.createdAt = now;
                            k.updatedAt = now;
                            return Panache.getSession().flatMap(s -> s.persist(k).call(s::flush)).replaceWith(k);
                        });
                    })
                    .call(k -> audit.record(actor, "consultation.created", SUBJECT, k.id, null, snapshot(k))))
                    .flatMap(k -> items.create(draftInput(k, doc), actor).flatMap(draft -> Panache.withTransaction(() -> find(k.id).flatMap(fresh -> {
                        fresh.draftItemId = draft.id;
                        return Panache.getSession().flatMap(s -> s.flush()).replaceWith(fresh);
                    })))));
        });
    }

    private void checkSetUp(SetUp c, List<FieldError> e) {
        if (c.kind() == null) e.add(new FieldError("kind", "is required: ORDINARY (at least " + minDays + " days) or MAJOR (at least " + majorMinDays + ")"));
        if (c.opensOn() == null) e.add(new FieldError("opensOn", "is required"));
        else if (c.opensOn().isBefore(time.today())) e.add(new FieldError("opensOn", "is in the past (today is " + time.today() + ")"));
        if (c.closesOn() == null) e.add(new FieldError("closesOn", "is required"));
        if (c.kind() != null && c.opensOn() != null && c.closesOn() != null) {
            long days = ChronoUnit.DAYS.between(c.opensOn(), c.closesOn()) + 1;
            int min = minimumDays(c.kind());
            if (days < min) e.add(new FieldError("closesOn", "the period is " + days + " days: at least " + min + " for " + c.kind()
                    + " (R30), so not before " + c.opensOn().plusDays(min - 1)));
            if (days > 366) e.add(new FieldError("closesOn", "the period is at most 366 days"));
        }
        Validation.text(e, "explanation", c.explanation(), 20_000, true);
    }

    private static void apply(Consultation k, SetUp c, String text) {
        k.kind = c.kind();
        k.opensOn = c.opensOn();
        k.closesOn = c.closesOn();
        k.explanation = c.explanation().trim();
        k.publicComments = c.publicComments() == null || c.publicComments();
        k.draftText = text;
        k.articleCount = TextDiff.articleCount(text);
    }

    private ItemInput draftInput(Consultation k, InfoItem doc) {
        String body = "<h2>起草说明</h2><p>" + HtmlText.escape(k.explanation).replace("\n", "</p><p>") + "</p><h2>征求意见稿</h2>" + doc.body
                + "<p>征求意见时间：" + k.opensOn + "至" + k.closesOn + "。</p>";
        String summary = "公开征求意见，时间为" + k.opensOn + "至" + k.closesOn + "。";
        return new ItemInput(null, null, "《" + k.title + "》（征求意见稿）", null, doc.issuingDepartment, null, List.of("征求意见"), summary, body,
                DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(), ItemType.CONSULTATION_DRAFT, SUBJECT,
                String.valueOf(k.id), null, null, null);
    }

    /** While its draft is not on the portal: the dates, the explanation and the text (taken again from the document). */
    public Uni<Consultation> update(long id, SetUp c, Actor actor, java.util.function.Consumer<Consultation> mayChange) {
        List<FieldError> e = new ArrayList<>();
        checkSetUp(c, e);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withSession(() -> find(id).invoke(mayChange).flatMap(k -> {
            if (k.phase(time.today()) != ConsultationPhase.DRAFT) throw ProblemException.illegalTransition("consultation " + id, k.phase(time.today()), "set up again");
            return items.find(k.documentItemId).flatMap(doc -> items.find(k.draftItemId).map(draft -> {
                if (!draft.state.editable()) throw ProblemException.illegalTransition("consultation " + id + "'s draft item " + draft.id, draft.state, "change");
                return doc;
            }));
        })).flatMap(doc -> workers.run(() -> HtmlText.plain(doc.body)).flatMap(text -> Panache.withTransaction(() -> find(id).flatMap(k -> {
            Map<String, Object> before = snapshot(k);
            apply(k, c, text);
            k.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> audit.record(actor, "consultation.changed", SUBJECT, k.id, before, snapshot(k)))
                    .replaceWith(k);
        })).flatMap(k -> items.update(k.draftItemId, draftInput(k, doc), actor).replaceWith(k))));
    }

    /** A longer period (never a shorter one): the report's clock moves with the close. */
    public Uni<Consultation> extend(long id, LocalDate closesOn, String reason, Actor actor, java.util.function.Consumer<Consultation> mayChange) {
        List<FieldError> e = new ArrayList<>();
        if (closesOn == null) e.add(new FieldError("closesOn", "is required"));
        Validation.text(e, "reason", reason, 500, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(id).invoke(mayChange).flatMap(k -> {
            ConsultationPhase p = k.phase(time.today());
            if (p != ConsultationPhase.OPEN && p != ConsultationPhase.UPCOMING && p != ConsultationPhase.DRAFT) {
                throw ProblemException.illegalTransition("consultation " + id, p, "extend");
            }
            if (!closesOn.isAfter(k.closesOn)) throw ProblemException.badField("closesOn", "must be after the present close, " + k.closesOn + " (a period is never shortened)");
            if (ChronoUnit.DAYS.between(k.opensOn, closesOn) + 1 > 366) throw ProblemException.badField("closesOn", "the period is at most 366 days");
            Map<String, Object> before = snapshot(k);
            k.closesOn = closesOn;
            k.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> reportClock(k).flatMap(o -> o == null ? Uni.createFrom().voidItem()
                            : obligations.postpone(o.id, closesOn, "征求意见延长至" + closesOn + "：" + reason.trim(), actor).replaceWithVoid()))
                    .call(() -> {
                        Map<String, Object> after = snapshot(k);
                        after.put("reason", reason.trim());
                        return audit.record(actor, "consultation.extended", SUBJECT, k.id, before, after);
                    }).replaceWith(k);
        }));
    }

    /**
     * The draft went live (its item's publication, in that transaction): the period starts. Published after the opening
     * day, it opens today and closes no earlier than the minimum allows — a minimum is never shortened.
     */
    Uni<Void> draftPublished(Consultation k, Actor actor) {
        if (k.draftPublishedOn != null) return Uni.createFrom().voidItem();
        LocalDate today = time.today();
        Map<String, Object> before = snapshot(k);
        k.draftPublishedOn = today;
        int min = minimumDays(k.kind);
        if (today.isAfter(k.opensOn)) {
            k.opensOn = today;
            if (k.closesOn.isBefore(today.plusDays(min - 1))) k.closesOn = today.plusDays(min - 1);
        }
        k.updatedAt = time.now();
        String sid = String.valueOf(k.id);
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> obligations.openMinimum(new ObligationService.OpenCommand(SUBJECT, sid, MINIMUM_RULE, "征求意见期不少于" + min + "日：" + k.title,
                        k.departmentCode, null, k.opensOn, min, CountUnit.CALENDAR, true), actor))
                .call(() -> obligations.open(new ObligationService.OpenCommand(SUBJECT, sid, RULE, "公布意见采纳情况：" + k.title,
                        k.departmentCode, null, k.closesOn, reportDays, CountUnit.CALENDAR, false), actor))
                .call(() -> audit.record(actor, "consultation.opened", SUBJECT, k.id, before, snapshot(k))).replaceWithVoid();
    }

    // ------------------------------------------------------------------ comments

    /**
     * A comment from the portal: anonymous with the text challenge, or as a logged-in citizen; limited per device, account
     * and address; a retry with the same Idempotency-Key gets the first receipt. Only while the consultation is open.
     */
    public Uni<Receipt> comment(long id, PublicComment p, String idempotencyKey, IntakeLimits.Caller caller, Actor actor) {
        String key = Idempotency.checkedKey(idempotencyKey);
        List<FieldError> e = new ArrayList<>();
        checkComment(p.comment(), e);
        boolean account = caller.account() != null;
        boolean answered = !blank(p.challengeId()) || !blank(p.challengeAnswer());
        if (!account && !answered) e.add(new FieldError("challengeAnswer", "answer the text challenge, or log in"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        String fingerprint = Idempotency.fingerprint(caller.account(), p);
        return Idempotency.previous(ConsultationComment.class, key).flatMap(prev -> {
            if (prev != null) {
                Idempotency.requireSameRequest(prev.idempotencyHash, fingerprint);
                return Uni.createFrom().item(new Receipt(prev.refNo, prev.receivedOn, true));
            }
            // refuse a comment on a closed consultation before spending the challenge
            return Panache.withSession(() -> find(id)).flatMap(k -> {
                open(k, time.today(), "comment on");
                checkAgainstDraft(k, p.comment());
                Uni<Void> challenge = answered ? challenges.consume(p.challengeId(), p.challengeAnswer()) : Uni.createFrom().voidItem();
                return challenge.flatMap(x -> Panache.withTransaction(() -> intakeLimits.hit("consultation-comment", caller, answered || account)))
                        .flatMap(v -> Panache.withTransaction(() -> find(id).flatMap(fresh -> {
                            open(fresh, time.today(), "comment on");
                            return persistComment(fresh, p.comment(), ConsultationComment.Channel.PORTAL, time.today(), caller.account(), null, actor, c -> {
                                c.idempotencyKey = key;
                                c.idempotencyHash = key == null ? null : fingerprint;
                            });
                        }))).map(c -> new Receipt(c.refNo, c.receivedOn, false));
            });
        });
    }

    /** A comment staff enter from a letter, an e-mail, a symposium or a hearing: received by the close, entered until the report. */
    public Uni<ConsultationComment> enter(long id, ConsultationComment.Channel channel, LocalDate receivedOn, CommentInput in, Actor actor,
                                          java.util.function.Consumer<Consultation> mayEnter) {
        List<FieldError> e = new ArrayList<>();
        if (channel == null || channel == ConsultationComment.Channel.PORTAL) e.add(new FieldError("channel", "is required: LETTER, EMAIL, SYMPOSIUM or HEARING"));
        LocalDate received = receivedOn == null ? time.today() : receivedOn;
        if (received.isAfter(time.today())) e.add(new FieldError("receivedOn", "is in the future"));
        checkComment(in, e);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(id).invoke(mayEnter).flatMap(k -> {
            ConsultationPhase p = k.phase(time.today());
            if (p == ConsultationPhase.DRAFT || p == ConsultationPhase.UPCOMING || p == ConsultationPhase.REPORTED) {
                throw ProblemException.illegalTransition("consultation " + id, p, "enter comments into");
            }
            if (received.isBefore(k.opensOn) || received.isAfter(k.closesOn)) {
                throw ProblemException.badField("receivedOn", "must lie in the consultation period, " + k.opensOn + " to " + k.closesOn);
            }
            notReported(k);
            checkAgainstDraft(k, in);
            return persistComment(k, in, channel, received, null, actor.username(), actor, c -> {});
        }));
    }

    private void checkComment(CommentInput in, List<FieldError> e) {
        if (in == null) {
            e.add(new FieldError("body", "is required"));
            return;
        }
        Validation.text(e, "body", in.body(), 5000, true);
        if (in.article() != null && (in.article() < 1 || in.article() > 999)) e.add(new FieldError("article", "is an article number from 1"));
        Validation.text(e, "quote", in.quote(), 500, false);
        Validation.text(e, "name", in.name(), 50, false);
        if (!blank(in.email()) && !Validation.emailOk(in.email().trim())) e.add(new FieldError("email", "is not an e-mail address"));
        if (!blank(in.phone()) && !Validation.phoneOk(in.phone().trim())) e.add(new FieldError("phone", "is not a phone number"));
    }

    private static void checkAgainstDraft(Consultation k, CommentInput in) {
        List<FieldError> e = new ArrayList<>();
        if (in.article() != null && k.articleCount > 0 && in.article() > k.articleCount) {
            e.add(new FieldError("article", "the draft has " + k.articleCount + " articles"));
        }
        if (!blank(in.quote()) && !TextDiff.quotes(k.draftText, in.quote())) e.add(new FieldError("quote", "is not a passage of the draft"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
    }

    private Uni<ConsultationComment> persistComment(Consultation k, CommentInput in, ConsultationComment.Channel channel, LocalDate received,
                                                    String citizen, String enteredBy, Actor actor, java.util.function.Consumer<ConsultationComment> more) {
        return numbers.next("YJYJ", time.today().getYear()).flatMap(ref -> {
            ConsultationComment c = new ConsultationComment();
            c.consultationId = k.id;
            c.refNo = ref;
            c.channel = channel;
            c.article = in.article();
            c.quote = blank(in.quote()) ? null : in.quote().trim();
            c.body = in.body().trim();
            c.authorNameEnc = cipher.encrypt(blank(in.name()) ? null : in.name().trim());
            c.contactEmailEnc = cipher.encrypt(blank(in.email()) ? null : in.email().trim());
            c.contactPhoneEnc = cipher.encrypt(blank(in.phone()) ? null : in.phone().trim());
            c.citizen = citizen;
            c.state = ConsultationComment.State.PENDING;
            c.receivedOn = received;
            c.submittedAt = time.now();
            c.enteredBy = enteredBy;
            more.accept(c);
            k.changes++;
            // the audit trail says where it came from and on what, never who or how to reach them
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("refNo", c.refNo);
            after.put("channel", channel.name());
            if (c.article != null) after.put("article", c.article);
            return Panache.getSession().flatMap(s -> s.persist(c).call(s::flush))
                    .call(() -> audit.record(actor, "consultation.comment.received", SUBJECT, k.id, null, after)).replaceWith(c);
        });
    }

    public enum Moderation { PUBLISH, HIDE, MERGE }

    /** Pending → published, hidden with a reason, or merged into another comment of the same consultation (it then shares its fate). */
    public Uni<ConsultationComment> moderate(long id, long commentId, Moderation action, String reason, Long duplicateOf, Actor actor,
                                             java.util.function.Consumer<Consultation> mayModerate) {
        List<FieldError> e = new ArrayList<>();
        if (action == null) e.add(new FieldError("action", "is required: PUBLISH, HIDE or MERGE"));
        if (action == Moderation.HIDE) Validation.text(e, "reason", reason, 500, true);
        if (action == Moderation.MERGE && duplicateOf == null) e.add(new FieldError("duplicateOf", "is required: the comment this one repeats"));
        if (action == Moderation.MERGE && duplicateOf != null && duplicateOf == commentId) e.add(new FieldError("duplicateOf", "is this comment itself"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(id).invoke(mayModerate).flatMap(k -> {
            notReported(k);
            return comment(k, commentId).flatMap(c -> {
                Uni<Void> target = action != Moderation.MERGE ? Uni.createFrom().voidItem() : comment(k, duplicateOf).invoke(t -> {
                    if (t.state == ConsultationComment.State.MERGED || t.state == ConsultationComment.State.HIDDEN) {
                        throw ProblemException.badField("duplicateOf", "comment " + t.refNo + " is " + t.state + ": merge into a published one");
                    }
                }).replaceWithVoid();
                return target.flatMap(x -> Panache.getSession().flatMap(s -> s.createQuery("select count(*) from ConsultationComment where duplicateOf = :c", Long.class)
                        .setParameter("c", c.id).getSingleResult())).flatMap(dups -> {
                    if (action != Moderation.PUBLISH && dups > 0) {
                        throw ProblemException.conflict("comment " + c.refNo + " has " + dups + " duplicates merged into it: publish it, or merge those elsewhere first");
                    }
                    String from = c.state.name();
                    c.state = switch (action) {
                        case PUBLISH -> ConsultationComment.State.PUBLISHED;
                        case HIDE -> ConsultationComment.State.HIDDEN;
                        case MERGE -> ConsultationComment.State.MERGED;
                    };
                    c.hiddenReason = action == Moderation.HIDE ? reason.trim() : null;
                    c.duplicateOf = action == Moderation.MERGE ? duplicateOf : null;
                    if (action != Moderation.PUBLISH) c.dispositionId = null;
                    c.moderatedBy = actor.username();
                    c.moderatedAt = time.now();
                    k.changes++;
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("comment", c.refNo);
                    after.put("state", c.state.name());
                    if (c.duplicateOf != null) after.put("duplicateOf", c.duplicateOf);
                    if (c.hiddenReason != null) after.put("reason", c.hiddenReason);
                    return Panache.getSession().flatMap(s -> s.flush())
                            .call(() -> audit.record(actor, "consultation.comment.moderated", SUBJECT, k.id, Map.of("comment", c.refNo, "state", from), after))
                            .replaceWith(c);
                });
            });
        }));
    }

    // ------------------------------------------------------------------ fates

    /**
     * One fate for one comment or a cluster of the same comment, drafted after the close (R30): 采纳, 部分采纳, 不予采纳
     * (with its reason), 不属于征求范围 (explained). A comment given a new fate leaves its old one.
     */
    public Uni<ConsultationDisposition> dispose(long id, List<Long> commentIds, ConsultationDisposition.Fate fate, String reason, Actor actor,
                                                java.util.function.Consumer<Consultation> mayDispose) {
        List<FieldError> e = new ArrayList<>();
        if (commentIds == null || commentIds.isEmpty() || commentIds.size() > 500) e.add(new FieldError("commentIds", "name 1 to 500 comments"));
        else if (commentIds.stream().anyMatch(java.util.Objects::isNull)) e.add(new FieldError("commentIds", "has an empty entry"));
        if (fate == null) e.add(new FieldError("fate", "is required: ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED or OUT_OF_SCOPE"));
        Validation.text(e, "reason", reason, 2000, fate != null && fate.needsReason());
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(id).invoke(mayDispose).flatMap(k -> {
            ConsultationPhase p = k.phase(time.today());
            if (p != ConsultationPhase.CLOSED && p != ConsultationPhase.REPORTING) throw ProblemException.illegalTransition("consultation " + id, p, "give fates in");
            notReported(k);
            Set<Long> ids = new java.util.LinkedHashSet<>(commentIds);
            return Panache.getSession().flatMap(s -> s.createQuery("from ConsultationComment where consultationId = :k and id in :ids", ConsultationComment.class)
                    .setParameter("k", k.id).setParameter("ids", ids).getResultList()).flatMap(list -> {
                if (list.size() != ids.size()) throw ProblemException.badField("commentIds", "names comments that are not of consultation " + id);
                for (ConsultationComment c : list) {
                    if (c.state != ConsultationComment.State.PUBLISHED) {
                        throw ProblemException.badField("commentIds", "comment " + c.refNo + " is " + c.state + ": only published comments get a fate (a duplicate shares its original's)");
                    }
                }
                ConsultationDisposition d = new ConsultationDisposition();
                d.consultationId = k.id;
                d.fate = fate;
                d.reason = blank(reason) ? null : reason.trim();
                d.state = ConsultationDisposition.State.DRAFT;
                d.draftedBy = actor.username();
                d.draftedAt = time.now();
                k.changes++;
                return Panache.getSession().flatMap(s -> s.persist(d).call(s::flush).invoke(() -> list.forEach(c -> c.dispositionId = d.id)).call(s::flush))
                        .call(() -> orphans(k.id))
                        .call(() -> audit.record(actor, "consultation.fate.drafted", SUBJECT, k.id, null,
                                Map.of("disposition", d.id, "fate", fate.name(), "comments", list.stream().map(c -> c.refNo).toList())))
                        .replaceWith(d);
            });
        }));
    }

    /** Fates no comment holds any more go. */
    private Uni<Void> orphans(long consultationId) {
        return Panache.getSession().flatMap(s -> s.createMutationQuery("delete from ConsultationDisposition d where d.consultationId = :k "
                + "and not exists (select 1 from ConsultationComment c where c.dispositionId = d.id)").setParameter("k", consultationId).executeUpdate()).replaceWithVoid();
    }

    /** The department head approves drafted fates (all of them when none are named). */
    public Uni<Integer> approveFates(long id, List<Long> dispositionIds, Actor actor, java.util.function.Consumer<Consultation> mayApprove) {
        return Panache.withTransaction(() -> find(id).invoke(mayApprove).flatMap(k -> {
            notReported(k);
            return dispositions(k.id).flatMap(all -> {
                List<ConsultationDisposition> chosen = all.stream().filter(d -> d.state == ConsultationDisposition.State.DRAFT)
                        .filter(d -> dispositionIds == null || dispositionIds.isEmpty() || dispositionIds.contains(d.id)).toList();
                if (dispositionIds != null && !dispositionIds.isEmpty()) {
                    for (Long did : dispositionIds) {
                        if (all.stream().noneMatch(d -> d.id.equals(did))) throw ProblemException.badField("dispositionIds", "no fate " + did + " in consultation " + id);
                    }
                }
                if (chosen.isEmpty()) throw ProblemException.conflict("no drafted fate waits for approval in consultation " + id);
                Instant now = time.now();
                chosen.forEach(d -> {
                    d.state = ConsultationDisposition.State.APPROVED;
                    d.approvedBy = actor.username();
                    d.approvedAt = now;
                });
                k.changes++;
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> audit.record(actor, "consultation.fate.approved", SUBJECT, k.id, null, Map.of("dispositions", chosen.stream().map(d -> d.id).toList())))
                        .replaceWith(chosen.size());
            });
        }));
    }

    // ------------------------------------------------------------------ the adoption report

    /** What the report is made of, read in one session. */
    record Basis(Consultation k, InfoItem document, List<ConsultationComment> comments, Map<Long, ConsultationDisposition> fates) {}

    /** Why a report cannot be drafted (or submitted) yet, or null: no pending comment, every published one an approved fate. */
    static String incomplete(List<ConsultationComment> comments, Map<Long, ConsultationDisposition> fates) {
        long pending = comments.stream().filter(c -> c.state == ConsultationComment.State.PENDING).count();
        if (pending > 0) return pending + " comments still wait for moderation";
        List<String> without = comments.stream().filter(c -> c.state == ConsultationComment.State.PUBLISHED)
                .filter(c -> c.dispositionId == null || fates.get(c.dispositionId) == null || fates.get(c.dispositionId).state != ConsultationDisposition.State.APPROVED)
                .map(c -> c.refNo).toList();
        if (!without.isEmpty()) return without.size() + " comments have no approved fate yet: " + String.join(", ", without.subList(0, Math.min(5, without.size())));
        return null;
    }

    /**
     * The adoption report (采纳情况, R30) as an ADOPTION_REPORT item for the review: the counts, every comment with its fate
     * and reason, and what changed between the draft and the final text (compared on a worker). Drafted again while the
     * item is editable; only when every comment has an approved fate.
     */
    public Uni<InfoItem> draftReport(long id, Actor actor, java.util.function.Consumer<Consultation> mayReport) {
        return Panache.withSession(() -> find(id).invoke(mayReport).flatMap(k -> {
            ConsultationPhase p = k.phase(time.today());
            if (p != ConsultationPhase.CLOSED && p != ConsultationPhase.REPORTING) throw ProblemException.illegalTransition("consultation " + id, p, "report on");
            return items.find(k.documentItemId).flatMap(doc -> comments(k.id).flatMap(cs -> dispositions(k.id).map(ds -> {
                Map<Long, ConsultationDisposition> fates = new java.util.HashMap<>();
                ds.forEach(d -> fates.put(d.id, d));
                String why = incomplete(cs, fates);
                if (why != null) throw ProblemException.conflict("the adoption report of consultation " + id + " cannot be drafted yet: " + why);
                return new Basis(k, doc, cs, fates);
            })));
        })).flatMap(b -> workers.run(() -> ReportBody.html(b.k(), b.comments(), b.fates(), TextDiff.diff(b.k().draftText, HtmlText.plain(b.document().body))))
                .flatMap(body -> {
                    Consultation k = b.k();
                    ItemInput in = new ItemInput(null, null, "《" + k.title + "》征求意见采纳情况", null, b.document().issuingDepartment, null, List.of("征求意见"),
                            "征求意见时间" + k.opensOn + "至" + k.closesOn + "，共收到意见" + ReportBody.received(b.comments()) + "条。", body,
                            DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(), ItemType.ADOPTION_REPORT, SUBJECT,
                            String.valueOf(k.id), null, null, null);
                    Uni<InfoItem> item = k.reportItemId == null
                            ? items.create(in, actor).call(r -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(InfoItem.class, r.id))
                                    .flatMap(r2 -> links.link(r2, k.draftItemId, InfoItemLink.Relation.RELATED, false, actor))))
                            : Panache.withSession(() -> items.find(k.reportItemId)).flatMap(r -> {
                                if (!r.state.editable()) throw ProblemException.illegalTransition("adoption report " + r.id, r.state, "draft again");
                                return items.update(r.id, in, actor);
                            });
                    return item.call(r -> Panache.withTransaction(() -> find(k.id).flatMap(fresh -> {
                        if (fresh.changes != k.changes) throw ProblemException.conflict("consultation " + id + " changed while its report was drafted: draft it again");
                        fresh.reportItemId = r.id;
                        fresh.reportBasisChanges = fresh.changes;
                        fresh.updatedAt = time.now();
                        return Panache.getSession().flatMap(s -> s.flush())
                                .call(() -> audit.record(actor, "consultation.report.drafted", SUBJECT, k.id, null, Map.of("item", r.id, "changes", fresh.changes)));
                    })));
                }));
    }

    /** The report went live (in its publication's transaction): the fates are public, the R30 clock met, the contributors told. */
    Uni<Void> reportPublished(Consultation k, Actor actor) {
        if (k.reportPublishedOn != null) return Uni.createFrom().voidItem();
        LocalDate today = time.today();
        k.reportPublishedOn = today;
        k.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> obligations.forSubject(SUBJECT, String.valueOf(k.id)).flatMap(list -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Obligation o : list) {
                        if (o.state != ObligationState.OPEN) continue;
                        LocalDate on = MINIMUM_RULE.equals(o.ruleId) ? k.closesOn : today;
                        chain = chain.call(() -> obligations.complete(o.id, on, actor));
                    }
                    return chain;
                }))
                .call(() -> comments(k.id).flatMap(cs -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ConsultationComment c : cs) {
                        if (c.state == ConsultationComment.State.HIDDEN) continue;
                        var to = new CitizenMessages.Contact(cipher.decrypt(c.contactEmailEnc), cipher.decrypt(c.contactPhoneEnc), c.citizen);
                        if (to.email() == null && to.mobile() == null && to.account() == null) continue;
                        chain = chain.call(() -> messages.consultationReported(to, c.refNo, k.title, k.id, c.id));
                    }
                    return chain;
                }))
                .call(() -> audit.record(actor, "consultation.reported", SUBJECT, k.id, null, Map.of("reportedOn", today.toString())));
    }

    // ------------------------------------------------------------------ exemptions (R30, R45(7))

    public Uni<ConsultationExemption> requestExemption(long documentId, ConsultationExemption.Ground ground, String reason, Actor actor,
                                                       java.util.function.Consumer<InfoItem> mayRequest) {
        List<FieldError> e = new ArrayList<>();
        if (ground == null) e.add(new FieldError("ground", "is required: SECRET, EMERGENCY, LEGAL_PROVISION or CONSULTED_ELSEWHERE"));
        Validation.text(e, "reason", reason, 2000, true);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> items.find(documentId).invoke(mayRequest).flatMap(doc -> {
            if (!doc.needsInterpretation()) throw ProblemException.badField("documentId", "only a normative document or a major decision needs a consultation");
            return Panache.getSession().flatMap(s -> s.createQuery("from ConsultationExemption where documentItemId = :d and state <> :refused", ConsultationExemption.class)
                    .setParameter("d", documentId).setParameter("refused", ConsultationExemption.State.REFUSED).getResultList()).flatMap(list -> {
                if (!list.isEmpty()) throw ProblemException.conflict("document " + documentId + " has an exemption " + list.get(0).state.name().toLowerCase() + " already");
                ConsultationExemption x = new ConsultationExemption();
                x.documentItemId = documentId;
                x.ground = ground;
                x.reason = reason.trim();
                x.state = ConsultationExemption.State.REQUESTED;
                x.requestedBy = actor.username();
                x.requestedAt = time.now();
                return Panache.getSession().flatMap(s -> s.persist(x).call(s::flush))
                        .call(() -> audit.record(actor, "consultation.exemption.requested", ItemService.SUBJECT, documentId, null,
                                Map.of("exemption", x.id, "ground", ground.name(), "reason", x.reason)))
                        .replaceWith(x);
            });
        }));
    }

    /** The head of the office approves or refuses; an approved exemption is the skipped step R45(7) counts. */
    public Uni<ConsultationExemption> decideExemption(long exemptionId, boolean approve, String note, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "note", note, 2000, !approve);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(ConsultationExemption.class, exemptionId)).flatMap(x -> {
            if (x == null) throw ProblemException.notFound("consultation exemption", exemptionId);
            if (x.state != ConsultationExemption.State.REQUESTED) throw ProblemException.illegalTransition("exemption " + exemptionId, x.state, "decide");
            x.state = approve ? ConsultationExemption.State.APPROVED : ConsultationExemption.State.REFUSED;
            x.decidedBy = actor.username();
            x.decidedAt = time.now();
            x.decisionNote = blank(note) ? null : note.trim();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, approve ? "consultation.exempted" : "consultation.exemption.refused", ItemService.SUBJECT, x.documentItemId,
                            Map.of("exemption", x.id, "state", "REQUESTED"), Map.of("exemption", x.id, "state", x.state.name(), "ground", x.ground.name())))
                    .replaceWith(x);
        }));
    }

    // ------------------------------------------------------------------ reads

    public Uni<Consultation> find(long id) {
        return org.gongkai.common.error.Found.require(Consultation.class, id, "consultation");
    }

    private Uni<ConsultationComment> comment(Consultation k, long commentId) {
        return Panache.getSession().flatMap(s -> s.find(ConsultationComment.class, commentId)).map(c -> {
            if (c == null || !c.consultationId.equals(k.id)) throw ProblemException.notFound("comment of consultation " + k.id, commentId);
            return c;
        });
    }

    public Uni<List<ConsultationComment>> comments(long consultationId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ConsultationComment where consultationId = :k order by id", ConsultationComment.class)
                .setParameter("k", consultationId).getResultList());
    }

    public Uni<List<ConsultationDisposition>> dispositions(long consultationId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ConsultationDisposition where consultationId = :k order by id", ConsultationDisposition.class)
                .setParameter("k", consultationId).getResultList());
    }

    public Uni<List<ConsultationExemption>> exemptions(long documentId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ConsultationExemption where documentItemId = :d order by id", ConsultationExemption.class)
                .setParameter("d", documentId).getResultList());
    }

    /** The report clock (R30) of a consultation, if its draft went live. */
    public Uni<Obligation> reportClock(Consultation k) {
        return obligations.forSubject(SUBJECT, String.valueOf(k.id)).map(l -> l.stream().filter(o -> RULE.equals(o.ruleId)).findFirst().orElse(null));
    }

    private static void open(Consultation k, LocalDate today, String what) {
        ConsultationPhase p = k.phase(today);
        if (p != ConsultationPhase.OPEN) {
            throw new ProblemException(409, "consultation-not-open", "Not open for comment", "consultation " + k.id + " is " + p
                    + (p == ConsultationPhase.UPCOMING ? ": it opens on " + k.opensOn : ": it was open from " + k.opensOn + " to " + k.closesOn) + "; cannot " + what + " it", null);
        }
    }

    /**
     * Once its report is published, its comments and fates are final. A report still in the review may be overtaken by
     * a late change: the R30 gate refuses to submit or approve a report drafted before the last change (stale).
     */
    private static void notReported(Consultation k) {
        if (k.reportPublishedOn != null) throw ProblemException.conflict("consultation " + k.id + "'s adoption report is published: its comments and fates are final");
    }

    static Map<String, Object> snapshot(Consultation k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refNo", k.refNo);
        m.put("document", k.documentItemId);
        m.put("kind", k.kind.name());
        m.put("opensOn", k.opensOn.toString());
        m.put("closesOn", k.closesOn.toString());
        m.put("publicComments", k.publicComments);
        return m;
    }

    /** Its clocks move only through this workflow. */
    @ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("public consultations 征求意见", SUBJECT);
        }
    }
}
