package org.gongkai.applications.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.applications.Letter;
import org.gongkai.applications.Meeting;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;

/**
 * Letters to applicants (R18, R19): the office drafts from a template quoting the legal basis; the legal section
 * reviews their legality (approve, or back to the office with a note); the leader in charge signs disclosure notices,
 * the head of the office every other letter. Each move is an audit event; a signed letter no longer changes.
 */
@ApplicationScoped
public class LetterService {
    @Inject
    ApplicationRepository applications;
    @Inject
    ApplicationService applicationService;
    @Inject
    TrackingNumbers numbers;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.notifications.NotificationService notices;

    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureau;
    @ConfigProperty(name = "gongkai.letters.doc-prefix", defaultValue = "临教公开")
    String docPrefix;

    @WithTransaction
    public Uni<Letter> draft(long applicationId, Letter.Kind kind, Actor actor) {
        if (kind == null) throw ProblemException.badField("kind", "is required");
        return applications.find(applicationId).flatMap(app -> applicationService.reply(app).flatMap(reply -> {
            int year = time.today().getYear();
            return numbers.sequence("LETTER", year).flatMap(n -> {
                Letter l = new Letter();
                l.applicationId = applicationId;
                l.kind = kind;
                l.docNumber = docPrefix + "〔" + year + "〕" + n + "号";
                l.title = kind.title;
                // the applicant's name stays encrypted in the application: the letter keeps a placeholder, filled when rendered
                l.body = LetterTemplates.body(kind, app, APPLICANT, reply == null ? null : reply.dueDate, bureau);
                l.state = Letter.State.DRAFT;
                l.draftedBy = actor.username();
                l.createdAt = time.now();
                l.updatedAt = l.createdAt;
                return applications.persistOther(l)
                        .call(() -> audit.record(actor, "letter.drafted", ApplicationService.SUBJECT, applicationId, null,
                                Map.of("letter", l.docNumber, "kind", kind.name())))
                        .replaceWith(l);
            });
        }));
    }

    @WithTransaction
    public Uni<Letter> edit(long applicationId, long letterId, String body, Actor actor) {
        if (body == null || body.isBlank() || body.length() > 20000) throw ProblemException.badField("body", "is required, at most 20000 characters");
        return find(applicationId, letterId).flatMap(l -> {
            allow(l, Letter.State.Action.EDIT);
            l.body = body.trim();
            return touch(l, actor, "letter.edited", Map.of("letter", l.docNumber));
        });
    }

    @WithTransaction
    public Uni<Letter> submit(long applicationId, long letterId, Actor actor) {
        return find(applicationId, letterId).flatMap(l -> {
            move(l, Letter.State.Action.SUBMIT);
            return touch(l, actor, "letter.submitted", Map.of("letter", l.docNumber))
                    .call(x -> notices.notify(org.gongkai.notifications.Notice.toRole(org.gongkai.notifications.Notice.Kind.AWAITING_APPROVAL, Roles.LEGAL,
                            "文书待合法性审查：" + l.docNumber + " " + l.title, "Letter awaiting legal review: " + l.docNumber,
                            "/console/applications/" + applicationId, ApplicationService.SUBJECT, String.valueOf(applicationId),
                            "letter-submitted:" + l.id + ":" + l.updatedAt.toEpochMilli())));
        });
    }

    /** R18: the legal section approves the letter's legality, or returns it to the office with a note. */
    @WithTransaction
    public Uni<Letter> review(long applicationId, long letterId, boolean approve, String note, Actor actor) {
        if (note == null || note.isBlank() || note.length() > 1000) throw ProblemException.badField("note", "is required, at most 1000 characters");
        return find(applicationId, letterId).flatMap(l -> {
            move(l, approve ? Letter.State.Action.APPROVE : Letter.State.Action.RETURN);
            l.reviewedBy = actor.username();
            l.reviewNote = note.trim();
            return touch(l, actor, approve ? "letter.legal.approved" : "letter.legal.returned", Map.of("letter", l.docNumber, "note", l.reviewNote))
                    .call(x -> !approve ? Uni.createFrom().voidItem() : notices.notify(org.gongkai.notifications.Notice.toRole(org.gongkai.notifications.Notice.Kind.AWAITING_SIGNATURE,
                            l.kind.signerRole(), "文书待签发：" + l.docNumber + " " + l.title, "Letter awaiting your signature: " + l.docNumber,
                            "/console/letters", ApplicationService.SUBJECT, String.valueOf(applicationId), "letter-approved:" + l.id)));
        });
    }

    /** R19: signed by the leader in charge (disclosure notices) or the head of the office (the others). */
    @WithTransaction
    public Uni<Letter> sign(long applicationId, long letterId, String signerName, Actor actor) {
        return find(applicationId, letterId).flatMap(l -> {
            allow(l, Letter.State.Action.SIGN);
            String role = l.kind.signerRole();
            if (!actor.roles().contains(role)) {
                throw ProblemException.forbidden(Roles.LEADER.equals(role) ? "the leader in charge signs disclosure notices (R19)"
                        : "the head of the office signs correction, extension and other letters (R19)");
            }
            move(l, Letter.State.Action.SIGN);
            l.signedBy = actor.username();
            l.signerName = signerName;
            l.signedOn = time.today();
            return touch(l, actor, "letter.signed", Map.of("letter", l.docNumber));
        });
    }

    /** Letters waiting for the caller: legality review (legal), signature (leader; head of the office). */
    @WithSession
    public Uni<List<Letter>> queue(java.util.Set<String> roles) {
        StringBuilder where = new StringBuilder("1 = 0");
        if (roles.contains(Roles.LEGAL)) where.append(" or state = 'IN_LEGAL_REVIEW'");
        if (roles.contains(Roles.LEADER)) where.append(" or (state = 'LEGAL_APPROVED' and kind = 'REPLY_NOTICE')");
        if (roles.contains(Roles.OFFICE_HEAD)) where.append(" or (state = 'LEGAL_APPROVED' and kind <> 'REPLY_NOTICE')");
        return Panache.getSession().flatMap(s -> s.createQuery("from Letter where " + where + " order by id", Letter.class).getResultList());
    }

    @WithSession
    public Uni<List<Letter>> forApplication(long applicationId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from Letter where applicationId = :a order by id", Letter.class)
                .setParameter("a", applicationId).getResultList());
    }

    @WithSession
    public Uni<Letter> find(long applicationId, long letterId) {
        return Panache.getSession().flatMap(s -> s.find(Letter.class, letterId)).map(l -> {
            if (l == null || !l.applicationId.equals(applicationId)) throw ProblemException.notFound("letter", letterId);
            return l;
        });
    }

    /** Placeholder for the applicant in a letter's stored text. */
    public static final String APPLICANT = "{{申请人}}";

    /** The letter ready to render, with the applicant's name (organisation, or the decrypted name) filled in. */
    @WithSession
    public Uni<LetterRenderer.Content> content(Letter l) {
        return applications.find(l.applicationId).map(app -> {
            String applicant = app.organisation != null ? app.organisation : cipher.decrypt(app.nameEnc);
            String date = l.signedOn == null ? "（签发日期）" : LetterTemplates.CN.format(l.signedOn);
            return new LetterRenderer.Content(bureau, l.title, l.docNumber, l.body.replace(APPLICANT, applicant), date, l.signerName,
                    l.state != Letter.State.SIGNED);
        });
    }

    // ------------------------------------------------------------------ consultation meetings (R17)

    @WithTransaction
    public Uni<Meeting> recordMeeting(long applicationId, LocalDate heldOn, String participants, String minutes, Actor actor) {
        if (heldOn == null) throw ProblemException.badField("heldOn", "is required");
        if (participants == null || participants.isBlank() || participants.length() > 1000) throw ProblemException.badField("participants", "is required");
        if (minutes == null || minutes.isBlank() || minutes.length() > 20000) throw ProblemException.badField("minutes", "is required");
        return applications.find(applicationId).flatMap(app -> {
            Meeting m = new Meeting();
            m.applicationId = applicationId;
            m.heldOn = heldOn;
            m.participants = participants.trim();
            m.minutes = minutes.trim();
            m.recordedBy = actor.username();
            m.recordedAt = time.now();
            return applications.persistOther(m)
                    .call(() -> audit.record(actor, "application.meeting.recorded", ApplicationService.SUBJECT, applicationId, null,
                            Map.of("heldOn", heldOn.toString())))
                    .replaceWith(m);
        });
    }

    @WithSession
    public Uni<List<Meeting>> meetings(long applicationId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from ApplicationMeeting where applicationId = :a order by heldOn", Meeting.class)
                .setParameter("a", applicationId).getResultList());
    }

    private Uni<Letter> touch(Letter l, Actor actor, String action, Map<String, Object> after) {
        l.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> audit.record(actor, action, ApplicationService.SUBJECT, l.applicationId, null, after)).replaceWith(l);
    }


    /** A 409 naming the action and the state unless the letter's table allows it. */
    private static void allow(Letter l, Letter.State.Action action) {
        if (!l.state.allows(action)) {
            throw ProblemException.illegalTransition("letter " + l.docNumber, l.state, org.gongkai.audit.service.AuditedWorkflow.words(action));
        }
    }

    /** Checks the action against the table and moves the letter to the state it leads to. */
    private static void move(Letter l, Letter.State.Action action) {
        allow(l, action);
        l.state = Letter.State.target(action);
    }
}
