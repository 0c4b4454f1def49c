package org.gongkai.consultation.rest;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationDisposition;
import org.gongkai.consultation.ConsultationExemption;
import org.gongkai.consultation.ConsultationPhase;
import org.gongkai.consultation.repository.ConsultationRepository;
import org.gongkai.consultation.service.ConsultationPolicy;
import org.gongkai.consultation.service.ConsultationService;
import org.gongkai.disclosure.rest.dto.ItemView;

/** Consultations on drafts (征求意见, R30) in the console: set-up, moderation, fates, the adoption report, exemptions. Staff only. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations 征求意见", description = "Drafts open for comment at least 15 days (30 for major decisions), every comment given a fate, the adoption report within 30 days of the close (R30)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ConsultationResource {
    static final Set<String> SORTABLE = Set.of("closesOn", "opensOn", "updatedAt", "id");

    @Inject
    ConsultationService service;
    @Inject
    ConsultationRepository repository;
    @Inject
    ConsultationPolicy policy;
    @Inject
    ObligationService obligations;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    @Schema(name = "ConsultationRequest")
    public record SetUpRequest(@Schema(description = "the draft normative document or major decision (an item, not yet published)") Long documentId,
                               @Schema(description = "ORDINARY (at least 15 days) or MAJOR (major administrative decision or rule: at least 30)") Consultation.Kind kind,
                               @Schema(examples = "2026-12-07") LocalDate opensOn, @Schema(examples = "2026-12-21") LocalDate closesOn,
                               @Schema(description = "起草说明: why, on what basis, what it changes", examples = "为规范义务教育阶段学校招生入学工作，根据《中华人民共和国义务教育法》起草本办法。") String explanation,
                               @Schema(description = "list published comments on the portal while it is open (default true)") Boolean publicComments) {}

    @Schema(name = "ConsultationExtensionRequest")
    public record ExtensionRequest(@Schema(examples = "2026-12-31") LocalDate closesOn, @Schema(examples = "应公众要求延长征求意见期") String reason) {}

    @Schema(name = "ConsultationEntryRequest", description = "A comment from a letter, an e-mail, a symposium or a hearing")
    public record EntryRequest(@Schema(description = "LETTER, EMAIL, SYMPOSIUM or HEARING") ConsultationComment.Channel channel,
                               @Schema(description = "when it was received (in the period); today when omitted") LocalDate receivedOn,
                               Integer article, String quote, @Schema(examples = "建议明确随迁子女入学所需材料。") String body,
                               String name, String email, String phone) {}

    @Schema(name = "ConsultationModerationRequest")
    public record ModerationRequest(@Schema(description = "PUBLISH, HIDE (with a reason) or MERGE (into duplicateOf)") ConsultationService.Moderation action,
                                    String reason, Long duplicateOf) {}

    @Schema(name = "ConsultationFateRequest", description = "One fate for one comment or a cluster of the same comment")
    public record FateRequest(List<Long> commentIds,
                              @Schema(description = "ADOPTED 采纳, PARTLY_ADOPTED 部分采纳, NOT_ADOPTED 不予采纳 (reason required), OUT_OF_SCOPE 不属于征求范围 (reason required)")
                              ConsultationDisposition.Fate fate,
                              @Schema(examples = "该事项已由《山东省义务教育条例》规定，本办法不再重复。") String reason) {}

    @Schema(name = "ConsultationFateApproval")
    public record ApprovalRequest(@Schema(description = "the fates to approve; all drafted ones when empty") List<Long> dispositionIds) {}

    @Schema(name = "ConsultationApproved")
    public record Approved(int approved) {}

    @Schema(name = "ConsultationExemptionRequest")
    public record ExemptionRequest(Long documentId,
                                   @Schema(description = "SECRET 涉密, EMERGENCY 紧急情况, LEGAL_PROVISION 法律另有规定, CONSULTED_ELSEWHERE 已通过其他途径征求意见 (name where)")
                                   ConsultationExemption.Ground ground, String reason) {}

    @Schema(name = "ConsultationExemptionDecision")
    public record DecisionRequest(@Schema(description = "approve (true) or refuse (false, with a note)") Boolean approve, String note) {}

    @Schema(name = "ConsultationDetail")
    public record Detail(ConsultationViews.Staff consultation, List<ConsultationViews.Fate> fates,
                         @Schema(description = "the ledger's clocks: the minimum period (R30-MIN) and the report (R30)") List<ObligationView> clocks) {}

    @GET
    @Operation(summary = "Consultations 征求意见列表", description = "A department sees its own. phase: DRAFT, UPCOMING, OPEN, CLOSED, REPORTING, REPORTED (derived from the dates).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A filter is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ConsultationViews.Staff>> list(@QueryParam("phase") String phase, @QueryParam("department") String department,
                                                   @QueryParam("documentId") String documentId, @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        ConsultationPhase ph = blank(phase) ? null : v.enumValue("phase", phase, ConsultationPhase.class, null);
        Integer doc = blank(documentId) ? null : v.integer("documentId", documentId, null, 1, Integer.MAX_VALUE);
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        PageRequest.Checked page = paging.check(v, SORTABLE, "closesOn,desc");
        v.throwIfInvalid();
        String dept = policy.departmentScope(department);
        LocalDate today = time.today();
        return repository.search(new ConsultationRepository.Filter(ph, dept, doc == null ? null : doc.longValue(), blank(q) ? null : q.trim(), today), page)
                .flatMap(p -> Panache.withSession(() -> repository.commentCounts(p.items().stream().map(k -> k.id).toList()))
                        .flatMap(counts -> clocks(p.items()).map(c -> p.map(k -> ConsultationViews.Staff.of(k, today, service.minimumDays(k.kind), counts.get(k.id),
                                c.get(k.id))))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Put a draft out for consultation 发起征求意见", description = "For a draft normative document or major decision of your department: "
            + "the period at least 15 days (30 for MAJOR), opening today or later; drafts the consultation draft (征求意见稿) as an item for the review. "
            + "The period starts when that item is published.")
    @APIResponse(responseCode = "201", description = "Set up: its draft item waits for the review")
    @APIResponse(responseCode = "400", description = "A field is wrong (a period shorter than the minimum names closesOn)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The document has a consultation under way", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "consultation", value = """
            {"documentId":42,"kind":"ORDINARY","opensOn":"2026-12-07","closesOn":"2026-12-21","explanation":"为规范义务教育学校招生入学工作，根据《中华人民共和国义务教育法》起草本办法。","publicComments":true}""")))
    public Uni<Response> create(@Valid @NotNull SetUpRequest r) {
        return service.create(new ConsultationService.SetUp(r.documentId(), r.kind(), r.opensOn(), r.closesOn(), r.explanation(), r.publicComments()),
                Actor.of(user), policy::checkCanConsult).flatMap(k -> detail(k.id)).map(d -> Response.status(201).entity(d).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One consultation with its fates and clocks")
    @APIResponse(responseCode = "200", description = "The consultation")
    @APIResponse(responseCode = "404", description = "No such consultation (or not your department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return Panache.withSession(() -> service.find(id)).invoke(policy::checkCanSee).flatMap(k -> detail(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Set up again", description = "While the draft is not on the portal: dates, explanation, and the draft text taken again from the document.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "The draft is on the portal or in the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "consultation", value = """
            {"documentId":42,"kind":"ORDINARY","opensOn":"2026-12-08","closesOn":"2026-12-22","explanation":"为规范义务教育学校招生入学工作，起草本办法。","publicComments":true}""")))
    public Uni<Detail> update(@PathParam("id") long id, @Valid @NotNull SetUpRequest r) {
        return service.update(id, new ConsultationService.SetUp(r.documentId(), r.kind(), r.opensOn(), r.closesOn(), r.explanation(), r.publicComments()),
                Actor.of(user), policy::checkCanWork).flatMap(k -> detail(id));
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Extend the period 延长征求意见期", description = "A later close with its reason (never an earlier one); the report's clock moves with it.")
    @APIResponse(responseCode = "200", description = "Extended")
    @APIResponse(responseCode = "409", description = "Closed already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "extension", value = """
            {"closesOn":"2026-12-31","reason":"应公众要求延长征求意见期"}""")))
    public Uni<Detail> extend(@PathParam("id") long id, @Valid @NotNull ExtensionRequest r) {
        return service.extend(id, r.closesOn(), r.reason(), Actor.of(user), policy::checkCanWork).flatMap(k -> detail(id));
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "Comments 意见列表", description = "The moderation queue (state=PENDING) or any state; oldest first; contact details masked.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<ConsultationViews.StaffComment>> comments(@PathParam("id") long id, @QueryParam("state") String state, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        ConsultationComment.State st = blank(state) ? null : v.enumValue("state", state, ConsultationComment.State.class, null);
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id");
        v.throwIfInvalid();
        return Panache.withSession(() -> service.find(id).invoke(policy::checkCanSee)
                .flatMap(k -> repository.comments(id, st == null ? List.of(ConsultationComment.State.values()) : List.of(st), page)))
                .map(p -> p.map(c -> ConsultationViews.StaffComment.of(c, cipher)));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Enter a comment 录入意见", description = "From a letter, an e-mail, a symposium or a hearing, received in the period; entered until the report is drafted.")
    @APIResponse(responseCode = "201", description = "Entered, pending moderation")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "letter", value = """
            {"channel":"LETTER","receivedOn":"2026-12-10","article":5,"body":"建议明确随迁子女入学所需材料。","name":"李四"}""")))
    public Uni<Response> enter(@PathParam("id") long id, @Valid @NotNull EntryRequest r) {
        return service.enter(id, r.channel(), r.receivedOn(), new ConsultationService.CommentInput(r.article(), r.quote(), r.body(), r.name(), r.email(), r.phone()),
                Actor.of(user), policy::checkCanWork).map(c -> Response.status(201).entity(ConsultationViews.StaffComment.of(c, cipher)).build());
    }

    @POST
    @Path("/{id}/comments/{commentId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Moderate a comment 审核意见", description = "Publish, hide with a reason, or merge as a duplicate of another (it shares that one's fate).")
    @APIResponse(responseCode = "200", description = "Moderated")
    @APIResponse(responseCode = "409", description = "The report is published, or other comments are merged into this one", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "duplicate", value = """
            {"action":"MERGE","duplicateOf":17}""")))
    public Uni<ConsultationViews.StaffComment> moderate(@PathParam("id") long id, @PathParam("commentId") long commentId, @Valid @NotNull ModerationRequest r) {
        return service.moderate(id, commentId, r.action(), r.reason(), r.duplicateOf(), Actor.of(user), policy::checkCanWork)
                .map(c -> ConsultationViews.StaffComment.of(c, cipher));
    }

    @POST
    @Path("/{id}/dispositions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Give comments their fate 拟定处理意见", description = "After the close; one fate for one comment or many (duplicates answered once). Released only with the published report.")
    @APIResponse(responseCode = "201", description = "Drafted; waits for the department head")
    @APIResponse(responseCode = "400", description = "A field is wrong (a refusal without its reason names reason)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not closed yet, or the report is published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "notAdopted", value = """
            {"commentIds":[17,18,21],"fate":"NOT_ADOPTED","reason":"该事项已由《山东省义务教育条例》规定，本办法不再重复。"}""")))
    public Uni<Response> dispose(@PathParam("id") long id, @Valid @NotNull FateRequest r) {
        return service.dispose(id, r.commentIds(), r.fate(), r.reason(), Actor.of(user), policy::checkCanWork)
                .map(d -> Response.status(201).entity(ConsultationViews.Fate.of(d)).build());
    }

    @POST
    @Path("/{id}/dispositions/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DEPARTMENT_HEAD, Roles.OFFICE_HEAD})
    @Operation(summary = "Approve fates 审定处理意见", description = "The department head approves the drafted fates (all of them when none are named).")
    @APIResponse(responseCode = "200", description = "How many were approved")
    @APIResponse(responseCode = "409", description = "Nothing waits for approval", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "all", value = """
            {"dispositionIds":[]}""")))
    public Uni<Approved> approve(@PathParam("id") long id, ApprovalRequest r) {
        return service.approveFates(id, r == null ? null : r.dispositionIds(), Actor.of(user), policy::checkCanApprove).map(Approved::new);
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Draft the adoption report 生成意见采纳情况", description = "When every comment has an approved fate: the counts, every comment's fate and reason, "
            + "and the changes between the draft and the final text, as an item for the review. Drafted again while that item is editable.")
    @APIResponse(responseCode = "200", description = "The report item")
    @APIResponse(responseCode = "409", description = "Not closed, a comment without an approved fate, or the report in the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> report(@PathParam("id") long id) {
        return service.draftReport(id, Actor.of(user), policy::checkCanWork).map(ItemView::of);
    }

    @GET
    @Path("/exemptions")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Exemptions 免予征求意见", description = "Of one document (documentId), or those waiting for the head of the office (state=REQUESTED; office only).")
    @APIResponse(responseCode = "200", description = "The exemptions")
    public Uni<List<ConsultationViews.Exemption>> exemptions(@QueryParam("documentId") String documentId, @QueryParam("state") String state) {
        Validation v = new Validation();
        Integer doc = blank(documentId) ? null : v.integer("documentId", documentId, null, 1, Integer.MAX_VALUE);
        ConsultationExemption.State st = blank(state) ? null : v.enumValue("state", state, ConsultationExemption.State.class, null);
        v.check(doc != null || user.seesEveryDepartment(), "documentId", "is required (only the office lists every document's)");
        v.throwIfInvalid();
        // only the filters given: a null parameter in "(:x is null or …)" has no type PostgreSQL can infer
        String where = "1 = 1" + (doc == null ? "" : " and documentItemId = :doc") + (st == null ? "" : " and state = :st");
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            var q = s.createQuery("from ConsultationExemption where " + where + " order by id desc", ConsultationExemption.class).setMaxResults(200);
            if (doc != null) q.setParameter("doc", doc.longValue());
            if (st != null) q.setParameter("st", st);
            return q.getResultList();
        })).map(l -> l.stream().map(ConsultationViews.Exemption::of).toList());
    }

    @POST
    @Path("/exemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Ask to skip the consultation 申请免予征求意见", description = "For a legal reason; the head of the office decides. An approved exemption is recorded for R45(7).")
    @APIResponse(responseCode = "201", description = "Asked")
    @APIResponse(responseCode = "409", description = "One is asked or approved already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "emergency", value = """
            {"documentId":42,"ground":"EMERGENCY","reason":"校车安全事故后须立即出台管理措施"}""")))
    public Uni<Response> requestExemption(@Valid @NotNull ExemptionRequest r) {
        if (r.documentId() == null) throw org.gongkai.common.error.ProblemException.badField("documentId", "is required");
        return service.requestExemption(r.documentId(), r.ground(), r.reason(), Actor.of(user), policy::checkCanConsult)
                .map(x -> Response.status(201).entity(ConsultationViews.Exemption.of(x)).build());
    }

    @POST
    @Path("/exemptions/{exemptionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE_HEAD)
    @Operation(summary = "Decide an exemption 审批免予征求意见", description = "The head of the office approves, or refuses with a note.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "approve", value = """
            {"approve":true,"note":"同意免予征求意见"}""")))
    public Uni<ConsultationViews.Exemption> decide(@PathParam("exemptionId") long exemptionId, @Valid @NotNull DecisionRequest r) {
        if (r.approve() == null) throw org.gongkai.common.error.ProblemException.badField("approve", "is required: true or false");
        return service.decideExemption(exemptionId, r.approve(), r.note(), Actor.of(user)).map(ConsultationViews.Exemption::of);
    }

    private Uni<Detail> detail(long id) {
        LocalDate today = time.today();
        return Panache.withSession(() -> service.find(id).flatMap(k -> repository.commentCounts(List.of(id))
                .flatMap(counts -> service.dispositions(id).flatMap(ds -> obligations.rowsFor(ConsultationService.SUBJECT, List.of(String.valueOf(id))).map(rows -> {
                    ObligationView report = rows.stream().filter(r -> ConsultationService.RULE.equals(r.obligation().ruleId)).map(ObligationView::of).findFirst().orElse(null);
                    return new Detail(ConsultationViews.Staff.of(k, today, service.minimumDays(k.kind), counts.get(id), report),
                            ds.stream().map(ConsultationViews.Fate::of).toList(), rows.stream().map(ObligationView::of).toList());
                })))));
    }

    private Uni<Map<Long, ObligationView>> clocks(List<Consultation> list) {
        if (list.isEmpty()) return Uni.createFrom().item(Map.of());
        return obligations.rowsFor(ConsultationService.SUBJECT, list.stream().map(k -> String.valueOf(k.id)).toList())
                .map(rows -> rows.stream().filter(r -> ConsultationService.RULE.equals(r.obligation().ruleId))
                        .collect(Collectors.toMap(r -> Long.parseLong(r.obligation().subjectId), ObligationView::of, (a, b) -> b)));
    }
}
