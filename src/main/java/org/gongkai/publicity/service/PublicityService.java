package org.gongkai.publicity.service;

import static org.gongkai.search.HtmlText.escape;
import static org.gongkai.common.error.Validation.blank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publicity.AdminDecision;
import org.gongkai.publicity.CreditCode;

/**
 * Double publicity (R35), one method per move (validate → change → audit event → clock → the credit platform, in one
 * transaction). A department records its decision; the R35 clock (published within 7 working days of the decision,
 * a setting) opens; the item drafted from the public fields passes the review, and its publication meets the clock
 * and sends the record to the credit platform. A decision shared only is sent at once and never published.
 */
@ApplicationScoped
public class PublicityService {
    public static final String SUBJECT = "admin-decision";
    public static final String RULE = "R35";
    public static final Set<String> LICENCE_CATEGORIES = Set.of("普通", "特许", "认可", "核准", "登记", "其他");

    @ConfigProperty(name = "gongkai.publicity.working-days")
    int publicityDays;
    @ConfigProperty(name = "gongkai.publicity.penalty-months")
    int penaltyMonths;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureauName;
    @ConfigProperty(name = "gongkai.bureau.code")
    String bureauCode;

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    ItemService items;
    @Inject
    TrackingNumbers numbers;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    CreditPlatform platform;
    @Inject
    TimeSource time;

    public record DecisionInput(AdminDecision.Kind kind, AdminDecision.PartyCategory partyCategory, String partyName, String creditCode, String legalRepresentative,
                                String idNumber, String documentName, String documentNumber, String licenceCategory, String certificateName,
                                String certificateNumber, String content, LocalDate validFrom, LocalDate validTo, String offenceType, String facts,
                                String legalBasis, String penaltyCategory, BigDecimal fineAmount, BigDecimal confiscationAmount, String licenceAction,
                                LocalDate decisionDate, LocalDate publicityEndsOn, String authority, String authorityCode, String dataSource,
                                String dataSourceCode, Boolean shareOnly) {}

    // ------------------------------------------------------------------ checking

    List<FieldError> check(DecisionInput in) {
        List<FieldError> e = new ArrayList<>();
        if (in.kind() == null) e.add(new FieldError("kind", "is required: LICENSING or PENALTY"));
        if (in.partyCategory() == null) e.add(new FieldError("partyCategory", "is required: LEGAL_PERSON, OTHER_ORGANISATION, INDIVIDUAL_BUSINESS or NATURAL_PERSON"));
        Validation.text(e, "partyName", in.partyName(), 200, true);
        boolean person = in.partyCategory() == AdminDecision.PartyCategory.NATURAL_PERSON;
        if (in.partyCategory() != null && !person) {
            if (blank(in.creditCode())) e.add(new FieldError("creditCode", "is required for an organisation or an individual business"));
            else if (!CreditCode.valid(in.creditCode().trim())) e.add(new FieldError("creditCode", "is not a unified social credit code (18 characters, GB 32100 check character)"));
            Validation.text(e, "legalRepresentative", in.legalRepresentative(), 50, true);
        }
        if (person) {
            if (!blank(in.creditCode())) e.add(new FieldError("creditCode", "a natural person has none: give the ID number"));
            if (!residentId(in.idNumber())) e.add(new FieldError("idNumber", "is required for a natural person: 18 characters with its check digit"));
        } else if (!blank(in.idNumber())) {
            e.add(new FieldError("idNumber", "only for a natural person"));
        }
        Validation.text(e, "documentName", in.documentName(), 200, true);
        Validation.text(e, "documentNumber", in.documentNumber(), 100, true);
        if (in.decisionDate() == null) e.add(new FieldError("decisionDate", "is required"));
        else if (in.decisionDate().isAfter(time.today())) e.add(new FieldError("decisionDate", "is in the future"));
        else if (in.decisionDate().isBefore(time.today().minusYears(5))) e.add(new FieldError("decisionDate", "is more than five years ago"));
        Validation.text(e, "authority", in.authority(), 200, false);
        Validation.text(e, "dataSource", in.dataSource(), 200, false);
        for (var f : Map.of("authorityCode", String.valueOf(in.authorityCode()), "dataSourceCode", String.valueOf(in.dataSourceCode())).entrySet()) {
            if (!"null".equals(f.getValue()) && !f.getValue().isBlank() && !f.getValue().trim().matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
                e.add(new FieldError(f.getKey(), "is a unified social credit code (18 characters)"));
            }
        }
        Validation.text(e, "content", in.content(), 5000, true);
        if (in.kind() == AdminDecision.Kind.LICENSING) {
            if (blank(in.licenceCategory()) || !LICENCE_CATEGORIES.contains(in.licenceCategory().trim())) {
                e.add(new FieldError("licenceCategory", "is one of 普通, 特许, 认可, 核准, 登记, 其他"));
            }
            Validation.text(e, "certificateName", in.certificateName(), 200, false);
            Validation.text(e, "certificateNumber", in.certificateNumber(), 100, false);
            if (in.validFrom() == null) e.add(new FieldError("validFrom", "is required"));
            if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) e.add(new FieldError("validTo", "is before validFrom"));
            if (in.publicityEndsOn() != null) e.add(new FieldError("publicityEndsOn", "only a penalty's publicity ends"));
            if (in.fineAmount() != null || in.confiscationAmount() != null) e.add(new FieldError("fineAmount", "only for a penalty"));
        }
        if (in.kind() == AdminDecision.Kind.PENALTY) {
            Validation.text(e, "offenceType", in.offenceType(), 500, true);
            Validation.text(e, "facts", in.facts(), 5000, true);
            Validation.text(e, "legalBasis", in.legalBasis(), 5000, true);
            Validation.text(e, "penaltyCategory", in.penaltyCategory(), 200, true);
            Validation.text(e, "licenceAction", in.licenceAction(), 500, false);
            amount(e, "fineAmount", in.fineAmount());
            amount(e, "confiscationAmount", in.confiscationAmount());
            if (in.publicityEndsOn() != null && in.decisionDate() != null && !in.publicityEndsOn().isAfter(in.decisionDate())) {
                e.add(new FieldError("publicityEndsOn", "is after the decision date"));
            }
            if (in.validFrom() != null || in.validTo() != null) e.add(new FieldError("validFrom", "only for a licence"));
        }
        return e;
    }

    private static void amount(List<FieldError> e, String field, BigDecimal v) {
        if (v != null && (v.signum() < 0 || v.scale() > 6 || v.compareTo(new BigDecimal("10000000000")) >= 0)) {
            e.add(new FieldError(field, "in 万元: not negative, at most six decimals"));
        }
    }

    /** A resident ID number (GB 11643): 17 digits and a check character (ISO 7064 MOD 11-2). */
    static boolean residentId(String id) {
        if (id == null || !id.trim().matches("\\d{17}[0-9Xx]")) return false;
        String s = id.trim().toUpperCase(java.util.Locale.ROOT);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (s.charAt(i) - '0') * w[i];
        return s.charAt(17) == "10X98765432".charAt(sum % 11);
    }

    private void apply(AdminDecision d, DecisionInput in) {
        d.kind = in.kind();
        d.partyCategory = in.partyCategory();
        String name = in.partyName().trim();
        d.partyNameEnc = cipher.encrypt(name);
        d.partyNamePublic = d.partyCategory.person() ? Masking.name(name) : name;
        d.creditCode = blank(in.creditCode()) ? null : in.creditCode().trim();
        String rep = blank(in.legalRepresentative()) ? null : in.legalRepresentative().trim();
        d.legalRepEnc = rep == null ? null : cipher.encrypt(rep);
        // an individual business's operator is a person: masked; a legal person's representative is public
        d.legalRepPublic = rep == null ? null : d.partyCategory == AdminDecision.PartyCategory.INDIVIDUAL_BUSINESS ? Masking.name(rep) : rep;
        d.idNumberEnc = blank(in.idNumber()) ? null : cipher.encrypt(in.idNumber().trim().toUpperCase(java.util.Locale.ROOT));
        d.documentName = in.documentName().trim();
        d.documentNumber = in.documentNumber().trim();
        d.licenceCategory = blank(in.licenceCategory()) ? null : in.licenceCategory().trim();
        d.certificateName = blank(in.certificateName()) ? null : in.certificateName().trim();
        d.certificateNumber = blank(in.certificateNumber()) ? null : in.certificateNumber().trim();
        d.content = in.content().trim();
        d.validFrom = in.validFrom();
        d.validTo = in.validTo();
        d.offenceType = blank(in.offenceType()) ? null : in.offenceType().trim();
        d.facts = blank(in.facts()) ? null : in.facts().trim();
        d.legalBasis = blank(in.legalBasis()) ? null : in.legalBasis().trim();
        d.penaltyCategory = blank(in.penaltyCategory()) ? null : in.penaltyCategory().trim();
        d.fineAmount = in.fineAmount();
        d.confiscationAmount = in.confiscationAmount();
        d.licenceAction = blank(in.licenceAction()) ? null : in.licenceAction().trim();
        d.decisionDate = in.decisionDate();
        d.publicityEndsOn = d.kind == AdminDecision.Kind.PENALTY
                ? (in.publicityEndsOn() != null ? in.publicityEndsOn() : in.decisionDate().plusMonths(penaltyMonths)) : null;
        d.authority = blank(in.authority()) ? bureauName : in.authority().trim();
        d.authorityCode = blank(in.authorityCode()) ? bureauCode : in.authorityCode().trim();
        d.dataSource = blank(in.dataSource()) ? d.authority : in.dataSource().trim();
        d.dataSourceCode = blank(in.dataSourceCode()) ? d.authorityCode : in.dataSourceCode().trim();
        d.shareOnly = Boolean.TRUE.equals(in.shareOnly());
    }

    // ------------------------------------------------------------------ moves

    /** A department records its decision: the R35 clock opens (a decision shared only goes to the credit platform at once). */
    public Uni<AdminDecision> record(DecisionInput in, String departmentCode, Actor actor) {
        List<FieldError> e = check(in);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> duplicate(in.kind(), in.documentNumber().trim(), null)
                .flatMap(x -> numbers.next("SGS", time.today().getYear())).flatMap(ref -> {
            AdminDecision d = new AdminDecision();
            d.refNo = ref;
            d.departmentCode = departmentCode;
            apply(d, in);
            d.state = AdminDecision.State.RECORDED;
            d.createdBy = actor.username();
            d.createdAt = time.now();
            d.updatedAt = d.createdAt;
            return Panache.getSession().flatMap(s -> s.persist(d).call(s::flush))
                    .call(() -> d.shareOnly ? platform.send(d, CreditPlatform.Action.ADD, CreditExchange.fields(d))
                            : obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(d.id), RULE, "双公示：" + d.documentNumber,
                            d.departmentCode, null, d.decisionDate, publicityDays, CountUnit.WORKING, false), actor).replaceWithVoid())
                    .call(() -> audit.record(actor, "publicity.decision.recorded", SUBJECT, d.id, null, snapshot(d))).replaceWith(d);
        }));
    }

    /** One record per decision document: a second with the same number is a 409 (correct the first instead). */
    private Uni<Void> duplicate(AdminDecision.Kind kind, String number, Long except) {
        return Panache.getSession().flatMap(s -> {
            var q = s.createQuery("select count(*) from AdminDecision where kind = :k and documentNumber = :n" + (except == null ? "" : " and id <> :id"), Long.class)
                    .setParameter("k", kind).setParameter("n", number);
            if (except != null) q.setParameter("id", except);
            return q.getSingleResult();
        }).invoke(n -> {
            if (n > 0) throw ProblemException.conflict("a " + kind + " decision " + number + " is recorded already: correct it instead");
        }).replaceWithVoid();
    }

    /** The item for the review, from the public fields only; its publication meets the clock ({@link DecisionPublished}). */
    public Uni<InfoItem> draftItem(long id, Actor actor, Consumer<AdminDecision> may) {
        return Panache.withSession(() -> decision(id).invoke(may).invoke(d -> {
            if (d.shareOnly) throw ProblemException.conflict("decision " + d.refNo + " is shared only (仅共享): it is not published");
            if (d.state != AdminDecision.State.RECORDED) throw ProblemException.illegalTransition("decision " + d.refNo, d.state, "draft the publicity of");
        })).flatMap(d -> (d.itemId == null ? items.create(item(d), actor) : Panache.withSession(() -> items.find(d.itemId)).flatMap(old -> {
            if (!old.state.editable()) throw ProblemException.illegalTransition("publicity item " + old.id, old.state, "draft again");
            return items.update(old.id, item(d), actor);
        })).call(item -> change(id, actor, "publicity.item.drafted", x -> x.itemId = item.id)));
    }

    /** The item went live: the decision is public, its clock met, the record sent to the credit platform. */
    public Uni<Void> published(AdminDecision d, Actor actor) {
        Map<String, Object> before = snapshot(d);
        boolean first = d.publishedOn == null;
        if (d.state == AdminDecision.State.RECORDED) d.state = AdminDecision.State.PUBLISHED;
        if (first) d.publishedOn = time.today();
        d.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> openClock(d).flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                .call(() -> platform.send(d, first ? CreditPlatform.Action.ADD : CreditPlatform.Action.UPDATE, CreditExchange.fields(d)))
                .call(() -> audit.record(actor, first ? "publicity.decision.published" : "publicity.decision.republished", SUBJECT, d.id, before, snapshot(d)))
                .replaceWithVoid();
    }

    /**
     * A correction (更正) with its reason: the record changes; a published item is revised into a new version that goes
     * through the review again; a decision shared only is sent again.
     */
    public Uni<AdminDecision> correct(long id, DecisionInput given, String reason, Actor actor, Consumer<AdminDecision> may) {
        return Panache.withTransaction(() -> decision(id).invoke(may).flatMap(d -> {
            // the staff see names and ID numbers masked: left empty, they stay as recorded
            DecisionInput in = kept(d, given);
            List<FieldError> e = check(in);
            Validation.text(e, "reason", reason, 1000, true);
            if (!e.isEmpty()) throw ProblemException.badFields(e);
            if (d.state == AdminDecision.State.REVOKED || d.state == AdminDecision.State.ENDED) throw ProblemException.illegalTransition("decision " + d.refNo, d.state, "correct");
            if (in.kind() != d.kind) throw ProblemException.badField("kind", "a " + d.kind + " stays a " + d.kind + ": revoke it and record the other");
            if (in.partyCategory() != d.partyCategory) throw ProblemException.badField("partyCategory", "stays " + d.partyCategory + ": revoke it and record anew");
            if (Boolean.TRUE.equals(in.shareOnly()) != d.shareOnly) throw ProblemException.badField("shareOnly", "does not change in a correction");
            return duplicate(d.kind, in.documentNumber().trim(), d.id).flatMap(x -> {
                Map<String, Object> before = snapshot(d);
                apply(d, in);
                d.correctionReason = reason.trim();
                d.updatedAt = time.now();
                return Panache.getSession().flatMap(s -> s.flush())
                        .call(() -> d.shareOnly ? platform.send(d, CreditPlatform.Action.UPDATE, CreditExchange.fields(d)) : Uni.createFrom().voidItem())
                        .call(() -> audit.record(actor, "publicity.decision.corrected", SUBJECT, d.id, before, snapshot(d)))
                        .replaceWith(d);
            });
        })).call(d -> d.itemId == null ? Uni.createFrom().voidItem() : Panache.withSession(() -> items.find(d.itemId)).flatMap(i -> {
            return items.redraft(i, item(d), i.state.editable() ? null : "更正：" + reason.trim(), actor).replaceWithVoid();
        }));
    }

    private DecisionInput kept(AdminDecision d, DecisionInput in) {
        String name = blank(in.partyName()) ? cipher.decrypt(d.partyNameEnc) : in.partyName();
        String rep = blank(in.legalRepresentative()) && d.legalRepEnc != null ? cipher.decrypt(d.legalRepEnc) : in.legalRepresentative();
        String idNo = blank(in.idNumber()) && d.idNumberEnc != null ? cipher.decrypt(d.idNumberEnc) : in.idNumber();
        return new DecisionInput(in.kind(), in.partyCategory(), name, in.creditCode(), rep, idNo, in.documentName(), in.documentNumber(), in.licenceCategory(),
                in.certificateName(), in.certificateNumber(), in.content(), in.validFrom(), in.validTo(), in.offenceType(), in.facts(), in.legalBasis(),
                in.penaltyCategory(), in.fineAmount(), in.confiscationAmount(), in.licenceAction(), in.decisionDate(), in.publicityEndsOn(), in.authority(),
                in.authorityCode(), in.dataSource(), in.dataSourceCode(), in.shareOnly());
    }

    /** A revocation (撤销) with its reason: withdrawn from the portal (archive kept), its clock cancelled, the platform told. */
    public Uni<AdminDecision> revoke(long id, String reason, Actor actor, Consumer<AdminDecision> may) {
        if (blank(reason) || reason.length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        return Panache.withTransaction(() -> decision(id).invoke(may).flatMap(d -> {
            if (d.state == AdminDecision.State.REVOKED) throw ProblemException.illegalTransition("decision " + d.refNo, d.state, "revoke");
            Map<String, Object> before = snapshot(d);
            boolean wasPublic = d.publishedOn != null || d.shareOnly;
            d.state = AdminDecision.State.REVOKED;
            d.revocationReason = reason.trim();
            d.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> openClock(d).flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.cancel(o.id, "决定撤销：" + d.revocationReason, actor).replaceWithVoid()))
                    .call(() -> wasPublic ? platform.send(d, CreditPlatform.Action.REVOKE, CreditExchange.fields(d)) : Uni.createFrom().voidItem())
                    .call(() -> audit.record(actor, "publicity.decision.revoked", SUBJECT, d.id, before, snapshot(d)))
                    .replaceWith(d);
        })).call(d -> withdrawItem(d, "行政决定已撤销：" + d.revocationReason, actor));
    }

    /** The daily sweep: a penalty whose publicity ended yesterday or before is withdrawn from the portal (its archive kept). */
    public Uni<Integer> endPublicity(LocalDate today, Actor actor) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from AdminDecision where state = :p and publicityEndsOn < :today order by id",
                AdminDecision.class).setParameter("p", AdminDecision.State.PUBLISHED).setParameter("today", today).getResultList())).flatMap(list -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (AdminDecision found : list) {
                // the row is locked for the transaction: a second copy of the application sweeping at the same time
                // waits, then finds it ended and leaves it
                chain = chain.flatMap(n -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(AdminDecision.class, found.id,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)).flatMap(d -> {
                    if (d == null || d.state != AdminDecision.State.PUBLISHED) return Uni.createFrom().item((AdminDecision) null);
                    Map<String, Object> before = snapshot(d);
                    d.state = AdminDecision.State.ENDED;
                    d.endedOn = today;
                    d.updatedAt = time.now();
                    return Panache.getSession().flatMap(s -> s.flush())
                            .call(() -> audit.record(actor, "publicity.decision.ended", SUBJECT, d.id, before, snapshot(d))).replaceWith(d);
                })).flatMap(d -> d == null ? Uni.createFrom().item(n)
                        : withdrawItem(found, "行政处罚公示期满（" + found.publicityEndsOn + "）", actor).replaceWith(n + 1)));
            }
            // an ended or revoked decision whose withdrawal did not go through (the item's own transaction failed
            // after the decision's was committed) leaves the portal now
            return chain.flatMap(n -> Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery(
                    "select d from AdminDecision d, InfoItem i where i.id = d.itemId and d.state in (:gone) and i.publishedVersion > 0 "
                            + "and i.state not in (:off) order by d.id", AdminDecision.class)
                    .setParameter("gone", List.of(AdminDecision.State.ENDED, AdminDecision.State.REVOKED))
                    .setParameter("off", List.of(org.gongkai.publication.PublicationState.WITHDRAWN, org.gongkai.publication.PublicationState.DECIDED))
                    .getResultList())).flatMap(stale -> {
                        Uni<Void> heal = Uni.createFrom().voidItem();
                        for (AdminDecision d : stale) {
                            heal = heal.call(() -> withdrawItem(d, d.state == AdminDecision.State.REVOKED ? "行政决定已撤销：" + d.revocationReason
                                    : "行政处罚公示期满（" + d.publicityEndsOn + "）", actor));
                        }
                        return heal.replaceWith(n);
                    }));
        });
    }

    /**
     * The item leaves the portal by rule (R35: a revoked decision, an ended publicity), not by anyone's choice: the
     * pipeline's withdrawal is the office's, so the rule acts as the office, under its own name in the audit trail.
     */
    static final Actor RULE_ACTOR = new Actor("system:" + RULE, Set.of("system", org.gongkai.common.security.Roles.OFFICE), null);

    private Uni<Void> withdrawItem(AdminDecision d, String reason, Actor actor) {
        if (d.itemId == null) return Uni.createFrom().voidItem();
        return Panache.withSession(() -> items.find(d.itemId)).flatMap(i -> i.live()
                ? items.withdraw(i.id, reason + "（" + actor.username() + "）", org.gongkai.disclosure.service.ItemService.Linked.KEEP, RULE_ACTOR).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }

    // ------------------------------------------------------------------ reading and text

    @WithSession
    public Uni<AdminDecision> decision(long id) {
        return org.gongkai.common.error.Found.require(AdminDecision.class, id, "decision");
    }

    private Uni<Obligation> openClock(AdminDecision d) {
        return obligations.running(SUBJECT, String.valueOf(d.id), RULE);
    }

    private Uni<AdminDecision> change(long id, Actor actor, String action, Consumer<AdminDecision> change) {
        return Panache.withTransaction(() -> decision(id).flatMap(d -> {
            Map<String, Object> before = snapshot(d);
            change.accept(d);
            d.updatedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush()).call(() -> audit.record(actor, action, SUBJECT, d.id, before, snapshot(d))).replaceWith(d);
        }));
    }

    public LocalDate today() {
        return time.today();
    }

    /** The public fields, in the order the national standard lists them. */
    public static Map<String, String> publicFields(AdminDecision d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("行政相对人名称", d.partyNamePublic);
        m.put("行政相对人类别", CreditExchange.PARTY.get(d.partyCategory));
        if (d.creditCode != null) m.put("统一社会信用代码", d.creditCode);
        if (d.legalRepPublic != null) m.put(d.partyCategory == AdminDecision.PartyCategory.INDIVIDUAL_BUSINESS ? "经营者" : "法定代表人", d.legalRepPublic);
        if (d.kind == AdminDecision.Kind.LICENSING) {
            m.put("行政许可决定文书名称", d.documentName);
            m.put("行政许可决定文书号", d.documentNumber);
            m.put("许可类别", d.licenceCategory);
            if (d.certificateName != null) m.put("许可证书名称", d.certificateName);
            if (d.certificateNumber != null) m.put("许可编号", d.certificateNumber);
            m.put("许可内容", d.content);
            m.put("许可决定日期", d.decisionDate.toString());
            m.put("有效期自", String.valueOf(d.validFrom));
            m.put("有效期至", d.validTo == null ? "长期" : d.validTo.toString());
            m.put("许可机关", d.authority);
            m.put("许可机关统一社会信用代码", d.authorityCode);
        } else {
            m.put("行政处罚决定书文号", d.documentNumber);
            m.put("违法行为类型", d.offenceType);
            m.put("违法事实", d.facts);
            m.put("处罚依据", d.legalBasis);
            m.put("处罚类别", d.penaltyCategory);
            m.put("处罚内容", d.content);
            if (d.fineAmount != null) m.put("罚款金额（万元）", d.fineAmount.stripTrailingZeros().toPlainString());
            if (d.confiscationAmount != null) m.put("没收违法所得、没收非法财物的金额（万元）", d.confiscationAmount.stripTrailingZeros().toPlainString());
            if (d.licenceAction != null) m.put("暂扣或者吊销证照名称及编号", d.licenceAction);
            m.put("处罚决定日期", d.decisionDate.toString());
            m.put("公示截止期", String.valueOf(d.publicityEndsOn));
            m.put("处罚机关", d.authority);
            m.put("处罚机关统一社会信用代码", d.authorityCode);
        }
        m.put("数据来源单位", d.dataSource);
        return m;
    }

    private ItemInput item(AdminDecision d) {
        StringBuilder b = new StringBuilder("<table><tbody>");
        publicFields(d).forEach((k, v) -> b.append("<tr><th scope=\"row\">").append(escape(k)).append("</th><td>").append(escape(v)).append("</td></tr>"));
        b.append("</tbody></table>");
        String what = d.kind == AdminDecision.Kind.LICENSING ? "行政许可决定" : "行政处罚决定";
        return new ItemInput(null, null, what + "：" + d.partyNamePublic + "（" + d.documentNumber + "）", null, d.departmentCode, d.decisionDate,
                List.of("双公示", d.kind == AdminDecision.Kind.LICENSING ? "行政许可" : "行政处罚"), what + "，" + d.documentNumber + "，" + d.decisionDate + "。",
                b.toString(), DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(),
                ItemType.DOUBLE_PUBLICITY, SUBJECT, String.valueOf(d.id), null, null, null);
    }


    static Map<String, Object> snapshot(AdminDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refNo", d.refNo);
        m.put("kind", d.kind.name());
        // the public form of the name only: never a natural person's name or ID number in the audit trail
        m.put("party", d.partyNamePublic);
        m.put("documentNumber", d.documentNumber);
        m.put("decisionDate", d.decisionDate.toString());
        m.put("shareOnly", d.shareOnly);
        m.put("state", d.state.name());
        m.put("item", d.itemId);
        m.put("publishedOn", d.publishedOn == null ? null : d.publishedOn.toString());
        m.put("publicityEndsOn", d.publicityEndsOn == null ? null : d.publicityEndsOn.toString());
        m.put("correctionReason", d.correctionReason);
        m.put("revocationReason", d.revocationReason);
        return m;
    }
}
