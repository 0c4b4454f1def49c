package org.gongkai.applications.service;

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
import org.gongkai.applications.ApplicationEnums;
import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Channel;
import org.gongkai.applications.ApplicationEnums.DeliveryForm;
import org.gongkai.applications.ApplicationEnums.Outcome;
import org.gongkai.applications.ApplicationEnums.ReceiptRule;
import org.gongkai.applications.ApplicationEnums.State;
import org.gongkai.applications.ApplicationEnums.State.Action;
import org.gongkai.applications.ApplicationReview;
import org.gongkai.applications.Assignment;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.common.abuse.RateLimiter;
import org.gongkai.organisation.repository.DepartmentRepository;

/**
 * The statutory clock of an application, every move through the ledger: OGI-33 (reply within 20 working days of
 * receipt; one extension of at most 20), Art. 30 (one correction request within 7 working days; the clock stops and
 * restarts in full when the corrected application arrives), Art. 32 (a third party's 15 working days are not counted),
 * R17 (a department's 15 working days, both ends counted).
 */
@ApplicationScoped
public class ApplicationService {
    @jakarta.inject.Inject
    org.gongkai.common.metrics.LedgerMetrics metrics;

    public static final String SUBJECT = "application";
    /** Files the applicant sent (identity proof, corrections), kept apart from the information delivered. */
    public static final String INTAKE = "application-intake";
    /** The office asks for any correction within 7 working days of receipt (Art. 30): a clock, so a missed one counts. */
    public static final String CORRECTION_WINDOW_RULE = "OGI-30-7";
    /** The applicant's period to correct (Art. 30, the bureau's setting): when it runs out the application lapses (六-1). */
    public static final String CORRECTION_PERIOD_RULE = "OGI-30-AP";
    /** The applicant's period to pay a fee (国办函〔2020〕109号): when it runs out the application lapses (六-2). */
    public static final String FEE_RULE = "FEE-PAY";
    /** Limits of the texts the workflow takes, the same in validation and in the OpenAPI document (issue 9). */
    public static final int CORRECTION_TEXT_MAX = 2000, THIRD_PARTY_TEXT_MAX = 300, EXTENSION_TEXT_MAX = 1000, ANSWER_TEXT_MAX = 10000;
    static final String OFFICE = "BGS";

    @Inject
    ApplicationRepository repository;
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
    AuditService audit;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    TrackingNumbers numbers;
    @Inject
    RateLimiter limiter;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.common.crypto.PersonalDataReveal reveal;

    // Every period of the law a setting with the legal default (legal-rules.md; issue 9), listed in GET /api/v1/config.
    /** OGI Art. 33: the reply within 20 working days of receipt. */
    @ConfigProperty(name = "gongkai.applications.reply-working-days")
    int replyDays;
    /** Art. 30: a correction is requested within 7 working days of receipt. */
    @ConfigProperty(name = "gongkai.applications.correction-window-working-days")
    int correctionWindowDays;
    /** Art. 32: the third party's 15 working days, not counted. */
    @ConfigProperty(name = "gongkai.applications.third-party-working-days")
    int thirdPartyDays;
    /** Art. 33: one extension of at most 20 working days. */
    @ConfigProperty(name = "gongkai.applications.extension-working-days")
    int extensionDays;
    /** R17: a department answers an assignment within 15 working days, both ends counted. */
    @ConfigProperty(name = "gongkai.applications.assignment-working-days")
    int assignmentDays;
    @ConfigProperty(name = "gongkai.applications.correction-period-working-days", defaultValue = "15")
    int correctionPeriod;
    @Inject
    org.gongkai.common.abuse.IntakeLimits intakeLimits;
    @Inject
    org.gongkai.common.abuse.ChallengeService challenges;
    @ConfigProperty(name = "gongkai.applications.fees.enabled", defaultValue = "false")
    boolean feesEnabled;
    @ConfigProperty(name = "gongkai.applications.fees.payment-working-days", defaultValue = "20")
    int feePaymentDays;

    public int replyDays() { return replyDays; }

    /** Who applies and for what. */
    public record Applicant(ApplicantType type, String organisation, String name, String idType, String idNumber, String phone,
                            String email, String address, String description, String purpose, DeliveryForm deliveryForm, boolean notifyMe) {}

    public record Receipt(String trackingNo, String queryCode, LocalDate receivedOn, LocalDate dueDate, boolean replayed) {}

    /**
     * Online (Art. 31: the day it is submitted, confirmed by the system at once). Limited like every public intake
     * (IntakeLimits); from a busy network the text challenge is asked for, answered in {@code challengeId} and
     * {@code challengeAnswer} (used up in a transaction of its own, before the submission's).
     */
    public Uni<Receipt> submit(Applicant a, String idempotencyKey, org.gongkai.common.abuse.IntakeLimits.Caller caller, String challengeId,
                               String challengeAnswer, Actor actor) {
        String key = org.gongkai.common.idempotency.Idempotency.checkedKey(idempotencyKey);
        validate(a);
        String fingerprint = org.gongkai.common.idempotency.Idempotency.fingerprint(caller.account(), a);
        boolean answered = challengeId != null && !challengeId.isBlank();
        // a retry with the same Idempotency-Key returns the first receipt before anything is used up (its challenge was)
        Uni<DisclosureApplication> existing = key == null ? Uni.createFrom().nullItem()
                : io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> repository.find("idempotencyKey", key).firstResult());
        return existing.flatMap(prev -> {
            if (prev != null) {
                org.gongkai.common.idempotency.Idempotency.requireSameRequest(prev.idempotencyHash, fingerprint);
                return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> receipt(prev, true));
            }
            Uni<Boolean> challenged = answered ? challenges.consume(challengeId, challengeAnswer).replaceWith(true) : Uni.createFrom().item(false);
            // the limits counted in a transaction of their own (issue 17): a busy address's counter row is locked for one
            // statement, not for the whole submission
            return challenged.flatMap(ok -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> intakeLimits.hit("application", caller, ok)))
                    .flatMap(verdict -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> Uni.createFrom().voidItem()
                    .flatMap(x -> create(a, Channel.ONLINE, ReceiptRule.ONLINE, time.today(), caller.account(), key, actor))
                    .invoke(app -> app.idempotencyHash = key == null ? null : fingerprint)
                    .flatMap(app -> receipt(app, false))))
                    .invoke(r -> metrics.submitted("application", Channel.ONLINE.name()));
        });
    }

    /** A letter registered by the office, with the day of receipt by Art. 31 (registered mail: the day signed for …). */
    @WithTransaction
    public Uni<DisclosureApplication> registerLetter(Applicant a, ReceiptRule rule, LocalDate receivedOn, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (rule == null || rule == ReceiptRule.ONLINE) errors.add(new FieldError("receiptRule", "IN_PERSON, REGISTERED_MAIL, ORDINARY_MAIL or FAX"));
        if (receivedOn == null) errors.add(new FieldError("receivedOn", "is required (Art. 31)"));
        else if (receivedOn.isAfter(time.today())) errors.add(new FieldError("receivedOn", "is in the future"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        validate(a);
        return create(a, Channel.LETTER, rule, receivedOn, null, null, actor).invoke(x -> metrics.submitted("application", Channel.LETTER.name()));
    }

    private Uni<Receipt> receipt(DisclosureApplication app, boolean replayed) {
        return reply(app).map(o -> new Receipt(app.trackingNo, numbers.queryCode(app.queryCodeEnc), app.receivedOn,
                o == null ? null : o.dueDate, replayed));
    }

    private Uni<DisclosureApplication> create(Applicant a, Channel channel, ReceiptRule rule, LocalDate receivedOn, String citizen,
                                              String key, Actor actor) {
        return numbers.next("YS", receivedOn.getYear()).flatMap(tracking -> {
            DisclosureApplication app = new DisclosureApplication();
            app.trackingNo = tracking;
            app.queryCodeEnc = numbers.newQueryCodeEncrypted();
            app.channel = channel;
            app.receiptRule = rule;
            app.applicantType = a.type();
            app.organisation = blank(a.organisation()) ? null : a.organisation().trim();
            app.nameEnc = cipher.encrypt(a.name().trim());
            app.idType = blank(a.idType()) ? null : a.idType().trim();
            app.idNumberEnc = cipher.encrypt(blank(a.idNumber()) ? null : a.idNumber().trim());
            app.phoneEnc = cipher.encrypt(blank(a.phone()) ? null : a.phone().trim());
            app.emailEnc = cipher.encrypt(blank(a.email()) ? null : a.email().trim());
            app.addressEnc = cipher.encrypt(blank(a.address()) ? null : a.address().trim());
            app.description = a.description().trim();
            app.purpose = blank(a.purpose()) ? null : a.purpose().trim();
            app.deliveryForm = a.deliveryForm();
            app.citizen = citizen;
            app.notifyConsent = a.notifyMe();
            app.state = State.RECEIVED;
            app.receivedOn = receivedOn;
            app.idempotencyKey = key;
            app.createdAt = time.now();
            app.updatedAt = app.createdAt;
            return repository.persist(app).call(repository::flush)
                    .call(saved -> audit.record(actor, "application.received", SUBJECT, saved.id, null, snapshot(saved)))
                    .call(saved -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(saved.id), "OGI-33",
                            "答复政府信息公开申请 " + saved.trackingNo, OFFICE, null, receivedOn, replyDays, CountUnit.WORKING, false), actor))
                    .call(saved -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(saved.id), CORRECTION_WINDOW_RULE,
                            "审查申请是否需要补正 " + saved.trackingNo, OFFICE, null, receivedOn, correctionWindowDays, CountUnit.WORKING, false), actor));
        });
    }

    // ------------------------------------------------------------------ the clock

    /** Art. 30: once, within 7 working days of receipt; the reply clock stops until the corrected application arrives. */
    @WithTransaction
    public Uni<DisclosureApplication> requestCorrection(long id, String what, Actor actor) {
        requireText("text", what, CORRECTION_TEXT_MAX);
        return act(id, Action.CORRECTION, actor, app -> {
            if (app.correctionDue != null) throw ProblemException.conflict("a correction can be requested once only (Art. 30)");
            return calendars.calendar().flatMap(cal -> {
                if (cal.workingDaysAfter(app.receivedOn, time.today()) > correctionWindowDays) {
                    throw ProblemException.conflict("a correction is requested within 7 working days of receipt (Art. 30); it is too late");
                }
                app.state = State.IN_CORRECTION;
                return examined(app, actor)
                        .flatMap(x -> reply(app)).flatMap(o -> obligations.pause(o.id, time.today(), ApplicationEnums.PauseCause.CORRECTION.prefix + what.trim(), actor))
                        .flatMap(x -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(app.id), CORRECTION_PERIOD_RULE,
                                "申请人补正期限 " + app.trackingNo, OFFICE, null, time.today(), correctionPeriod, CountUnit.WORKING, false), actor))
                        // shown on the tracking page; the ledger's clock is what decides (lapse, sweep)
                        .invoke(o -> app.correctionDue = o.dueDate).replaceWithVoid();
            });
        });
    }

    /** The corrected application arrived: the reply clock starts again, in full, from that day. */
    @WithTransaction
    public Uni<DisclosureApplication> corrected(long id, LocalDate arrivedOn, Actor actor) {
        LocalDate day = arrivedOn == null ? time.today() : arrivedOn;
        if (day.isAfter(time.today())) throw ProblemException.badField("on", "is in the future");
        return act(id, Action.CORRECTED, actor, app -> {
            app.state = State.RECEIVED;
            return open(app, CORRECTION_PERIOD_RULE).flatMap(p -> p == null ? Uni.createFrom().voidItem()
                            : obligations.complete(p.id, day, actor).replaceWithVoid())
                    .flatMap(x -> reply(app)).flatMap(o -> obligations.restart(o.id, day, "补正后的申请于" + day + "收到，重新起算", actor)).replaceWithVoid();
        });
    }

    /** No correction within the period set: the application is not processed further (outcome 六-1). */
    @WithTransaction
    public Uni<DisclosureApplication> abandon(long id, Actor actor) {
        return act(id, Action.ABANDON, actor, app -> lapse(app, actor));
    }

    private Uni<Void> lapse(DisclosureApplication app, Actor actor) {
        return lapsedPeriod(app, CORRECTION_PERIOD_RULE, "the correction period", "申请人逾期未补正", actor).flatMap(x -> lapseNow(app, actor));
    }

    /**
     * The applicant's period (correction, fee) as the ledger has it: refused while it runs; when it has run out it
     * is closed as lapsed (cancelled: the applicant's clock, not the office's, so never counted against it).
     */
    private Uni<Void> lapsedPeriod(DisclosureApplication app, String rule, String what, String reason, Actor actor) {
        return open(app, rule).flatMap(o -> {
            if (o == null) throw ProblemException.conflict(what + " of application " + app.id + " is not running");
            // the ledger says whether it ran out
            return obligations.get(o.id).flatMap(row -> {
                if (row.status() != org.gongkai.compliance.ObligationStatus.OVERDUE) throw ProblemException.conflict(what + " runs until " + o.dueDate);
                return obligations.cancel(o.id, reason + "（期限" + o.dueDate + "届满）", actor).replaceWithVoid();
            });
        });
    }

    /** The office's first examination of the application (a correction asked, an assignment, a third party, a decision). */
    private Uni<Void> examined(DisclosureApplication app, Actor actor) {
        return open(app, CORRECTION_WINDOW_RULE).flatMap(o -> o == null ? Uni.createFrom().voidItem()
                : obligations.complete(o.id, time.today(), actor).replaceWithVoid());
    }

    private Uni<Void> lapseNow(DisclosureApplication app, Actor actor) {
        app.outcome = Outcome.OTHER_NO_CORRECTION;
        app.outcomeNote = "申请人无正当理由逾期不补正，不再处理其政府信息公开申请";
        app.state = State.CLOSED;
        app.concludedOn = time.today();
        return reply(app).flatMap(o -> obligations.complete(o.id, time.today(), actor)).replaceWithVoid();
    }


    /** Daily: corrections not received within their period close the application (Art. 30, outcome 六-1). */
    @WithTransaction
    public Uni<Integer> sweepLapsedCorrections(Actor actor) {
        return repository.getSession().flatMap(s -> org.gongkai.common.locks.AdvisoryLocks.hold(s, org.gongkai.common.locks.AdvisoryLocks.Key.APPLICATION_SWEEP))
                // the ledger says whose period ran out
                .flatMap(x -> obligations.overdue(SUBJECT, CORRECTION_PERIOD_RULE))
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<DisclosureApplication>of())
                        : repository.list("state = ?1 and id in ?2", State.IN_CORRECTION, ids.stream().map(Long::valueOf).toList()))
                .flatMap(list -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (DisclosureApplication app : list) {
                        long id = app.id;
                        chain = chain.flatMap(n -> act(id, Action.ABANDON, actor, a -> lapse(a, actor)).map(a -> n + 1));
                    }
                    return chain;
                });
    }

    /** Art. 32: a third party's opinion; its 15 working days are not counted in the reply. */
    @WithTransaction
    public Uni<DisclosureApplication> askThirdParty(long id, String who, Actor actor) {
        requireText("text", who, THIRD_PARTY_TEXT_MAX);
        return act(id, Action.THIRD_PARTY, actor, app -> {
            app.state = State.THIRD_PARTY;
            return examined(app, actor).flatMap(x -> reply(app)).flatMap(o -> obligations.pause(o.id, time.today(), ApplicationEnums.PauseCause.THIRD_PARTY.prefix + who.trim(), actor))
                    .flatMap(o -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(app.id), "OGI-32",
                            "第三方答复期限：" + who.trim(), OFFICE, null, time.today(), thirdPartyDays, CountUnit.WORKING, false), actor))
                    .replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<DisclosureApplication> thirdPartyDone(long id, Actor actor) {
        return act(id, Action.THIRD_PARTY_DONE, actor, app -> {
            app.state = State.RECEIVED;
            return reply(app).flatMap(o -> obligations.resume(o.id, time.today(), actor))
                    .flatMap(x -> open(app, "OGI-32")).flatMap(o -> o == null ? Uni.createFrom().voidItem()
                            : obligations.complete(o.id, time.today(), actor).replaceWithVoid());
        });
    }

    /** Art. 33: once, at most 20 more working days, approved by the head of the office (R19). */
    @WithTransaction
    public Uni<DisclosureApplication> extend(long id, String reason, Actor actor) {
        requireText("text", reason, EXTENSION_TEXT_MAX);
        return act(id, Action.EXTEND, actor, app -> {
            if (app.extended) throw ProblemException.conflict("the reply period can be extended once only (Art. 33)");
            app.extended = true;
            return reply(app).flatMap(o -> obligations.extend(o.id, extensionDays, "延期答复：" + reason.trim(), actor)).replaceWithVoid();
        });
    }

    // ------------------------------------------------------------------ fees (off unless gongkai.applications.fees.enabled)

    /** A fee notice: the amount by the rules, the clock stops until it is paid (or the time to pay runs out). */
    @WithTransaction
    public Uni<DisclosureApplication> chargeFee(long id, FeeCalculator.Mode mode, Integer quantity, Actor actor) {
        if (!feesEnabled) throw ProblemException.conflict("fees are off: the bureau's rule is \"no fee\" (gongkai.applications.fees.enabled)");
        if (mode == null) throw ProblemException.badField("mode", "ITEMS or PAGES");
        if (quantity == null || quantity < 1 || quantity > 100000) throw ProblemException.badField("quantity", "must be between 1 and 100000");
        long amount = FeeCalculator.fee(mode, quantity);
        if (amount == 0) throw ProblemException.badField("quantity", "within the free allowance: no fee");
        return act(id, Action.FEE, actor, app -> calendars.calendar().flatMap(cal -> {
            app.feeAmount = java.math.BigDecimal.valueOf(amount);
            app.feeBasis = (mode == FeeCalculator.Mode.ITEMS ? "按件计收：本月第" : "按量计收：共") + quantity + (mode == FeeCalculator.Mode.ITEMS ? "件" : "页");
            app.state = State.FEE_PENDING;
            return reply(app).flatMap(o -> obligations.pause(o.id, time.today(), ApplicationEnums.PauseCause.FEE.prefix + amount + "元", actor))
                    .flatMap(x -> obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(app.id), FEE_RULE,
                            "申请人缴费期限 " + app.trackingNo, OFFICE, null, time.today(), feePaymentDays, CountUnit.WORKING, false), actor))
                    .invoke(o -> app.feeDue = o.dueDate).replaceWithVoid();
        }));
    }

    @WithTransaction
    public Uni<DisclosureApplication> feePaid(long id, Actor actor) {
        return act(id, Action.FEE_PAID, actor, app -> {
            app.feePaidOn = time.today();
            app.state = State.RECEIVED;
            return open(app, FEE_RULE).flatMap(f -> f == null ? Uni.createFrom().voidItem() : obligations.complete(f.id, time.today(), actor).replaceWithVoid())
                    .flatMap(x -> reply(app)).flatMap(o -> obligations.resume(o.id, time.today(), actor)).replaceWithVoid();
        });
    }

    /** Unpaid within the time: not processed further (outcome 六-2). */
    @WithTransaction
    public Uni<DisclosureApplication> feeLapsed(long id, Actor actor) {
        return act(id, Action.FEE_LAPSED, actor, app -> lapsedPeriod(app, FEE_RULE, "the fee period", "申请人逾期未缴费", actor).flatMap(x -> {
            app.outcome = Outcome.OTHER_UNPAID_FEE;
            app.outcomeNote = "申请人逾期未按收费通知要求缴纳费用，不再处理其政府信息公开申请";
            app.state = State.CLOSED;
            app.concludedOn = time.today();
            return reply(app).flatMap(o -> obligations.complete(o.id, time.today(), actor)).replaceWithVoid();
        }));
    }

    // ------------------------------------------------------------------ Art. 44

    @Inject
    org.gongkai.disclosure.service.ItemService items;

    /**
     * Art. 44: information released on request that others are likely to ask for becomes a proactive item — a draft
     * of the office, published only through the pipeline like any other.
     */
    @WithTransaction
    public Uni<org.gongkai.disclosure.InfoItem> toProactiveItem(long id, String columnCode, Actor actor) {
        return repository.find(id).flatMap(app -> {
            if (app.state != State.DELIVERED || (app.outcome != Outcome.DISCLOSED && app.outcome != Outcome.PARTIALLY_DISCLOSED)) {
                throw ProblemException.conflict("only information delivered as disclosed (予以公开 / 部分公开) can be published proactively");
            }
            String title = app.description.length() > 280 ? app.description.substring(0, 280) : app.description;
            return items.create(new org.gongkai.disclosure.service.ItemInput(null, columnCode, title, null, OFFICE, time.today(),
                            List.of("依申请公开"), "根据政府信息公开申请（" + app.trackingNo + "）公开的信息，经审查转为主动公开（条例第四十四条）。",
                            "<p>" + (app.outcomeNote == null ? "" : app.outcomeNote.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) + "</p>",
                            org.gongkai.publication.DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, null), actor)
                    .call(item -> audit.record(actor, "application.made-proactive", SUBJECT, id, null, Map.of("item", item.indexNo)));
        });
    }

    // ------------------------------------------------------------------ handling

    /** R17: each department answers within 15 working days, the day of assignment and the day of completion both counted. */
    @WithTransaction
    public Uni<DisclosureApplication> assign(long id, List<String> departmentCodes, String instructions, Actor actor) {
        if (departmentCodes == null || departmentCodes.isEmpty()) throw ProblemException.badField("departments", "name at least one");
        return act(id, Action.ASSIGN, actor, app -> repository.assignments(id).flatMap(existing -> {
            Uni<Void> chain = examined(app, actor);
            for (String code : departmentCodes.stream().distinct().toList()) {
                if (existing.stream().anyMatch(x -> x.department.equals(code))) continue;
                chain = chain.flatMap(x -> departments.byCode(code)).flatMap(d -> {
                    if (d == null) throw ProblemException.badField("departments", "no department " + code);
                    Assignment asg = new Assignment();
                    asg.applicationId = id;
                    asg.department = code;
                    asg.state = "OPEN";
                    asg.instructions = blank(instructions) ? null : instructions.trim();
                    asg.assignedOn = time.today();
                    return repository.persistOther(asg).flatMap(x -> obligations.open(new ObligationService.OpenCommand(SUBJECT,
                            String.valueOf(id), "R17", "协助办理公开申请 " + app.trackingNo, code, null, time.today(), assignmentDays,
                            CountUnit.WORKING, true), actor))
                            .call(() -> notices.notify(org.gongkai.notifications.Notice.toDepartment(org.gongkai.notifications.Notice.Kind.ASSIGNED, code, null,
                                    "依申请公开事项请协助办理：" + app.trackingNo, "Please help answer application " + app.trackingNo,
                                    "/console/applications/" + id, SUBJECT, String.valueOf(id), "assigned:application:" + id + ":" + code)))
                            .replaceWithVoid();
                });
            }
            return chain;
        }));
    }

    /** The department's finding or the information found; fulfils its R17 clock. */
    @WithTransaction
    public Uni<Assignment> answerAssignment(long id, String department, String answer, Actor actor) {
        requireText("text", answer, ANSWER_TEXT_MAX);
        return repository.find(id).flatMap(app -> repository.assignments(id).flatMap(list -> {
            Assignment asg = list.stream().filter(x -> x.department.equals(department)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("assignment of application", id));
            if (!"OPEN".equals(asg.state)) throw ProblemException.conflict("this department has answered already");
            asg.state = "ANSWERED";
            asg.answer = answer.trim();
            asg.answeredOn = time.today();
            return repository.flush()
                    .call(() -> obligations.forSubject(SUBJECT, String.valueOf(id)).flatMap(obs -> {
                        Obligation o = obs.stream().filter(x -> "R17".equals(x.ruleId) && department.equals(x.departmentCode)
                                && x.state == ObligationState.OPEN).findFirst().orElse(null);
                        return o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid();
                    }))
                    .call(() -> audit.record(actor, "application.assignment.answered", SUBJECT, id, null, Map.of("department", department)))
                    .replaceWith(asg);
        }));
    }

    /** The outcome, exactly one of the law's categories (Art. 36); required before anything is delivered. */
    @WithTransaction
    public Uni<DisclosureApplication> decide(long id, Outcome outcome, String note, Actor actor) {
        if (outcome == null) throw ProblemException.badField("outcome", "one of the law's categories is required (Art. 36)");
        requireText("note", note, 2000);
        return act(id, Action.DECIDE, actor, app -> {
            app.outcome = outcome;
            app.outcomeNote = note.trim();
            app.state = State.DECIDED;
            return examined(app, actor);
        });
    }

    /** R20: delivered in the form asked for; the day of delivery closes the reply clock (met or met late). */
    @WithTransaction
    public Uni<DisclosureApplication> deliver(long id, String reference, LocalDate on, Actor actor) {
        if (reference != null && reference.length() > 300) throw ProblemException.badField("reference", "at most 300 characters");
        LocalDate day = on == null ? time.today() : on;
        if (day.isAfter(time.today())) throw ProblemException.badField("on", "is in the future");
        return act(id, Action.DELIVER, actor, app -> {
            if (day.isBefore(app.receivedOn)) throw ProblemException.badField("on", "is before the application was received (" + app.receivedOn + ")");
            app.deliveredOn = day;
            app.concludedOn = day;
            app.deliveryRef = blank(reference) ? null : reference.trim();
            app.state = State.DELIVERED;
            return reply(app).flatMap(o -> obligations.complete(o.id, day, actor))
                    .call(() -> !app.notifyConsent ? Uni.createFrom().voidItem() : citizenMessages.applicationReplied(
                            new org.gongkai.notifications.CitizenMessages.Contact(cipher.decrypt(app.emailEnc), cipher.decrypt(app.phoneEnc), app.citizen),
                            app.trackingNo, app.id))
                    .replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<ApplicationReview> recordReview(long id, ApplicationReview.Kind kind, String body, LocalDate filedOn,
                                               ApplicationReview.Result result, LocalDate decidedOn, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) errors.add(new FieldError("kind", "is required"));
        if (blank(body) || body.length() > 200) errors.add(new FieldError("body", "is required, at most 200 characters"));
        if (filedOn == null) errors.add(new FieldError("filedOn", "is required"));
        if (result == null) errors.add(new FieldError("result", "is required"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        return repository.find(id).flatMap(app -> {
            ApplicationReview r = new ApplicationReview();
            r.applicationId = id;
            r.kind = kind;
            r.body = body.trim();
            r.filedOn = filedOn;
            r.result = result;
            r.decidedOn = decidedOn;
            return repository.persistOther(r)
                    .call(() -> audit.record(actor, "application.review.recorded", SUBJECT, id, null, Map.of("kind", kind.name(), "result", result.name())))
                    .replaceWith(r);
        });
    }

    // ------------------------------------------------------------------ reading

    @WithSession
    public Uni<DisclosureApplication> track(String trackingNo, String code) {
        return numbers.verified(trackingNo, code, "application", t -> repository.find("trackingNo", t).firstResult(), a -> a.queryCodeEnc);
    }

    /** The applicant's data in clear for the handler: an audited act. */
    @WithTransaction
    public Uni<Map<String, String>> reveal(long id, Actor actor) {
        return repository.find(id).flatMap(app -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", app.nameEnc);
            m.put("idNumber", app.idNumberEnc);
            m.put("phone", app.phoneEnc);
            m.put("email", app.emailEnc);
            m.put("address", app.addressEnc);
            return reveal.reveal(actor, "application.personal-data.viewed", SUBJECT, id, m);
        });
    }

    // ------------------------------------------------------------------ helpers

    private interface Step {
        Uni<Void> apply(DisclosureApplication app);
    }

    private Uni<DisclosureApplication> act(long id, Action action, Actor actor, Step step) {
        return new org.gongkai.audit.service.AuditedWorkflow<DisclosureApplication, Action>(audit, time, SUBJECT, a -> a.id, a -> a.state, (a, x) -> a.state.allows(x), State::target,
                ApplicationService::snapshot, (a, at) -> a.updatedAt = at).act(repository.find(id), action, actor, step::apply);
    }

    /** The OGI-33 reply obligation of an application. */
    public Uni<Obligation> reply(DisclosureApplication app) {
        return obligations.forSubject(SUBJECT, String.valueOf(app.id))
                .map(list -> list.stream().filter(o -> "OGI-33".equals(o.ruleId)).findFirst().orElse(null));
    }

    private Uni<Obligation> open(DisclosureApplication app, String rule) {
        return obligations.forSubject(SUBJECT, String.valueOf(app.id)).map(list -> list.stream()
                .filter(o -> rule.equals(o.ruleId) && (o.state == ObligationState.OPEN || o.state == ObligationState.PAUSED)).findFirst().orElse(null));
    }

    private static void validate(Applicant a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.type() == null) errors.add(new FieldError("applicantType", "is required"));
        if (blank(a.name()) || a.name().length() > 100) errors.add(new FieldError("name", "is required, at most 100 characters"));
        if (a.type() != null && a.type() != ApplicantType.NATURAL_PERSON && blank(a.organisation())) {
            errors.add(new FieldError("organisation", "an organisation applies under its name"));
        }
        if (a.idNumber() != null && a.idNumber().length() > 40) errors.add(new FieldError("idNumber", "at most 40 characters"));
        if (!org.gongkai.common.error.Validation.phoneOk(a.phone())) errors.add(new FieldError("phone", "is not a phone number"));
        if (!org.gongkai.common.error.Validation.emailOk(a.email())) errors.add(new FieldError("email", "is not an e-mail address"));
        if (a.address() != null && a.address().length() > 300) errors.add(new FieldError("address", "at most 300 characters"));
        if (blank(a.description()) || a.description().length() > 5000) errors.add(new FieldError("description", "describe the information sought, at most 5000 characters"));
        if (a.purpose() != null && a.purpose().length() > 2000) errors.add(new FieldError("purpose", "at most 2000 characters"));
        if (a.deliveryForm() == null) errors.add(new FieldError("deliveryForm", "is required (R20)"));
        if (a.deliveryForm() == DeliveryForm.POST && blank(a.address())) errors.add(new FieldError("address", "needed for delivery by post"));
        if (a.deliveryForm() == DeliveryForm.EMAIL && blank(a.email())) errors.add(new FieldError("email", "needed for delivery by e-mail"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
    }

    /** What the audit trail keeps: never the applicant's personal data. */
    static Map<String, Object> snapshot(DisclosureApplication app) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trackingNo", app.trackingNo);
        m.put("state", app.state.name());
        m.put("channel", app.channel.name());
        if (app.outcome != null) m.put("outcome", app.outcome.name());
        if (app.deliveredOn != null) m.put("deliveredOn", app.deliveredOn.toString());
        return m;
    }



    /** Its clocks move only through this workflow (issue 9). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("applications for disclosure 依申请公开", SUBJECT);
        }
    }
}
