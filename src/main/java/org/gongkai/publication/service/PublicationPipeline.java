package org.gongkai.publication.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.notifications.Notice;
import org.gongkai.publication.AttributeBasis;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.PublicationState.Action;
import org.gongkai.publication.ReviewOpinion;
import org.gongkai.publication.ReviewOpinion.Decision;
import org.gongkai.publication.ReviewOpinion.Step;
import org.gongkai.publication.ReviewSubject;
import org.gongkai.publication.repository.ReviewOpinionRepository;

/**
 * The review every published thing passes (R12: 先审查、后公开; 一事一审; 谁公开、谁审查) and the attribute rule (R13).
 * One method per move: validate (state, role, department, no self-approval) → opinion archived → audit event →
 * obligations closed. Runs inside the caller's transaction; the caller stores {@link Transition#to()}.
 */
@ApplicationScoped
public class PublicationPipeline {
    /** Obligations a publication fulfils: publish or update within 20 working days (R8), re-decide the attribute (R14). */
    public static final Set<String> CLOSED_BY_PUBLICATION = Set.of("R8", "R14");
    /** Obligations a withdrawal fulfils: withdraw an expired item (R8) or an invalid normative document (R9). */
    public static final Set<String> CLOSED_BY_WITHDRAWAL = Set.of("R8-EXP", "R9");

    @Inject
    ReviewOpinionRepository opinions;
    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.notifications.NotificationService notices;

    /** The outcome of a move: where the subject goes, its review round, and the archived opinion. */
    public record Transition(PublicationState from, PublicationState to, int round, ReviewOpinion opinion) {}

    /** The drafter submits with the written confidentiality-review opinion; the attribute must be set (R13, R4). */
    public Uni<Transition> submit(ReviewSubject s, String opinion, Actor a) {
        check(s, Action.SUBMIT);
        requireText("opinion", opinion);
        if (!s.departmentCode().equals(a.department()) && !a.username().equals(s.drafter())) {
            throw ProblemException.forbidden("only the drafting department submits its own items");
        }
        requireAttribute(s);
        int round = s.round() + 1;
        return move(s, Action.SUBMIT, PublicationState.SUBMITTED, round, Step.DRAFTER, Decision.SUBMITTED, opinion, a);
    }

    /**
     * Department head, then head of the office; never the drafter; the department head only for their department.
     * The office's own items: its head is their department head too, and one approval decides.
     */
    public Uni<Transition> approve(ReviewSubject s, String opinion, Actor a) {
        check(s, Action.APPROVE);
        requireText("opinion", opinion);
        notTheDrafter(s, a);
        boolean officeOwn = a.roles().contains(Roles.OFFICE_HEAD) && s.departmentCode().equals(a.department());
        if (s.state() == PublicationState.SUBMITTED && !officeOwn) {
            if (!a.roles().contains(Roles.DEPARTMENT_HEAD)) throw ProblemException.forbidden("the head of the drafting department approves first");
            if (!s.departmentCode().equals(a.department())) throw ProblemException.forbidden("a department head approves only their own department's items");
            return move(s, Action.APPROVE, PublicationState.DEPT_APPROVED, s.round(), Step.DEPARTMENT_HEAD, Decision.APPROVED, opinion, a);
        }
        if (!a.roles().contains(Roles.OFFICE_HEAD)) throw ProblemException.forbidden("the head of the office approves publication");
        requireAttribute(s);
        PublicationState to = s.attribute() == DisclosureAttribute.PUBLIC ? PublicationState.PUBLISHED : PublicationState.DECIDED;
        return move(s, Action.APPROVE, to, s.round(), Step.OFFICE_HEAD, Decision.APPROVED, opinion, a)
                .call(t -> to == PublicationState.PUBLISHED
                        ? closeObligations(s, CLOSED_BY_PUBLICATION, a, null)
                        : closeObligations(s, Set.of("R14"), a, null).call(() -> closeObligations(s, Set.of("R8"), a, "经审查不予主动公开")));
    }

    /** Back to the drafter with the reason: by the department head, or by the office (a wrong attribute, R13). */
    public Uni<Transition> returnToDrafter(ReviewSubject s, String reason, Actor a) {
        check(s, Action.RETURN);
        requireText("reason", reason);
        notTheDrafter(s, a);
        Step step;
        if (s.state() == PublicationState.SUBMITTED) {
            boolean head = a.roles().contains(Roles.DEPARTMENT_HEAD) && s.departmentCode().equals(a.department());
            if (!head) throw ProblemException.forbidden("the head of the drafting department reviews it now");
            step = Step.DEPARTMENT_HEAD;
        } else {
            if (!a.roles().contains(Roles.OFFICE_HEAD) && !a.roles().contains(Roles.OFFICE)) {
                throw ProblemException.forbidden("the office reviews it now");
            }
            step = a.roles().contains(Roles.OFFICE_HEAD) ? Step.OFFICE_HEAD : Step.OFFICE;
        }
        return move(s, Action.RETURN, PublicationState.RETURNED, s.round(), step, Decision.RETURNED, reason, a);
    }

    /** A published (or decided) thing changes: a new draft, reviewed again; the portal keeps the live version meanwhile. */
    public Uni<Transition> revise(ReviewSubject s, String note, Actor a) {
        check(s, Action.REVISE);
        requireText("note", note);
        if (!s.departmentCode().equals(a.department()) && !a.roles().contains(Roles.OFFICE)) {
            throw ProblemException.forbidden("only the drafting department or the office revises an item");
        }
        return move(s, Action.REVISE, PublicationState.DRAFT, s.round(), Step.DRAFTER, Decision.REVISED, note, a);
    }

    /** Off the portal (expired, invalid, wrong): by the office; closes the withdrawal obligations (R8 expiry, R9). */
    public Uni<Transition> withdraw(ReviewSubject s, String reason, Actor a) {
        check(s, Action.WITHDRAW);
        if (!s.live()) throw ProblemException.illegalTransition(s.type() + " " + s.id(), s.state() + " (not on the portal)", "withdraw");
        requireText("reason", reason);
        if (!a.roles().contains(Roles.OFFICE) && !a.roles().contains(Roles.OFFICE_HEAD)) {
            throw ProblemException.forbidden("the office withdraws published items");
        }
        return move(s, Action.WITHDRAW, PublicationState.WITHDRAWN, s.round(), Step.OFFICE, Decision.WITHDRAWN, reason, a)
                .call(t -> closeObligations(s, CLOSED_BY_WITHDRAWAL, a, null));
    }

    public Uni<List<ReviewOpinion>> opinions(String type, String id) {
        return opinions.forSubject(type, id);
    }

    private static void check(ReviewSubject s, Action a) {
        if (!s.state().allows(a)) throw ProblemException.illegalTransition(s.type() + " " + s.id(), s.state(), a.name().toLowerCase());
    }

    private static void notTheDrafter(ReviewSubject s, Actor a) {
        if (a.username().equals(s.drafter())) throw ProblemException.forbidden("the drafter cannot review their own item (R12)");
    }

    private static void requireText(String field, String text) {
        org.gongkai.common.error.Validation.requireText(field, text, 2000);
    }

    /** R13 and R4: an attribute from the start; a non-public one with its legal basis and reason. */
    static void requireAttribute(ReviewSubject s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.attribute() == null) {
            errors.add(new FieldError("attribute", "is required before the item is routed (R13)"));
        } else if (s.attribute() != DisclosureAttribute.PUBLIC) {
            if (s.attributeBasis() == null || AttributeBasis.ofCode(s.attributeBasis()).isEmpty()) {
                errors.add(new FieldError("attributeBasis", "a non-public item states its legal basis (R4)"));
            }
            if (s.attributeReason() == null || s.attributeReason().isBlank()) {
                errors.add(new FieldError("attributeReason", "a non-public item states its reason (R4)"));
            }
        }
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
    }

    private Uni<Transition> move(ReviewSubject s, Action action, PublicationState to, int round, Step step, Decision decision,
                                 String text, Actor a) {
        ReviewOpinion o = new ReviewOpinion();
        o.subjectType = s.type();
        o.subjectId = s.id();
        o.round = round;
        o.step = step;
        o.decision = decision;
        o.opinion = text.trim();
        o.attribute = s.attribute() == null ? null : s.attribute().name();
        o.actor = a.username();
        o.department = a.department();
        o.decidedAt = time.now();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", s.state().name());
        before.put("round", s.round());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        after.put("round", round);
        after.put("opinion", o.opinion);
        if (o.attribute != null) after.put("attribute", o.attribute);
        return opinions.persist(o)
                .call(x -> audit.record(a, "publication." + action.name().toLowerCase(), s.type(), s.id(), before, after))
                .call(x -> announce(s, to, round, o.opinion))
                .map(x -> new Transition(s.state(), to, round, o));
    }

    /**
     * Tells the next person in the review (issue 10): the drafting department's heads when it is submitted, the head of
     * the office after the department's approval, the drafter when it is returned.
     */
    private Uni<Void> announce(ReviewSubject s, PublicationState to, int round, String opinion) {
        String key = s.type() + ":" + s.id() + ":" + round + ":" + to;
        String review = "/console/review";
        return switch (to) {
            case SUBMITTED -> notices.notify(Notice.toDepartment(Notice.Kind.AWAITING_APPROVAL, s.departmentCode(), Roles.DEPARTMENT_HEAD,
                    "待审核：" + s.title(), "Awaiting your approval: " + s.title(), review, s.type(), s.id(), "submitted:" + key));
            case DEPT_APPROVED -> notices.notify(Notice.toRole(Notice.Kind.AWAITING_APPROVAL, Roles.OFFICE_HEAD,
                    "待办公室审核：" + s.title(), "Awaiting the office's approval: " + s.title(), review, s.type(), s.id(), "dept-approved:" + key));
            case RETURNED -> s.drafter() == null ? Uni.createFrom().voidItem()
                    : notices.notify(Notice.toUser(Notice.Kind.RETURNED, s.drafter(), "被退回修改：" + s.title() + "（" + opinion + "）",
                    "Returned to you: " + s.title() + " (" + opinion + ")", "/console/" + s.type() + "s/" + s.id(), s.type(), s.id(), "returned:" + key));
            default -> Uni.createFrom().voidItem();
        };
    }

    /** Completes (or, with a reason, cancels) the subject's open obligations of the given rules. */
    private Uni<Void> closeObligations(ReviewSubject s, Set<String> rules, Actor a, String cancelReason) {
        return obligations.forSubject(s.type(), s.id()).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Obligation o : list) {
                if (!rules.contains(o.ruleId) || (o.state != ObligationState.OPEN && o.state != ObligationState.PAUSED)) continue;
                long id = o.id;
                chain = chain.flatMap(x -> (cancelReason == null ? obligations.complete(id, time.today(), a)
                        : obligations.cancel(id, cancelReason, a)).replaceWithVoid());
            }
            return chain;
        });
    }
}
