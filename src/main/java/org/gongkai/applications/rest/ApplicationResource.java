package org.gongkai.applications.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.ApplicationEnums;
import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Channel;
import org.gongkai.applications.ApplicationEnums.DeliveryForm;
import org.gongkai.applications.ApplicationEnums.Outcome;
import org.gongkai.applications.ApplicationEnums.ReceiptRule;
import org.gongkai.applications.ApplicationEnums.State;
import org.gongkai.applications.ApplicationReview;
import org.gongkai.applications.Assignment;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.applications.service.ApplicationService;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.crypto.Masking;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.files.AttachmentService;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications 依申请公开", description = "Applications for disclosure on the statutory clock (R15–R20, OGI Art. 27–45)")
public class ApplicationResource {
    static final Set<String> SORTABLE = Set.of("receivedOn", "updatedAt", "id");

    @Inject
    org.gongkai.audit.service.Timeline timeline;
    @Inject
    ApplicationService service;
    @Inject
    ApplicationRepository repository;
    @Inject
    ObligationService obligations;
    @Inject
    AuditService audit;
    @Inject
    AttachmentService attachments;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    CurrentUser user;
    @Inject
    ApplicationPolicy policy;
    @Inject
    ApplicationProgressViews views;
    @Inject
    io.vertx.mutiny.core.Vertx vertx;
    @Inject
    org.gongkai.applications.service.LetterService letters;

    // ------------------------------------------------------------------ the public

    @Schema(name = "ApplicationRequest")
    public record Request(@NotNull ApplicantType applicantType, @Size(max = 200) String organisation,
                          @NotBlank @Size(max = 100) String name, @Size(max = 20) @Schema(examples = "居民身份证") String idType,
                          @Size(max = 40) String idNumber, @Size(max = 20) String phone, @Size(max = 254) String email,
                          @Size(max = 300) String address,
                          @NotBlank @Size(max = 5000) @Schema(examples = "2026年兰山区小学学区划分的依据文件") String description,
                          @Size(max = 2000) @Schema(description = "optional: the law no longer requires it") String purpose,
                          @NotNull DeliveryForm deliveryForm,
                          @Schema(description = "tell me by e-mail or text message when there is a reply (only with this consent)") Boolean notifyMe,
                          @Size(max = 64) @Schema(description = "asked for only from a busy network (problem challenge-required): GET /api/v1/enquiries/challenge") String challengeId,
                          @Size(max = 16) String challengeAnswer) {
        ApplicationService.Applicant applicant() {
            return new ApplicationService.Applicant(applicantType, organisation, name, idType, idNumber, phone, email, address, description,
                    purpose, deliveryForm, Boolean.TRUE.equals(notifyMe));
        }
    }

    @Schema(name = "ApplicationReceipt", description = "Keep both: the query code is shown only now")
    public record Receipt(String trackingNo, String queryCode, LocalDate receivedOn, LocalDate dueDate) {}

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for disclosure 申请政府信息公开", description = "Anonymous or as a logged-in citizen; a retried submission with the same Idempotency-Key returns the first receipt. No fee (R16).")
    @APIResponse(responseCode = "201", description = "Received: the reply is due on dueDate")
    @APIResponse(responseCode = "200", description = "The same submission again: the first receipt")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many submissions", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> apply(@Valid @NotNull Request r, @HeaderParam("Idempotency-Key") String key,
                               @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the browser's own random id (the web UI keeps one): limited per device") @HeaderParam("X-Device-Id") String device,
                               @Context HttpServerRequest http) {
        var caller = org.gongkai.common.abuse.IntakeLimits.Caller.of(CurrentUser.clientAddress(http), device, user.citizenAccount());
        return service.submit(r.applicant(), key, caller, r.challengeId(), r.challengeAnswer(), user.anonymous() ? Actor.PUBLIC : Actor.of(user))
                .map(x -> Response.status(x.replayed() ? 200 : 201).entity(new Receipt(x.trackingNo(), x.queryCode(), x.receivedOn(), x.dueDate())).build());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My applications 我的申请")
    public Uni<List<ApplicationProgressViews.Progress>> mine() {
        String sub = user.subject().orElseThrow(() -> ProblemException.forbidden("no account"));
        return repository.ofCitizen(sub).flatMap(list -> {
            Uni<List<ApplicationProgressViews.Progress>> acc = Uni.createFrom().item(new java.util.ArrayList<>());
            for (DisclosureApplication a : list) acc = acc.flatMap(l -> views.progress(a).map(p -> { l.add(p); return l; }));
            return acc;
        });
    }

    // ------------------------------------------------------------------ staff

    @Schema(name = "StaffApplication", description = "An application in the console; personal data masked until opened")
    public record Staff(long id, String trackingNo, Channel channel, ReceiptRule receiptRule, ApplicantType applicantType,
                        String organisation, String name, String idType, String idNumber, String phone, String email, String address,
                        String description, String purpose, DeliveryForm deliveryForm, State state, LocalDate receivedOn,
                        LocalDate correctionDue, boolean extended, Outcome outcome, String outcomeNote, LocalDate deliveredOn,
                        String deliveryRef, ObligationView reply) {}

    private Staff staff(DisclosureApplication a, ObligationView reply) {
        return new Staff(a.id, a.trackingNo, a.channel, a.receiptRule, a.applicantType, a.organisation, Masking.name(cipher.decrypt(a.nameEnc)),
                a.idType, Masking.idNumber(cipher.decrypt(a.idNumberEnc)), Masking.phone(cipher.decrypt(a.phoneEnc)),
                Masking.email(cipher.decrypt(a.emailEnc)), a.addressEnc == null ? null : "****", a.description, a.purpose, a.deliveryForm,
                a.state, a.receivedOn, a.correctionDue, a.extended, a.outcome, a.outcomeNote, a.deliveredOn, a.deliveryRef, reply);
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The intake queue 申请办理", description = "The office: every application; a department: those assigned to it.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<Staff>> list(@QueryParam("state") String state, @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        State st = state == null || state.isBlank() ? null : v.enumValue("state", state, State.class, null);
        PageRequest.Checked page = paging.check(v, SORTABLE, "receivedOn,desc");
        v.throwIfInvalid();
        String dept = policy.seesAll() ? null : user.department().orElseThrow(() -> ProblemException.forbidden("your account has no department"));
        return repository.search(st, dept, q == null || q.isBlank() ? null : q.trim(), page).flatMap(p ->
                obligations.rowsFor(ApplicationService.SUBJECT, p.items().stream().map(a -> String.valueOf(a.id)).toList()).map(rows -> p.map(a -> {
                    ObligationService.Row r = rows.stream().filter(x -> x.obligation().subjectId.equals(String.valueOf(a.id))
                            && "OGI-33".equals(x.obligation().ruleId)).findFirst().orElse(null);
                    return staff(a, r == null ? null : ObligationView.of(r));
                })));
    }

    @Schema(name = "ApplicationAssignment")
    public record AssignmentView(long id, String department, String state, String instructions, String answer, LocalDate assignedOn, LocalDate answeredOn) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id, a.department, a.state, a.instructions, a.answer, a.assignedOn, a.answeredOn);
        }
    }

    @Schema(name = "ApplicationDetail")
    public record Detail(Staff application, List<ObligationView> obligations, List<AssignmentView> assignments, List<ReviewView> reviews,
                         List<AttachmentService.View> files, List<AttachmentService.View> applicantFiles, List<Pause> pauses, List<org.gongkai.audit.service.Timeline.Entry> timeline) {}

    @Schema(name = "ApplicationPause", description = "A stop of the reply clock: when, why, and the working days it added")
    public record Pause(LocalDate pausedOn, LocalDate resumedOn, String reason, Integer addedDays) {}

    @Schema(name = "ApplicationHistoryEntry")

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PUBLIC, Roles.CITIZEN, Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "One application: its whole timeline, every pause and the days it added")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        user.requireStaffOrNotFound("application", id);
        return policy.visible(id).flatMap(this::detail);
    }

    private Uni<Detail> detail(DisclosureApplication a) {
        String sid = String.valueOf(a.id);
        return obligations.rowsFor(ApplicationService.SUBJECT, List.of(sid)).flatMap(rows -> repository.assignments(a.id)
                .flatMap(asg -> repository.reviews(a.id).flatMap(rev -> attachments.list(ApplicationService.SUBJECT, sid)
                        .flatMap(files -> attachments.list(ApplicationService.INTAKE, sid).flatMap(intake -> pausesOf(rows)
                        .flatMap(pauses -> audit.forSubject(ApplicationService.SUBJECT, sid).flatMap(timeline::of).map(events -> {
                            List<ObligationView> clocks = rows.stream().map(ObligationView::of).toList();
                            ObligationView reply = clocks.stream().filter(c -> "OGI-33".equals(c.ruleId())).findFirst().orElse(null);
                            return new Detail(staff(a, reply), clocks, asg.stream().map(AssignmentView::of).toList(), rev.stream().map(ReviewView::of).toList(),
                                    files.stream().map(AttachmentService.View::of).toList(),
                                    intake.stream().map(AttachmentService.View::of).toList(), pauses,
                                    events);
                        })))))));
    }

    private Uni<List<Pause>> pausesOf(List<ObligationService.Row> rows) {
        var reply = rows.stream().filter(r -> "OGI-33".equals(r.obligation().ruleId)).findFirst();
        if (reply.isEmpty()) return Uni.createFrom().item(List.of());
        return obligations.pauses(reply.get().obligation().id)
                .map(ps -> ps.stream().map(p -> new Pause(p.pausedOn, p.resumedOn, p.reason, p.addedDays)).toList());
    }

    private Uni<Staff> moved(DisclosureApplication a) {
        return detail(a).map(Detail::application);
    }

    @Inject
    org.gongkai.common.numbering.TrackingNumbers trackingNumbers;

    @Schema(name = "LetterRegistration")
    public record Letter(@NotNull @Valid Request applicant, @NotNull ReceiptRule receiptRule,
                         @NotNull @Schema(description = "Art. 31: in person that day; registered mail the day signed for; ordinary mail or fax the day both sides confirm")
                         LocalDate receivedOn) {}

    @POST
    @Path("/letters")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a letter 登记信函申请", description = "With its day of receipt by Art. 31; the reply clock runs from it.")
    @APIResponse(responseCode = "201", description = "Registered: the application, with the tracking number and query code to send the applicant")
    public Uni<Response> letter(@Valid @NotNull Letter l) {
        return service.registerLetter(l.applicant().applicant(), l.receiptRule(), l.receivedOn(), Actor.of(user))
                .flatMap(a -> moved(a).map(s -> new LetterReceipt(a.trackingNo, trackingNumbers.queryCode(a.queryCodeEnc), s)))
                .map(s -> Response.status(201).entity(s).build());
    }

    /** A letter applicant gets online tracking too (issue 9): the office writes these on the acknowledgement. */
    @Schema(name = "LetterReceipt")
    public record LetterReceipt(String trackingNo, @Schema(description = "for the applicant only: shown once, never logged") String queryCode,
                                Staff application) {}

    @Schema(name = "ApplicationText")
    public record Text(@NotBlank @Size(max = ApplicationService.ANSWER_TEXT_MAX) String text) {}

    @Schema(name = "ApplicationCorrectionText", description = "what the applicant must correct or add (Art. 30)")
    public record CorrectionText(@NotBlank @Size(max = ApplicationService.CORRECTION_TEXT_MAX) String text) {}

    @Schema(name = "ApplicationThirdPartyText", description = "the third party consulted (Art. 32); internal, never shown to the applicant")
    public record ThirdPartyText(@NotBlank @Size(max = ApplicationService.THIRD_PARTY_TEXT_MAX) String text) {}

    @Schema(name = "ApplicationExtensionText", description = "why the reply needs more time (Art. 33)")
    public record ExtensionText(@NotBlank @Size(max = ApplicationService.EXTENSION_TEXT_MAX) String text) {}

    @Schema(name = "ApplicationDate")
    public record Day(LocalDate on) {}

    @POST
    @Path("/{id}/correction")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a correction 补正", description = "Once, within 7 working days of receipt; the reply clock stops (Art. 30).")
    @APIResponse(responseCode = "200", description = "The clock is stopped")
    @APIResponse(responseCode = "409", description = "Too late, or asked already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Staff> correction(@PathParam("id") long id, @Valid @NotNull CorrectionText t) {
        return service.requestCorrection(id, t.text(), Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/correction/received")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The corrected application arrived 补正材料已收到", description = "The reply clock restarts in full from that day.")
    @APIResponse(responseCode = "200", description = "Restarted")
    public Uni<Staff> corrected(@PathParam("id") long id, Day d) {
        return service.corrected(id, d == null ? null : d.on(), Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/correction/lapsed")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "No correction in time 逾期不补正", description = "Closed with outcome 六-1.")
    @APIResponse(responseCode = "200", description = "Closed")
    public Uni<Staff> lapsed(@PathParam("id") long id) {
        return service.abandon(id, Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/third-party")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a third party 征求第三方意见", description = "15 working days to answer, not counted in the reply (Art. 32).")
    @APIResponse(responseCode = "200", description = "The reply clock is paused")
    public Uni<Staff> thirdParty(@PathParam("id") long id, @Valid @NotNull ThirdPartyText t) {
        return service.askThirdParty(id, t.text(), Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/third-party/answered")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "The third party answered (or its time ran out) 第三方意见已收到")
    @APIResponse(responseCode = "200", description = "The reply clock runs again")
    public Uni<Staff> thirdPartyDone(@PathParam("id") long id) {
        return service.thirdPartyDone(id, Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed(Roles.OFFICE_HEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend the reply 延期答复", description = "Once, 20 more working days, approved by the head of the office (Art. 33, R19).")
    @APIResponse(responseCode = "200", description = "Extended")
    @APIResponse(responseCode = "409", description = "Extended already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Staff> extend(@PathParam("id") long id, @Valid @NotNull ExtensionText t) {
        return service.extend(id, t.text(), Actor.of(user)).flatMap(this::moved);
    }

    @Schema(name = "ApplicationAssign")
    public record Assign(@NotNull @Size(min = 1, max = 10) List<@NotBlank String> departments, @Size(max = 2000) String instructions) {}

    @POST
    @Path("/{id}/assignments")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign to departments 交办", description = "Each has 15 working days, the day of assignment and of completion both counted (R17).")
    @APIResponse(responseCode = "200", description = "Assigned")
    public Uni<Staff> assign(@PathParam("id") long id, @Valid @NotNull Assign a) {
        return service.assign(id, a.departments(), a.instructions(), Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/assignments/answer")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The department's answer 部门办理意见")
    @APIResponse(responseCode = "200", description = "Answered")
    public Uni<AssignmentView> answer(@PathParam("id") long id, @Valid @NotNull Text t) {
        String own = user.department().orElseThrow(() -> ProblemException.forbidden("your account has no department"));
        return policy.visible(id).flatMap(a -> service.answerAssignment(id, own, t.text(), Actor.of(user))).map(AssignmentView::of);
    }

    @Schema(name = "ApplicationDecision")
    public record Decision(@NotNull Outcome outcome, @NotBlank @Size(max = 2000) String note) {}

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the outcome 办理结果", description = "Exactly one of the law's categories (Art. 36).")
    @APIResponse(responseCode = "200", description = "Decided")
    public Uni<Staff> decide(@PathParam("id") long id, @Valid @NotNull Decision d) {
        return service.decide(id, d.outcome(), d.note(), Actor.of(user)).flatMap(this::moved);
    }

    @Schema(name = "ApplicationDelivery")
    public record Delivery(@Size(max = 300) @Schema(examples = "EMS 1234567890") String reference, LocalDate on) {}

    @POST
    @Path("/{id}/delivery")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delivered 送达", description = "In the form asked for (R20); the day closes the reply clock, met or met late.")
    @APIResponse(responseCode = "200", description = "Delivered")
    @APIResponse(responseCode = "409", description = "No outcome yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Staff> deliver(@PathParam("id") long id, Delivery d) {
        return service.deliver(id, d == null ? null : d.reference(), d == null ? null : d.on(), Actor.of(user)).flatMap(this::moved);
    }

    @Schema(name = "ApplicationSweepResult")
    public record SweepResult(int closed) {}

    @POST
    @Path("/sweep")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close lapsed corrections now 立即检查逾期不补正", description = "Runs daily by itself.")
    @APIResponse(responseCode = "200", description = "How many applications were closed")
    public Uni<SweepResult> sweep() {
        return service.sweepLapsedCorrections(Actor.of(user)).map(SweepResult::new);
    }

    @Schema(name = "ApplicationFee")
    public record Fee(@NotNull org.gongkai.applications.service.FeeCalculator.Mode mode, @NotNull Integer quantity) {}

    @POST
    @Path("/{id}/fee")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Notice of an information-processing fee 收费通知", description = "Only when fees are switched on (off by default); the clock stops until paid.")
    @APIResponse(responseCode = "200", description = "Charged")
    @APIResponse(responseCode = "409", description = "Fees are off", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Staff> fee(@PathParam("id") long id, @Valid @NotNull Fee f) {
        return service.chargeFee(id, f.mode(), f.quantity(), Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/fee/paid")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "The fee was paid 已缴费", description = "The clock runs again.")
    @APIResponse(responseCode = "200", description = "Resumed")
    public Uni<Staff> feePaid(@PathParam("id") long id) {
        return service.feePaid(id, Actor.of(user)).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/fee/lapsed")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Not paid in time 逾期未缴费", description = "Closed with outcome 六-2.")
    @APIResponse(responseCode = "200", description = "Closed")
    public Uni<Staff> feeLapsed(@PathParam("id") long id) {
        return service.feeLapsed(id, Actor.of(user)).flatMap(this::moved);
    }

    @Schema(name = "ProactiveConversion")
    public record Conversion(@NotBlank @Schema(examples = "YWJYZS") String columnCode) {}

    @Schema(name = "ProactiveConversionResult")
    public record Converted(long itemId, String indexNo) {}

    @POST
    @Path("/{id}/proactive-item")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish proactively 转为主动公开 (Art. 44)", description = "Information released on request that others ask for too: a draft item that then passes the publication pipeline.")
    @APIResponse(responseCode = "201", description = "A draft item")
    @APIResponse(responseCode = "409", description = "Not delivered as disclosed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> proactive(@PathParam("id") long id, @Valid @NotNull Conversion c) {
        return service.toProactiveItem(id, c.columnCode(), Actor.of(user))
                .map(i -> Response.status(201).entity(new Converted(i.id, i.indexNo)).build());
    }

    @Schema(name = "ApplicationReviewRequest")
    public record ReviewRequest(@NotNull ApplicationReview.Kind kind, @NotBlank @Size(max = 200) String body, @NotNull LocalDate filedOn,
                                @NotNull ApplicationReview.Result result, LocalDate decidedOn) {}

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a reconsideration or a lawsuit 行政复议、诉讼", description = "For the annual report's table IV.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Uni<Response> review(@PathParam("id") long id, @Valid @NotNull ReviewRequest r) {
        return service.recordReview(id, r.kind(), r.body(), r.filedOn(), r.result(), r.decidedOn(), Actor.of(user))
                .map(x -> Response.status(201).entity(ReviewView.of(x)).build());
    }

    /** A reconsideration or lawsuit as the API shows it (resources never return entities). */
    @Schema(name = "ApplicationReview")
    public record ReviewView(long id, long applicationId, ApplicationReview.Kind kind, String body, LocalDate filedOn,
                             ApplicationReview.Result result, LocalDate decidedOn) {
        static ReviewView of(ApplicationReview r) {
            return new ReviewView(r.id, r.applicationId, r.kind, r.body, r.filedOn, r.result, r.decidedOn);
        }
    }

    @Schema(name = "ApplicantData")
    public record PersonalData(String name, String idNumber, String phone, String email, String address) {}

    @POST
    @Path("/{id}/personal-data")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Open the applicant's data 查看申请人信息", description = "In clear for the handler; an audit event.")
    @APIResponse(responseCode = "200", description = "The data")
    public Uni<PersonalData> personal(@PathParam("id") long id) {
        return service.reveal(id, Actor.of(user)).map(m -> new PersonalData(m.get("name"), m.get("idNumber"), m.get("phone"), m.get("email"), m.get("address")));
    }
}
