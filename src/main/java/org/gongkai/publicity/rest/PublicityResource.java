package org.gongkai.publicity.rest;

import static org.gongkai.common.error.Validation.blank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.publicity.AdminDecision;
import org.gongkai.publicity.repository.AdminDecisionRepository;
import org.gongkai.publicity.service.CreditExchange;
import org.gongkai.publicity.service.PublicityService;

/** Licensing and penalty decisions for the staff (双公示, R35): recorded by the deciding department, published, corrected, revoked. */
@Path("/api/v1/double-publicity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Double publicity 双公示", description = "Administrative licensing and penalty decisions with the national credit fields, published within 7 working days (R35)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PublicityResource {
    @Inject
    PublicityService service;
    @Inject
    AdminDecisionRepository decisions;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;

    static final String EXAMPLE = """
            {"kind":"PENALTY","partyCategory":"LEGAL_PERSON","partyName":"临沂市启航培训学校有限公司","creditCode":"91350100M000100Y43","legalRepresentative":"王建国",
             "documentName":"行政处罚决定书","documentNumber":"临教罚字〔2026〕3号","offenceType":"未经批准擅自举办学科类校外培训",
             "facts":"当事人未取得办学许可证，于2026年9月起在兰山区开展学科类培训。","legalBasis":"《中华人民共和国民办教育促进法》第六十四条",
             "penaltyCategory":"警告；罚款","content":"给予警告，并处罚款人民币贰万元。","fineAmount":2.0,"decisionDate":"2026-11-30","publicityEndsOn":"2027-11-30"}""";

    @Schema(name = "AdminDecisionRequest")
    public record DecisionRequest(@Schema(description = "LICENSING or PENALTY") AdminDecision.Kind kind,
                                  @Schema(description = "LEGAL_PERSON, OTHER_ORGANISATION, INDIVIDUAL_BUSINESS or NATURAL_PERSON") AdminDecision.PartyCategory partyCategory,
                                  @Schema(description = "行政相对人名称 (a natural person's: shown masked; left empty in a correction: kept)") String partyName,
                                  @Schema(description = "统一社会信用代码 (not for a natural person)") String creditCode,
                                  @Schema(description = "法定代表人 (an individual business: its operator, shown masked)") String legalRepresentative,
                                  @Schema(description = "a natural person's ID number: encrypted, never shown (left empty in a correction: kept)") String idNumber,
                                  String documentName, String documentNumber,
                                  @Schema(description = "licence: 普通, 特许, 认可, 核准, 登记 or 其他") String licenceCategory, String certificateName,
                                  String certificateNumber, @Schema(description = "许可内容 or 处罚内容") String content, LocalDate validFrom, LocalDate validTo,
                                  String offenceType, String facts, String legalBasis, String penaltyCategory,
                                  @Schema(description = "万元") BigDecimal fineAmount, @Schema(description = "万元") BigDecimal confiscationAmount,
                                  String licenceAction, LocalDate decisionDate,
                                  @Schema(description = "a penalty's 公示截止期 (default: 12 months after the decision, a setting)") LocalDate publicityEndsOn,
                                  @Schema(description = "default: the bureau") String authority, String authorityCode, String dataSource, String dataSourceCode,
                                  @Schema(description = "仅共享不公开: sent to the credit platform, never published") Boolean shareOnly) {
        PublicityService.DecisionInput input() {
            return new PublicityService.DecisionInput(kind, partyCategory, partyName, creditCode, legalRepresentative, idNumber, documentName, documentNumber,
                    licenceCategory, certificateName, certificateNumber, content, validFrom, validTo, offenceType, facts, legalBasis, penaltyCategory, fineAmount,
                    confiscationAmount, licenceAction, decisionDate, publicityEndsOn, authority, authorityCode, dataSource, dataSourceCode, shareOnly);
        }
    }

    @Schema(name = "AdminDecisionCorrection")
    public record Correction(DecisionRequest decision, @Schema(description = "why it is corrected") String reason) {}

    public record Reason(String reason) {}

    @Schema(name = "AdminDecision")
    public record DecisionView(long id, String refNo, AdminDecision.Kind kind, String departmentCode, AdminDecision.PartyCategory partyCategory,
                               @Schema(description = "masked for a natural person") String partyName, String creditCode, String legalRepresentative,
                               @Schema(description = "whether an ID number is on record (never the number)") boolean idNumberRecorded,
                               String documentName, String documentNumber, String licenceCategory, String certificateName, String certificateNumber,
                               String content, LocalDate validFrom, LocalDate validTo, String offenceType, String facts, String legalBasis,
                               String penaltyCategory, BigDecimal fineAmount, BigDecimal confiscationAmount, String licenceAction, LocalDate decisionDate,
                               LocalDate publicityEndsOn, String authority, String authorityCode, String dataSource, String dataSourceCode, boolean shareOnly,
                               AdminDecision.State state, String correctionReason, String revocationReason, Long itemId, LocalDate publishedOn, LocalDate endedOn) {
        static DecisionView of(AdminDecision d) {
            return new DecisionView(d.id, d.refNo, d.kind, d.departmentCode, d.partyCategory, d.partyNamePublic, d.creditCode, d.legalRepPublic,
                    d.idNumberEnc != null, d.documentName, d.documentNumber, d.licenceCategory, d.certificateName, d.certificateNumber, d.content, d.validFrom,
                    d.validTo, d.offenceType, d.facts, d.legalBasis, d.penaltyCategory, d.fineAmount, d.confiscationAmount, d.licenceAction, d.decisionDate,
                    d.publicityEndsOn, d.authority, d.authorityCode, d.dataSource, d.dataSourceCode, d.shareOnly, d.state, d.correctionReason,
                    d.revocationReason, d.itemId, d.publishedOn, d.endedOn);
        }
    }

    @Schema(name = "AdminDecisionDetail")
    public record Detail(DecisionView decision, @Schema(description = "the R35 clock") List<ObligationView> obligations) {}

    /** The deciding department (its staff and head), or the office; the legal section and those who see every department see all. */
    private void checkCanWork(AdminDecision d) {
        checkCanSee(d);
        user.checkOfficeOrWorksIn(d.departmentCode, "the deciding department, or the office");
    }

    private void checkCanSee(AdminDecision d) {
        user.checkSeesDepartmentsDocuments(d.departmentCode, "decision", d.id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a decision 登记行政许可或行政处罚决定", description = "By the deciding department: the R35 clock (published within 7 working days of the decision, a setting) opens; "
            + "a decision shared only goes to the credit platform at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "penalty", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is wrong (the credit code's check character …)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "That document number is recorded already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> record(@NotNull DecisionRequest r) {
        String dept = user.department().orElseThrow(() -> ProblemException.forbidden("your account has no department"));
        user.checkOfficeOrWorksIn(dept, "the deciding department's staff, or the office, record decisions");
        return service.record(r.input(), dept, Actor.of(user)).flatMap(d -> detail(d.id)).map(x -> Response.status(201).entity(x).build());
    }

    @GET
    @Operation(summary = "Decisions 双公示信息", description = "A department sees its own; the legal section, the office, leaders and administrators every department's. Newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<DecisionView>> list(@QueryParam("kind") String kind, @QueryParam("state") String state, @QueryParam("departmentCode") String department,
                                        @BeanParam PageRequest paging) {
        Validation v = new Validation();
        AdminDecision.Kind k = blank(kind) ? null : v.enumValue("kind", kind, AdminDecision.Kind.class, null);
        AdminDecision.State st = blank(state) ? null : v.enumValue("state", state, AdminDecision.State.class, null);
        PageRequest.Checked page = paging.check(v, java.util.Set.of("decisionDate", "id"), "decisionDate,desc");
        v.throwIfInvalid();
        String dept = user.departmentScope(department, user.seesEveryDepartmentsDocuments(), "decisions");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new java.util.HashMap<>();
        if (k != null) { where.append(" and kind = :k"); p.put("k", k); }
        if (st != null) { where.append(" and state = :s"); p.put("s", st); }
        if (dept != null) { where.append(" and departmentCode = :d"); p.put("d", dept); }
        return Panache.withSession(() -> org.gongkai.common.paging.Pages.of(decisions.find(where.toString(), page.sort(), p), page)).map(pg -> pg.map(DecisionView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One decision with its clock")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "404", description = "No such decision (or another department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return Panache.withSession(() -> service.decision(id)).invoke(this::checkCanSee).flatMap(d -> detail(id));
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Draft its publicity 起草公示", description = "An item (DOUBLE_PUBLICITY) of the public fields — a natural person's name masked, no ID number — for the review; "
            + "its publication meets the R35 clock and sends the record to the credit platform.")
    @APIResponse(responseCode = "200", description = "The item, a draft")
    @APIResponse(responseCode = "409", description = "Shared only, or published already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> publication(@PathParam("id") long id) {
        return service.draftItem(id, Actor.of(user), this::checkCanWork).map(ItemView::of);
    }

    @POST
    @Path("/{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct 更正", description = "With the reason; a published item is revised into a new version for the review; the credit platform gets the correction.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correction", value = "{\"reason\":\"罚款金额录入错误\",\"decision\":" + EXAMPLE + "}")))
    @APIResponse(responseCode = "200", description = "Corrected")
    public Uni<Detail> correct(@PathParam("id") long id, @NotNull Correction r) {
        if (r.decision() == null) throw ProblemException.badField("decision", "is required: the decision as corrected");
        return service.correct(id, r.decision().input(), r.reason(), Actor.of(user), this::checkCanWork).flatMap(d -> detail(id));
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke 撤销", description = "With the reason: off the portal (the archive kept), its clock cancelled, the credit platform told.")
    @APIResponse(responseCode = "200", description = "Revoked")
    public Uni<Detail> revoke(@PathParam("id") long id, @NotNull Reason r) {
        return service.revoke(id, r.reason(), Actor.of(user), this::checkCanWork).flatMap(d -> detail(id));
    }

    @GET
    @Path("/exchange")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Exchange file 信用信息交换文件", description = "Decisions of one kind decided in a period, in the credit platform's exchange format (field codes), "
            + "as JSON or CSV (format=csv); shared-only ones included, revoked ones marked; natural persons masked, no ID numbers.")
    @APIResponse(responseCode = "200", description = "The records")
    @APIResponse(responseCode = "400", description = "A wrong kind or period", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> exchange(@QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        Validation v = new Validation();
        AdminDecision.Kind k = v.enumValue("kind", kind, AdminDecision.Kind.class, null);
        LocalDate f = v.date("from", from, true);
        LocalDate t = v.date("to", to, true);
        if (f != null && t != null) v.check(!t.isBefore(f) && !t.isAfter(f.plusYears(1)), "to", "is on or after from, within a year");
        v.check(format == null || format.isBlank() || "json".equals(format) || "csv".equals(format), "format", "json or csv");
        v.throwIfInvalid();
        String dept = user.departmentScope(null, user.seesEveryDepartmentsDocuments(), "decisions");
        // what the platform has had: published ones (ended and revoked ones marked as such) and those shared only
        return Panache.withSession(() -> decisions.find("kind = ?1 and decisionDate >= ?2 and decisionDate <= ?3 and (shareOnly = true or publishedOn is not null)"
                                + (dept == null ? "" : " and departmentCode = ?4"), io.quarkus.panache.common.Sort.by("decisionDate").and("id"),
                        dept == null ? new Object[] {k, f, t} : new Object[] {k, f, t, dept})
                        .range(0, 9999).list())
                .map(list -> {
                    List<Map<String, Object>> records = list.stream().map(CreditExchange::fields).toList();
                    if ("csv".equals(format)) {
                        return Response.ok(CreditExchange.csv(k, records), "text/csv; charset=UTF-8")
                                .header("Content-Disposition", "attachment; filename=\"" + k.name().toLowerCase(java.util.Locale.ROOT) + "-" + f + "-" + t + ".csv\"").build();
                    }
                    return Response.ok(Map.of("kind", k, "from", f.toString(), "to", t.toString(), "fields", CreditExchange.codes(k), "records", records),
                            MediaType.APPLICATION_JSON).build();
                });
    }

    @Schema(name = "PublicitySweepResult")
    public record SweepResult(int ended) {}

    @POST
    @Path("/sweep")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "End the penalties' publicity now 立即撤下公示期满的处罚信息", description = "As of today; runs daily with the ledger's sweep.")
    @APIResponse(responseCode = "200", description = "How many penalties' publicity ended")
    public Uni<SweepResult> sweep() {
        return service.endPublicity(service.today(), Actor.of(user)).map(SweepResult::new);
    }

    private Uni<Detail> detail(long id) {
        return Panache.withSession(() -> service.decision(id).flatMap(d -> obligations.rowsFor(PublicityService.SUBJECT, List.of(String.valueOf(id)))
                .map(rows -> new Detail(DecisionView.of(d), rows.stream().map(ObligationView::of).toList()))));
    }
}
