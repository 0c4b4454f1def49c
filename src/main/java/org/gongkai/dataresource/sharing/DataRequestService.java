package org.gongkai.dataresource.sharing;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.dataresource.DataConsumer;
import org.gongkai.dataresource.DataRequestIn;
import org.gongkai.dataresource.DataRequestOut;
import org.gongkai.dataresource.DataResource;
import org.gongkai.dataresource.service.DataCatalogueService;
import org.gongkai.dataresource.service.DataCatalogueService.Field;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;
import org.gongkai.dataresource.service.DataCatalogueService.Sensitivity;
import org.gongkai.dataresource.service.PublishedCatalogue;

/**
 * Requests for data both ways, through the city platform (R41).
 * <ul>
 *   <li>Outbound (R42): a department asks another body for a resource — name, scope of use, purpose, security measures,
 *       period; its head approves, then the leader in charge; the info section submits it through the platform and
 *       records the answer. Either approver may return it with a reason.</li>
 *   <li>Inbound (R43): another body's request arrives from the platform; automatic checks first ({@link #autoCheck}: in
 *       the published catalogue's share scope, the fields allowed by its share type, purpose and security measures
 *       present) — a request that fails them is refused at once with the reasons sent back; otherwise the R43 clock
 *       opens (the decision within 10 working days, a setting), the providing department gives its opinion and the info
 *       section decides: granted (which creates or extends the consumer's grant) or refused with reasons. After a refusal
 *       the requester may ask again, naming the refused request.</li>
 * </ul>
 */
@ApplicationScoped
public class DataRequestService {
    public static final String OUT = "data-request-out";
    public static final String IN = "data-request-in";
    public static final String RULE = "R43";

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    CityDataPlatform platform;
    @Inject
    PublishedCatalogue published;
    @Inject
    SharingService sharing;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "gongkai.data-resources.request-decision-working-days")
    int decisionDays;

    private static void need(List<FieldError> e, String field, String value, int max, String what) {
        if (blank(value)) e.add(new FieldError(field, "is required: " + what));
        else if (value.trim().length() > max) e.add(new FieldError(field, "is at most " + max + " characters"));
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    private static <T> Uni<T> load(Class<T> type, long id, String what) {
        return Panache.getSession().flatMap(s -> s.find(type, id)).map(x -> {
            if (x == null) throw ProblemException.notFound(what, id);
            return x;
        });
    }

    // ------------------------------------------------------------------------------------------------ outbound (R42)

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OutboundDataRequestInput")
    public record OutboundInput(String departmentCode, String providerBody, String resourceName, String resourceCode, List<String> fields,
                                String scope, String purpose, String security, LocalDate periodFrom, LocalDate periodTo) {}

    public Uni<DataRequestOut> ask(OutboundInput in, Actor actor, Consumer<String> may) {
        if (in == null) throw ProblemException.badField("resourceName", "is required");
        List<FieldError> e = new ArrayList<>();
        need(e, "departmentCode", in.departmentCode(), 32, "the asking department");
        need(e, "providerBody", in.providerBody(), 200, "the body that provides the resource");
        need(e, "resourceName", in.resourceName(), 200, "the resource asked for, as its catalogue names it");
        if (in.resourceCode() != null && in.resourceCode().length() > 60) e.add(new FieldError("resourceCode", "is at most 60 characters"));
        need(e, "scope", in.scope(), 2000, "the scope of use (which records, which fields)");
        need(e, "purpose", in.purpose(), 2000, "the actual purpose");
        need(e, "security", in.security(), 2000, "the security measures");
        if (in.periodFrom() == null) e.add(new FieldError("periodFrom", "is required"));
        if (in.periodTo() == null) e.add(new FieldError("periodTo", "is required"));
        else if (in.periodFrom() != null && in.periodTo().isBefore(in.periodFrom())) e.add(new FieldError("periodTo", "is not before periodFrom"));
        else if (in.periodTo().isBefore(time.today())) e.add(new FieldError("periodTo", "is not in the past"));
        if (in.fields() != null && String.join(",", in.fields()).length() > 2000) e.add(new FieldError("fields", "are at most 2000 characters together"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        may.accept(in.departmentCode().trim());
        return Panache.withTransaction(() -> {
            DataRequestOut r = new DataRequestOut();
            r.departmentCode = in.departmentCode().trim();
            r.providerBody = in.providerBody().trim();
            r.resourceName = in.resourceName().trim();
            r.resourceCode = trim(in.resourceCode());
            r.fields = in.fields() == null ? "" : String.join(",", in.fields().stream().map(String::trim).filter(x -> !x.isEmpty()).toList());
            r.scope = in.scope().trim();
            r.purpose = in.purpose().trim();
            r.security = in.security().trim();
            r.periodFrom = in.periodFrom();
            r.periodTo = in.periodTo();
            r.state = DataRequestOut.State.PENDING_HEAD;
            r.createdBy = actor.username();
            r.createdAt = time.now();
            return Panache.getSession().flatMap(s -> s.persist(r).call(s::flush))
                    .call(() -> audit.record(actor, "data-request-out.asked", OUT, r.id, null, Map.of("department", r.departmentCode, "provider", r.providerBody,
                            "resource", r.resourceName)))
                    .replaceWith(r);
        });
    }

    /** The department head (of the asking department) approves or returns it. */
    public Uni<DataRequestOut> headApproval(long id, boolean approve, String reason, Actor actor, Consumer<String> mayHead) {
        return step(id, DataRequestOut.State.PENDING_HEAD, approve, reason, actor, mayHead, r -> {
            r.headBy = actor.username();
            r.headAt = time.now();
            return approve ? DataRequestOut.State.PENDING_LEADER : DataRequestOut.State.RETURNED;
        }, "head");
    }

    /** The leader in charge approves or returns it. */
    public Uni<DataRequestOut> leaderApproval(long id, boolean approve, String reason, Actor actor) {
        return step(id, DataRequestOut.State.PENDING_LEADER, approve, reason, actor, d -> {}, r -> {
            r.leaderBy = actor.username();
            r.leaderAt = time.now();
            return approve ? DataRequestOut.State.APPROVED : DataRequestOut.State.RETURNED;
        }, "leader");
    }

    private Uni<DataRequestOut> step(long id, DataRequestOut.State from, boolean approve, String reason, Actor actor, Consumer<String> may,
                                     java.util.function.Function<DataRequestOut, DataRequestOut.State> to, String who) {
        if (!approve && (blank(reason) || reason.trim().length() > 500)) throw ProblemException.badField("reason", "is required when returning it, at most 500 characters");
        return Panache.withTransaction(() -> load(DataRequestOut.class, id, "outbound data request").flatMap(r -> {
            may.accept(r.departmentCode);
            if (r.state != from) throw ProblemException.illegalTransition("outbound data request " + id, r.state, who + (approve ? " approval" : " return"));
            DataRequestOut.State before = r.state;
            r.state = to.apply(r);
            if (!approve) r.returnedReason = reason.trim();
            return audit.record(actor, "data-request-out." + (approve ? who + "-approved" : "returned"), OUT, id, Map.of("state", before),
                    approve ? Map.of("state", r.state) : Map.of("state", r.state, "reason", r.returnedReason)).replaceWith(r);
        }));
    }

    /** The info section submits an approved request through the city platform (R41), which gives its reference. */
    public Uni<DataRequestOut> submit(long id, Actor actor) {
        return Panache.withTransaction(() -> load(DataRequestOut.class, id, "outbound data request").flatMap(r -> {
            if (r.state != DataRequestOut.State.APPROVED) throw ProblemException.illegalTransition("outbound data request " + id, r.state, "submission");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("requester", r.departmentCode);
            p.put("provider", r.providerBody);
            p.put("resourceName", r.resourceName);
            if (r.resourceCode != null) p.put("resourceCode", r.resourceCode);
            p.put("fields", r.fields.isEmpty() ? List.of() : List.of(r.fields.split(",")));
            p.put("scope", r.scope);
            p.put("purpose", r.purpose);
            p.put("security", r.security);
            p.put("periodFrom", r.periodFrom.toString());
            p.put("periodTo", r.periodTo.toString());
            p.put("approvedBy", List.of(r.headBy, r.leaderBy));
            return platform.submitRequest(r.id, p).flatMap(ref -> {
                r.platformRef = ref;
                r.state = DataRequestOut.State.SUBMITTED;
                r.submittedBy = actor.username();
                r.submittedAt = time.now();
                return audit.record(actor, "data-request-out.submitted", OUT, id, Map.of("state", "APPROVED"), Map.of("state", r.state, "reference", ref)).replaceWith(r);
            });
        }));
    }

    /** The info section records the provider's answer, as the platform brought it. */
    public Uni<DataRequestOut> answered(long id, boolean granted, String answer, Actor actor) {
        if (blank(answer) || answer.trim().length() > 2000) throw ProblemException.badField("answer", "is required: what the provider answered, at most 2000 characters");
        return Panache.withTransaction(() -> load(DataRequestOut.class, id, "outbound data request").flatMap(r -> {
            if (r.state != DataRequestOut.State.SUBMITTED) throw ProblemException.illegalTransition("outbound data request " + id, r.state, "answer");
            r.state = granted ? DataRequestOut.State.GRANTED : DataRequestOut.State.REFUSED;
            r.answer = answer.trim();
            r.answeredAt = time.now();
            return audit.record(actor, "data-request-out.answered", OUT, id, Map.of("state", "SUBMITTED"), Map.of("state", r.state)).replaceWith(r);
        }));
    }

    // ------------------------------------------------------------------------------------------------ inbound (R43)

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InboundDataRequestInput")
    public record InboundInput(String platformRef, String requesterBody, String consumerClientId, String resourceCode, List<String> fields,
                               String purpose, String security, LocalDate periodTo, String previousRef) {}

    /**
     * The automatic checks of R43, each failure a reason the requester reads (in Chinese: it goes back through the
     * platform). {@code r} null: the resource is not in the published catalogue. Pure.
     */
    public static List<String> autoCheck(InboundInput in, PublicResource r, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (r == null) reasons.add("所申请资源 " + in.resourceCode() + " 不在本局信息数据资源目录的共享范围内");
        else {
            if (r.shareType() == DataResource.ShareType.NOT_SHARED)
                reasons.add("资源 " + r.code() + " 属不予共享类" + (blank(r.shareCondition()) ? "" : "：" + r.shareCondition()));
            for (String f : in.fields()) {
                Field x = r.fields().stream().filter(y -> y.name().equals(f)).findFirst().orElse(null);
                if (x == null) reasons.add("“" + f + "”不是资源 " + r.code() + " 的信息项");
                else if (x.sensitivity() == Sensitivity.WITHHELD) reasons.add("信息项“" + f + "”不予共享");
            }
            if (r.shareType() == DataResource.ShareType.CONDITIONAL && !blank(r.shareCondition()) && blank(in.purpose()))
                reasons.add("资源 " + r.code() + " 为有条件共享（" + r.shareCondition() + "），须说明用途");
        }
        if (blank(in.purpose())) reasons.add("未说明数据的实际用途");
        if (blank(in.security())) reasons.add("未说明安全保障措施");
        if (in.periodTo() != null && in.periodTo().isBefore(today)) reasons.add("申请的使用期限已过");
        return reasons.stream().distinct().toList();
    }

    public Uni<DataRequestIn> receive(InboundInput in, Actor actor) {
        if (in == null) throw ProblemException.badField("platformRef", "is required");
        List<FieldError> e = new ArrayList<>();
        need(e, "platformRef", in.platformRef(), 100, "the city platform's reference of the request");
        need(e, "requesterBody", in.requesterBody(), 200, "the body that asks");
        if (blank(in.consumerClientId()) || !in.consumerClientId().trim().matches("[A-Za-z0-9._-]{2,100}"))
            e.add(new FieldError("consumerClientId", "is the asking system's client id: 2–100 letters, digits, . _ -"));
        need(e, "resourceCode", in.resourceCode(), 40, "the resource asked for, by its code in our catalogue");
        if (in.fields() == null || in.fields().isEmpty() || in.fields().stream().anyMatch(Validation0::blankOrLong)) e.add(new FieldError("fields", "name the fields asked for"));
        if (in.purpose() != null && in.purpose().length() > 2000) e.add(new FieldError("purpose", "is at most 2000 characters"));
        if (in.security() != null && in.security().length() > 2000) e.add(new FieldError("security", "is at most 2000 characters"));
        if (in.periodTo() == null) e.add(new FieldError("periodTo", "is required: until when the data is asked for"));
        if (in.previousRef() != null && in.previousRef().length() > 100) e.add(new FieldError("previousRef", "is at most 100 characters"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        InboundInput n = new InboundInput(in.platformRef().trim(), in.requesterBody().trim(), in.consumerClientId().trim(), in.resourceCode().trim(),
                List.copyOf(new LinkedHashSet<>(in.fields().stream().map(String::trim).toList())), trim(in.purpose()), trim(in.security()), in.periodTo(), trim(in.previousRef()));
        LocalDate today = time.today();
        return published.resource(n.resourceCode(), 0).onFailure(ProblemException.class).recoverWithNull().flatMap(r -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(s -> s.createQuery("from DataRequestIn where platformRef in (:a, :b)", DataRequestIn.class)
                        .setParameter("a", n.platformRef()).setParameter("b", n.previousRef() == null ? n.platformRef() : n.previousRef()).getResultList()
                        .flatMap(known -> {
                            if (known.stream().anyMatch(k -> k.platformRef.equals(n.platformRef())))
                                throw ProblemException.conflict("request " + n.platformRef() + " was received already");
                            DataRequestIn previous = n.previousRef() == null ? null : known.stream().filter(k -> k.platformRef.equals(n.previousRef())).findFirst()
                                    .orElseThrow(() -> ProblemException.badField("previousRef", "no request " + n.previousRef() + " was received"));
                            if (previous != null && previous.state != DataRequestIn.State.REFUSED)
                                throw ProblemException.conflict("request " + n.previousRef() + " is " + previous.state + ": asking again follows a refusal");
                            if (previous != null && !previous.consumerClientId.equals(n.consumerClientId()))
                                throw ProblemException.badField("previousRef", "was another system's request");
                            List<String> reasons = autoCheck(n, r, today);
                            DataRequestIn x = new DataRequestIn();
                            x.platformRef = n.platformRef();
                            x.requesterBody = n.requesterBody();
                            x.consumerClientId = n.consumerClientId();
                            x.resourceCode = n.resourceCode();
                            x.fields = String.join(",", n.fields());
                            x.purpose = n.purpose();
                            x.security = n.security();
                            x.periodTo = n.periodTo();
                            x.previousId = previous == null ? null : previous.id;
                            x.departmentCode = r == null ? null : r.providerDepartmentCode();
                            x.receivedBy = actor.username();
                            x.receivedAt = time.now();
                            if (!reasons.isEmpty()) {
                                x.state = DataRequestIn.State.REFUSED;
                                x.checkFailures = String.join("\n", reasons);
                                x.reasons = x.checkFailures;
                                x.decidedBy = "auto-check";
                                x.decidedAt = x.receivedAt;
                            } else {
                                x.state = DataRequestIn.State.UNDER_REVIEW;
                            }
                            return s.persist(x).call(s::flush)
                                    .call(() -> audit.record(actor, "data-request-in.received", IN, x.id, null, Map.of("reference", x.platformRef,
                                            "requester", x.requesterBody, "resource", x.resourceCode, "state", x.state)))
                                    .call(() -> x.state == DataRequestIn.State.REFUSED
                                            ? platform.answer(x.platformRef, false, x.reasons, null)
                                            .call(() -> audit.record(Actor.SYSTEM, "data-request-in.refused", IN, x.id, null, Map.of("reasons", x.reasons, "automatic", true)))
                                            : obligations.open(new ObligationService.OpenCommand(IN, String.valueOf(x.id), RULE, "数据共享申请答复：" + x.requesterBody + " · " + x.resourceCode,
                                                    DataCatalogueService.INFO_SECTION, null, today, decisionDays, CountUnit.WORKING, false), actor).replaceWithVoid())
                                    .replaceWith(x);
                        }))));
    }

    /** The providing department (or the info section) gives its opinion on a request under review. */
    public Uni<DataRequestIn> opinion(long id, String opinion, Actor actor, Consumer<String> may) {
        if (blank(opinion) || opinion.trim().length() > 2000) throw ProblemException.badField("opinion", "is required, at most 2000 characters");
        return Panache.withTransaction(() -> load(DataRequestIn.class, id, "inbound data request").flatMap(x -> {
            may.accept(x.departmentCode);
            if (x.state != DataRequestIn.State.UNDER_REVIEW) throw ProblemException.illegalTransition("inbound data request " + id, x.state, "opinion");
            x.opinion = opinion.trim();
            x.opinionBy = actor.username();
            x.opinionAt = time.now();
            return audit.record(actor, "data-request-in.opinion", IN, id, null, Map.of("by", x.opinionBy)).replaceWith(x);
        }));
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DataRequestDecision")
    public record Decision(Boolean grant, String reasons, Integer dailyQuota, LocalDate expiresOn) {}

    /**
     * The info section decides: granted — the consumer registered if it was not, its grant created or extended with the
     * request's fields (checked again against the catalogue as now published), until the period asked or the expiry
     * given — or refused with reasons. Either goes back through the platform; the R43 clock is met.
     */
    public Uni<DataRequestIn> decide(long id, Decision d, Actor actor) {
        if (d == null || d.grant() == null) throw ProblemException.badField("grant", "is required: true to grant, false to refuse");
        if (!d.grant() && (blank(d.reasons()) || d.reasons().trim().length() > 2000)) throw ProblemException.badField("reasons", "are required to refuse, at most 2000 characters");
        return Panache.withSession(() -> load(DataRequestIn.class, id, "inbound data request"))
                .flatMap(x -> (d.grant() ? published.resource(x.resourceCode, 0).onFailure(ProblemException.class).recoverWithNull() : Uni.createFrom().<PublicResource>nullItem())
                        .flatMap(r -> Panache.withTransaction(() -> load(DataRequestIn.class, id, "inbound data request").flatMap(y -> {
                            if (y.state != DataRequestIn.State.UNDER_REVIEW) throw ProblemException.illegalTransition("inbound data request " + id, y.state, "decision");
                            Uni<Void> done;
                            if (d.grant()) {
                                SharingService.GrantInput g = new SharingService.GrantInput(y.consumerClientId, y.resourceCode, List.of(y.fields.split(",")),
                                        d.dailyQuota() == null ? 1000 : d.dailyQuota(), d.expiresOn() == null ? y.periodTo : d.expiresOn(),
                                        "共享申请 " + y.platformRef + "（" + y.requesterBody + "）");
                                if (r == null) throw ProblemException.conflict("resource " + y.resourceCode + " is no longer in the published catalogue: refuse with the reason");
                                List<String> again = autoCheck(new InboundInput(y.platformRef, y.requesterBody, y.consumerClientId, y.resourceCode, g.fields(), y.purpose,
                                        y.security, y.periodTo, null), r, time.today());
                                if (!again.isEmpty()) throw ProblemException.conflict("the request no longer passes the checks: " + String.join("；", again));
                                List<FieldError> e = SharingService.check(g, r, time.today());
                                if (!e.isEmpty()) throw ProblemException.badFields(e);
                                done = SharingService.consumer(y.consumerClientId).flatMap(c -> c != null ? Uni.createFrom().<DataConsumer>item(c) : register(y, actor))
                                        .flatMap(c -> sharing.grantInTx(g, actor)).flatMap(grant -> {
                                            y.grantId = grant.id;
                                            y.state = DataRequestIn.State.GRANTED;
                                            return platform.answer(y.platformRef, true, null, Map.of("resource", grant.resourceCode, "fields", grant.fieldList(),
                                                    "dailyQuota", grant.dailyQuota, "expiresOn", grant.expiresOn.toString()));
                                        });
                            } else {
                                y.state = DataRequestIn.State.REFUSED;
                                y.reasons = d.reasons().trim();
                                done = platform.answer(y.platformRef, false, y.reasons, null);
                            }
                            y.decidedBy = actor.username();
                            y.decidedAt = time.now();
                            return done.call(() -> audit.record(actor, "data-request-in." + (d.grant() ? "granted" : "refused"), IN, id, Map.of("state", "UNDER_REVIEW"),
                                            d.grant() ? Map.of("state", y.state, "grant", y.grantId) : Map.of("state", y.state, "reasons", y.reasons)))
                                    .call(() -> obligations.running(IN, String.valueOf(id), RULE)
                                            .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                                    .replaceWith(y);
                        }))));
    }

    private Uni<DataConsumer> register(DataRequestIn y, Actor actor) {
        DataConsumer c = new DataConsumer();
        c.clientId = y.consumerClientId;
        c.body = y.requesterBody;
        c.createdBy = actor.username();
        c.createdAt = time.now();
        return Panache.getSession().flatMap(s -> s.persist(c).call(s::flush))
                .call(() -> audit.record(actor, "data-consumer.registered", "data-consumer", c.clientId, null, Map.of("body", c.body, "request", y.platformRef)))
                .replaceWith(c);
    }

    /** Small checks shared by the inputs. */
    static final class Validation0 {
        static boolean blankOrLong(String s) {
            return blank(s) || s.trim().length() > 100;
        }
    }
}
